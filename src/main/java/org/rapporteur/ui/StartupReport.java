package org.rapporteur.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.event.EventHandler;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * How long the application took to show its first window, for measuring the installed app's start-up:
 * with {@code -Drapporteur.startupReport=FILE}, the line {@code first-window-ms=N} is written to FILE when
 * the main window is first shown, and {@code ready-ms=N} is added when it is ready for the keyboard (the
 * store is open and its meetings listed). N is counted from the start of the process (the native launcher
 * included, which the JVM's own start time would miss). Without the property nothing is measured or written.
 */
final class StartupReport {
    static final String PROPERTY = "rapporteur.startupReport";
    private static final Logger LOG = Logger.getLogger(StartupReport.class.getName());

    private final Path file;
    private final Instant processStart;
    private final StringBuilder lines = new StringBuilder();
    /** The FX thread does no file I/O (ADR 0003): the lines are written beside it, in order. */
    private final ExecutorService writer = Executors.newSingleThreadExecutor(runnable -> {
        Thread t = new Thread(runnable, "rapporteur-startup-report");
        t.setDaemon(true);
        return t;
    });

    StartupReport(Path file, Instant processStart) {
        this.file = file;
        this.processStart = processStart;
    }

    /** The report the system property asks for; null when it asks for none. */
    static StartupReport requested() {
        String file = System.getProperty(PROPERTY);
        if (file == null || file.isBlank()) {
            return null;
        }
        return new StartupReport(Path.of(file), ProcessHandle.current().info().startInstant().orElse(Instant.now()));
    }

    /** Reports the first showing of {@code stage}. */
    void whenFirstShown(Stage stage) {
        EventHandler<WindowEvent> once = new EventHandler<>() {
            @Override
            public void handle(WindowEvent shown) {
                stage.removeEventHandler(WindowEvent.WINDOW_SHOWN, this);
                add("first-window-ms");
            }
        };
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, once);
    }

    /** Reports the first time {@code ready} turns true (never, when the store cannot be opened). */
    void whenReady(ObservableValue<Boolean> ready) {
        if (Boolean.TRUE.equals(ready.getValue())) {
            add("ready-ms");
            return;
        }
        ready.addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> observed, Boolean was, Boolean now) {
                if (Boolean.TRUE.equals(now)) {
                    ready.removeListener(this);
                    add("ready-ms");
                }
            }
        });
    }

    private void add(String key) {
        long millis = Duration.between(processStart, Instant.now()).toMillis();
        lines.append(key).append('=').append(millis).append('\n');
        String text = lines.toString();
        writer.execute(() -> write(text));
    }

    private void write(String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not write the start-up report to " + file, e);
        }
    }
}
