package org.rapporteur.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** LibreOffice as a second reader of the Word files we write; where it is not installed the check is skipped. */
final class LibreOffice {
    private LibreOffice() {
    }

    static Optional<Path> soffice() {
        String path = System.getenv("PATH");
        return path == null ? Optional.empty() : Stream.of(path.split(File.pathSeparator))
                .map(dir -> Path.of(dir, "soffice")).filter(Files::isExecutable).findFirst();
    }

    /** Converts {@code docx} to a PDF in {@code temp}; fails when LibreOffice cannot. True when it ran. */
    static boolean assertConvertsToPdf(Path docx, Path temp) throws Exception {
        Optional<Path> soffice = soffice();
        if (soffice.isEmpty()) {
            return false;
        }
        Path out = Files.createDirectories(temp.resolve("pdf-" + System.nanoTime()));
        Path log = out.resolve("soffice.log");
        Process process = new ProcessBuilder(soffice.get().toString(), "-env:UserInstallation=" + temp.resolve("profile").toUri(),
                "--headless", "--convert-to", "pdf", "--outdir", out.toString(), docx.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(process.waitFor(300, TimeUnit.SECONDS), "LibreOffice finished");
        assertEquals(0, process.exitValue(), () -> readQuietly(log));
        String name = docx.getFileName().toString();
        Path pdf = out.resolve(name.substring(0, name.lastIndexOf('.')) + ".pdf");
        assertTrue(Files.isRegularFile(pdf) && Files.size(pdf) > 1000, () -> "LibreOffice wrote no PDF: " + readQuietly(log));
        return true;
    }

    private static String readQuietly(Path log) {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            return "";
        }
    }
}
