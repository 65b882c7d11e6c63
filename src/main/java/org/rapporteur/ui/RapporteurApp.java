package org.rapporteur.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import javafx.application.Application;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.rapporteur.ui.home.HomeController;
import org.rapporteur.ui.home.HomeViewModel;

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
        try (AppContext context = AppContext.forFolder(folder)) {
            launching = context;
            Application.launch(RapporteurApp.class);
        }
    }

    @Override
    public void start(Stage stage) {
        var texts = context.texts();
        HomeViewModel home = new HomeViewModel(context.meetings(), context.fx(), texts);
        ControllerFactory controllers = new ControllerFactory(context, Map.<Class<?>, Function<AppContext, Object>>of(
                HomeController.class, c -> new HomeController(home, c.texts())));
        Parent root = load("/fxml/home.fxml", controllers);
        Scene scene = new Scene(root, 1180, 760);
        scene.getStylesheets().add(RapporteurApp.class.getResource("app.css").toExternalForm());
        stage.setScene(scene);
        stage.titleProperty().bind(Bindings.createStringBinding(() -> home.meetingProperty().get() == null
                ? texts.get("app.title")
                : texts.format("app.titleWithMeeting", home.meetingProperty().get().title()), home.meetingProperty()));
        stage.setMinWidth(720);
        stage.setMinHeight(480);
        stage.show();
    }

    private Parent load(String fxml, ControllerFactory controllers) {
        FXMLLoader loader = new FXMLLoader(RapporteurApp.class.getResource(fxml), context.texts().bundle());
        loader.setControllerFactory(controllers);
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("The screen " + fxml + " could not be built", e);
        }
    }
}
