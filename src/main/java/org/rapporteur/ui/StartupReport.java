package org.rapporteur.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.event.EventHandler;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * How long the application took to show its first window, for measuring the installed app's start-up:
 * with {@code -Drapporteur.startupReport=FILE}, the line {@code first-window-ms=N} is written to FILE when
 * the main window is first shown, N counted from the start of the process (the native launcher included,
 * which the JVM's own start time would miss). Without the property nothing is measured or written.
 */
final class StartupReport {
    static final String PROPERTY = "rapporteur.startupReport";
    private static final Logger LOG = Logger.getLogger(StartupReport.class.getName());

    private StartupReport() {
    }

    /** Reports the first showing of {@code stage} to the file the system property names, if any. */
    static void whenFirstShown(Stage stage) {
        String file = System.getProperty(PROPERTY);
        if (file == null || file.isBlank()) {
            return;
        }
        Instant processStart = ProcessHandle.current().info().startInstant().orElse(Instant.now());
        whenFirstShown(stage, Path.of(file), processStart);
    }

    static void whenFirstShown(Stage stage, Path file, Instant processStart) {
        EventHandler<WindowEvent> once = new EventHandler<>() {
            @Override
            public void handle(WindowEvent shown) {
                stage.removeEventHandler(WindowEvent.WINDOW_SHOWN, this);
                long millis = Duration.between(processStart, Instant.now()).toMillis();
                // The FX thread does no file I/O (ADR 0003): the line is written beside it.
                Thread writer = new Thread(() -> write(file, millis), "rapporteur-startup-report");
                writer.setDaemon(true);
                writer.start();
            }
        };
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, once);
    }

    private static void write(Path file, long millis) {
        try {
            Files.writeString(file, "first-window-ms=" + millis + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not write the start-up report to " + file, e);
        }
    }
}
