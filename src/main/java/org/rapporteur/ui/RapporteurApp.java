package org.rapporteur.ui;

import java.nio.file.Path;
import javafx.application.Application;
import javafx.stage.Stage;
import org.rapporteur.model.StoreAddress;

/**
 * The JavaFX application. It shows its window at once and opens the store behind it on the writer
 * thread, so a slow disk never keeps the window from appearing.
 */
public final class RapporteurApp extends Application {
    private static volatile AppContext launching;

    private final AppContext context;

    /** For {@link Application#launch}: takes the context handed over by {@link #launchOn}. */
    public RapporteurApp() {
        this(launching);
    }

    public RapporteurApp(AppContext context) {
        if (context == null) {
            throw new IllegalStateException("Start the window through RapporteurApp.launchOn(folder)");
        }
        this.context = context;
    }

    /** Opens the window on the store in {@code folder}; returns when it is closed and the store is closed. */
    public static void launchOn(Path folder) {
        launchOn(StoreAddress.local(folder));
    }

    /** Opens the window on the meetings at {@code address}; returns when it is closed and its store is closed. */
    public static void launchOn(StoreAddress address) {
        try (AppContext context = AppContext.forAddress(address)) {
            launching = context;
            Application.launch(RapporteurApp.class);
        }
    }

    @Override
    public void start(Stage stage) {
        UnexpectedProblems.catchOn(context.texts(), stage);
        Shell shell = new Shell(stage, context);
        StartupReport report = StartupReport.requested();
        if (report != null) {
            report.whenFirstShown(stage);
        }
        var ready = shell.showHome();
        if (report != null) {
            report.whenReady(ready);
        }
    }
}
