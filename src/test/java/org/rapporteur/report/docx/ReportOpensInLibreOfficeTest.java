package org.rapporteur.report.docx;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.report.Annex;
import org.rapporteur.report.ReportComposer;
import org.rapporteur.report.ReportOptions;
import org.rapporteur.service.SampleMeeting;

/**
 * A second reader of the file besides POI: LibreOffice opens the exported sample and turns it into a PDF of
 * several pages. It runs where {@code soffice} is on the PATH (.ci/run installs it) and is skipped elsewhere.
 */
class ReportOpensInLibreOfficeTest {
    private static final long CONVERSION_SECONDS = 180;

    @TempDir
    Path temp;

    private static Optional<Path> onPath(String command) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        return Stream.of(path.split(File.pathSeparator)).map(dir -> Path.of(dir, command)).filter(Files::isExecutable).findFirst();
    }

    private static String run(Path log, long seconds, String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(command[0] + " did not finish in " + seconds + " s: " + Files.readString(log));
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), () -> command[0] + " failed: " + output);
        return output;
    }

    @Test
    void libreOfficeConvertsTheExportedSampleIntoAPdfOfSeveralPages() throws Exception {
        Optional<Path> soffice = onPath("soffice");
        assumeTrue(soffice.isPresent(), "soffice is not on the PATH; .ci/run installs libreoffice-writer-nogui");
        Path docx = temp.resolve("report.docx");
        try (OutputStream out = Files.newOutputStream(docx)) {
            new DocxReportWriter().write(new ReportComposer(SampleMeeting.load(), Locale.ENGLISH,
                    new ReportOptions(EnumSet.allOf(Annex.class), null)).compose(), out);
        }

        run(temp.resolve("soffice.log"), CONVERSION_SECONDS, soffice.get().toString(),
                "-env:UserInstallation=" + temp.resolve("profile").toUri(), "--headless", "--convert-to", "pdf",
                "--outdir", temp.toString(), docx.toString());

        Path pdf = temp.resolve("report.pdf");
        assertTrue(Files.isRegularFile(pdf), "LibreOffice wrote no PDF");
        byte[] start = new byte[5];
        System.arraycopy(Files.readAllBytes(pdf), 0, start, 0, start.length);
        assertAll(() -> assertEquals("%PDF-", new String(start, StandardCharsets.US_ASCII)),
                () -> assertTrue(Files.size(pdf) > 10_000, "the PDF is nearly empty: " + Files.size(pdf) + " bytes"));
        Optional<Path> pdfinfo = onPath("pdfinfo");
        if (pdfinfo.isPresent()) {
            String info = run(temp.resolve("pdfinfo.log"), 60, pdfinfo.get().toString(), pdf.toString());
            Matcher pages = Pattern.compile("(?m)^Pages:\\s+(\\d+)").matcher(info);
            assertTrue(pages.find(), info);
            int count = Integer.parseInt(pages.group(1));
            System.out.printf("LibreOffice made %d pages of the sample report with its annexes%n", count);
            assertTrue(count >= 2, "only " + count + " page(s)");
        }
    }
}
