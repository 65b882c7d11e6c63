package org.rapporteur.ui;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import javafx.application.Platform;
import org.rapporteur.model.StoreAddress;
import org.rapporteur.service.BackupService;
import org.rapporteur.service.Backend;
import org.rapporteur.service.EditService;
import org.rapporteur.service.ImportService;
import org.rapporteur.service.ReportService;
import org.rapporteur.service.MeetingService;
import org.rapporteur.service.Settings;
import org.rapporteur.service.Workers;

/**
 * Everything the screens share, wired by hand: the store folder, the worker threads, the services once
 * the store is open, the UI's language and texts and the way back to the FX thread. Built by the launcher,
 * which also closes it (off the FX thread) after the window is gone.
 */
public final class AppContext implements AutoCloseable {
    public static final String BUNDLE = "org.rapporteur.ui.messages";

    private final StoreAddress address;
    private final Path storeFolder;
    private final Workers workers;
    /** The system's locale when the window started: its region shapes dates in its own language. */
    private final Locale system;
    private UiLanguage language;
    private UiText texts;
    private final Executor fx;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread t = new Thread(runnable, "rapporteur-ui-timer");
        t.setDaemon(true);
        return t;
    });
    private volatile Backend backend;
    private CompletableFuture<Backend> opening;

    /**
     * A context whose window starts in {@code locale}'s language (English when it is none of the four), with
     * dates in {@code locale}'s form.
     */
    public AppContext(Path storeFolder, Workers workers, Locale locale, Executor fx) {
        this(StoreAddress.local(storeFolder), workers, UiLanguage.of(locale), locale, fx);
    }

    /** The same, on a shared meeting's server when {@code address} names one. */
    public AppContext(StoreAddress address, Workers workers, Locale locale, Executor fx) {
        this(address, workers, UiLanguage.of(locale), locale, fx);
    }

    private AppContext(StoreAddress address, Workers workers, UiLanguage language, Locale system, Executor fx) {
        this.address = Objects.requireNonNull(address);
        this.storeFolder = address.folder();
        this.workers = workers;
        this.system = system;
        this.language = language;
        this.texts = UiText.load(BUNDLE, language.locale(system));
        this.fx = fx;
    }

    /**
     * The application's context: real threads, results delivered on the FX thread, and the language chosen —
     * {@code -Drapporteur.language}, else the one saved beside the store, else the system's. Reads the settings
     * file: call it before the FX thread runs, as the launcher does.
     */
    public static AppContext forFolder(Path storeFolder) {
        return forAddress(StoreAddress.local(storeFolder));
    }

    /** The same, for the meetings at {@code address}: a folder's own, or a shared meeting's on its server. */
    public static AppContext forAddress(StoreAddress address) {
        Locale system = Locale.getDefault();
        UiLanguage language = UiLanguage.choose(System.getProperty(UiLanguage.PROPERTY),
                Settings.of(address.folder()).get(Settings.LANGUAGE).orElse(null), system);
        return new AppContext(address, Workers.threads(), language, system, Platform::runLater);
    }

    /**
     * A context of its own for the meetings at {@code address} — another window's, a shared meeting's — speaking this
     * one's language: nothing is read to build it, so a screen may build one on the FX thread.
     */
    public AppContext sibling(StoreAddress other) {
        return new AppContext(other, Workers.threads(), language, system, fx);
    }

    public Path storeFolder() {
        return storeFolder;
    }

    /** Where this window's meetings are: the folder's own store, or a shared meeting's server. */
    public StoreAddress address() {
        return address;
    }

    /** The texts in the language now chosen; a screen takes them when it is built. FX thread. */
    public UiText texts() {
        return texts;
    }

    public UiLanguage language() {
        return language;
    }

    /**
     * Speaks {@code chosen} from now on (screens built after this take it) and saves the choice beside the store,
     * on the writer thread; the future fails with the reason when it could not be saved. FX thread.
     */
    public CompletableFuture<Void> useLanguage(UiLanguage chosen) {
        language = chosen;
        texts = UiText.load(BUNDLE, chosen.locale(system));
        return CompletableFuture.runAsync(() -> Settings.of(storeFolder).put(Settings.LANGUAGE, chosen.code()),
                workers.writer());
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
                backend = Backend.open(address, workers);
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
