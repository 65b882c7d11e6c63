package org.rapporteur.ui.workspace;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.application.Platform;
import org.rapporteur.service.TestBackends;
import org.rapporteur.service.Workers;
import org.rapporteur.ui.AppContext;
import org.rapporteur.ui.RapporteurApp;
import org.testfx.api.FxToolkit;

/** The real application on a store folder, in English, started and stopped (and restarted) as a test needs. */
final class RunningApp {
    private final Path store;
    private AppContext context;
    private Application app;

    RunningApp(Path store) {
        this.store = store;
    }

    RunningApp start() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
        context = new AppContext(TestBackends.address(store), Workers.threads(), Locale.ENGLISH, Platform::runLater);
        app = FxToolkit.setupApplication(() -> new RapporteurApp(context));
        return this;
    }

    /** Closes every window and the store, letting queued writes finish, as quitting does. */
    void stop() throws TimeoutException {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        context.close();
    }

    AppContext context() {
        return context;
    }
}
