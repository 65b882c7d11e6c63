package org.rapporteur.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The start-up measurement: one line, written when the window is first shown, counted from the given start. */
class StartupReportTest {
    @TempDir
    Path folder;

    @AfterEach
    void closeWindows() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    @Test
    void writesTheTimeFromProcessStartToTheFirstShowing() throws Exception {
        FxToolkit.registerPrimaryStage();
        Path report = folder.resolve("startup.txt");
        Instant started = Instant.now().minusMillis(1500);

        FxToolkit.setupStage(stage -> {
            stage.setScene(new Scene(new StackPane(), 200, 100));
            StartupReport.whenFirstShown(stage, report, started);
            stage.show();
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(report) && Files.size(report) > 0);

        String line = read(report);
        assertTrue(line.matches("first-window-ms=\\d+\n"), "one line with the milliseconds: " + line);
        long millis = Long.parseLong(line.substring("first-window-ms=".length()).trim());
        assertTrue(millis >= 1500 && millis < 60_000, "counted from the process start given: " + millis);
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file);
    }
}
