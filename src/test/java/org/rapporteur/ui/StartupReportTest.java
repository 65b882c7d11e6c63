package org.rapporteur.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The start-up measurement: a line when the window is first shown, one when it is ready, counted from the given start. */
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
            new StartupReport(report, started).whenFirstShown(stage);
            stage.show();
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(report) && Files.size(report) > 0);

        String line = read(report);
        assertTrue(line.matches("first-window-ms=\\d+\n"), "one line with the milliseconds: " + line);
        long millis = Long.parseLong(line.substring("first-window-ms=".length()).trim());
        assertTrue(millis >= 1500 && millis < 60_000, "counted from the process start given: " + millis);
    }

    @Test
    void addsTheTimeTheWindowIsReadyForTheKeyboardAfterTheFirstShowing() throws Exception {
        FxToolkit.registerPrimaryStage();
        Path report = folder.resolve("startup.txt");
        StartupReport startup = new StartupReport(report, Instant.now().minusMillis(1500));
        SimpleBooleanProperty ready = new SimpleBooleanProperty(false);

        FxToolkit.setupStage(stage -> {
            stage.setScene(new Scene(new StackPane(), 200, 100));
            startup.whenFirstShown(stage);
            startup.whenReady(ready);
            stage.show();
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> read(report).startsWith("first-window-ms="));
        Thread.sleep(50);
        assertFalse(read(report).contains("ready-ms"), "not ready while the store is not open: " + read(report));

        FxToolkit.setupFixture(() -> ready.set(true));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> read(report).contains("ready-ms="));

        String text = read(report);
        assertTrue(text.matches("first-window-ms=(\\d+)\nready-ms=(\\d+)\n"), "two lines, in that order: " + text);
        long shown = Long.parseLong(text.replaceAll("(?s)first-window-ms=(\\d+).*", "$1"));
        long readyAt = Long.parseLong(text.replaceAll("(?s).*ready-ms=(\\d+)\n", "$1"));
        assertTrue(readyAt >= shown, "ready (" + readyAt + ") no earlier than shown (" + shown + ")");
    }

    private static String read(Path file) throws IOException {
        return Files.exists(file) ? Files.readString(file) : "";
    }
}
