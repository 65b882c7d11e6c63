package org.rapporteur.report.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The report template's sources: its XML parts, kept as text beside the tests so that a change to a style
 * reads as a diff. {@link #main} zips them into the template the application ships
 * ({@code src/main/resources/org/rapporteur/report/docx/report-template.docx}); {@code ReportTemplateTest}
 * fails when the shipped template and these sources differ, so neither can change alone.
 *
 * <p>Run from the project folder after editing a part (it needs nothing but the parts themselves):
 * {@code ./mvnw -q test-compile && java -cp target/test-classes org.rapporteur.report.docx.ReportTemplateSources}.
 */
public final class ReportTemplateSources {
    static final String FOLDER = "/org/rapporteur/report/docx/template/";
    static final Path SHIPPED = Path.of("src/main/resources/org/rapporteur/report/docx/report-template.docx");

    /** The parts in the order they are zipped; the content types first, as Word writes them. */
    static final List<String> PARTS = List.of(
            "[Content_Types].xml",
            "_rels/.rels",
            "docProps/core.xml",
            "docProps/app.xml",
            "word/document.xml",
            "word/_rels/document.xml.rels",
            "word/styles.xml",
            "word/numbering.xml",
            "word/settings.xml",
            "word/fontTable.xml",
            "word/header1.xml",
            "word/header2.xml");

    /** A fixed time for every entry, in any time zone, so the same sources always zip to the same bytes. */
    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);

    private ReportTemplateSources() {
    }

    /** Each part's bytes, by name. */
    static Map<String, byte[]> parts() {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        for (String name : PARTS) {
            try (InputStream in = ReportTemplateSources.class.getResourceAsStream(FOLDER + name)) {
                if (in == null) {
                    throw new IllegalStateException("The template part " + name + " is missing from " + FOLDER);
                }
                parts.put(name, in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return parts;
    }

    static byte[] zip() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> part : parts().entrySet()) {
                ZipEntry entry = new ZipEntry(part.getKey());
                entry.setTimeLocal(ENTRY_TIME);
                zip.putNextEntry(entry);
                zip.write(part.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public static void main(String[] args) throws IOException {
        Files.write(SHIPPED, zip());
    }
}
