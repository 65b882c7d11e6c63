package org.rapporteur.ui;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import javafx.application.Platform;
import org.rapporteur.service.BackupService;
import org.rapporteur.service.Backend;
import org.rapporteur.service.EditService;
import org.rapporteur.service.ImportService;
import org.rapporteur.service.ReportService;
import org.rapporteur.service.MeetingService;
import org.rapporteur.service.Workers;

/**
 * Everything the screens share, wired by hand: the store folder, the worker threads, the services once
 * the store is open, the UI's texts and the way back to the FX thread. Built by the launcher, which also
 * closes it (off the FX thread) after the window is gone.
 */
public final class AppContext implements AutoCloseable {
    public static final String BUNDLE = "org.rapporteur.ui.messages";

    private final Path storeFolder;
    private final Workers workers;
    private final UiText texts;
    private final Executor fx;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread t = new Thread(runnable, "rapporteur-ui-timer");
        t.setDaemon(true);
        return t;
    });
    private volatile Backend backend;
    private CompletableFuture<Backend> opening;

    public AppContext(Path storeFolder, Workers workers, Locale locale, Executor fx) {
        this.storeFolder = Objects.requireNonNull(storeFolder);
        this.workers = workers;
        this.texts = UiText.load(BUNDLE, locale);
        this.fx = fx;
    }

    /** The application's context: real threads, the system's language, results delivered on the FX thread. */
    public static AppContext forFolder(Path storeFolder) {
        return new AppContext(storeFolder, Workers.threads(), Locale.getDefault(), Platform::runLater);
    }

    public Path storeFolder() {
        return storeFolder;
    }

    public UiText texts() {
        return texts;
    }

    /** Waits for the UI (debouncing typing) off the FX thread, so a busy writer never delays a timer. */
    public ScheduledExecutorService timer() {
        return timer;
    }

    /** Runs a continuation on the FX thread. */
    public Executor fx() {
        return fx;
    }

    /**
     * The services, once the store is open; the store is opened on the writer thread, the first time, and again
     * after a failed attempt (the other window holding it may have closed since).
     */
    public synchronized CompletableFuture<Backend> backend() {
        if (opening == null || opening.isCompletedExceptionally()) {
            opening = CompletableFuture.supplyAsync(() -> {
                backend = Backend.open(storeFolder, workers);
                return backend;
            }, workers.writer());
        }
        return opening;
    }

    public CompletableFuture<MeetingService> meetings() {
        return backend().thenApply(Backend::meetings);
    }

    public CompletableFuture<EditService> edits() {
        return backend().thenApply(Backend::edits);
    }

    public CompletableFuture<ImportService> imports() {
        return backend().thenApply(Backend::imports);
    }

    public CompletableFuture<BackupService> backups() {
        return backend().thenApply(Backend::backups);
    }

    public CompletableFuture<ReportService> reports() {
        return backend().thenApply(Backend::reports);
    }

    /** Lets queued writes finish, then closes the store. Never call it on the FX thread. */
    @Override
    public void close() {
        timer.shutdown();
        Backend opened = backend;
        if (opened != null) {
            opened.close();
        } else {
            workers.close();
        }
    }
}
