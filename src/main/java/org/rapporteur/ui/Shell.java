package org.rapporteur.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import javafx.application.Application;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.fxml.FXMLLoader;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyCodeCombination;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.rapporteur.ui.home.HomeController;
import org.rapporteur.ui.home.HomeViewModel;
import org.rapporteur.ui.setup.SetupScreen;
import org.rapporteur.ui.workspace.WorkspaceScreen;

/**
 * The main window and the screens it shows: the list of meetings, a meeting's setup, the live workspace.
 * One scene; switching screens swaps its root, so the window keeps its size and place.
 */
public final class Shell {
    private static final KeyCombination DARK = new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);

    private final Stage stage;
    private final AppContext context;
    private final Scene scene;
    private boolean dark;

    public Shell(Stage stage, AppContext context) {
        this.stage = stage;
        this.context = context;
        // The theme's precompiled form: parsing its 165 KB of CSS took a third of a second of every start.
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheetBSS());
        // As large as is comfortable, but never larger than the screen (a 1366x768 laptop is common in plenaries).
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        this.scene = new Scene(new javafx.scene.layout.StackPane(), Math.min(1280, screen.getWidth()),
                Math.min(800, screen.getHeight() - 30));
        scene.getStylesheets().add(Shell.class.getResource("app.css").toExternalForm());
        scene.getAccelerators().put(DARK, this::toggleDark);
        stage.setScene(scene);
        stage.getIcons().setAll(windowIcons());
        stage.setMinWidth(Math.min(960, screen.getWidth()));
        stage.setMinHeight(Math.min(600, screen.getHeight()));
    }

    /** The icon in each size a desktop may ask for (title bar, task bar, switcher); 512 px is left to the installers. */
    static List<Image> windowIcons() {
        return Stream.of(16, 32, 48, 64, 128, 256)
                .map(size -> new Image(Shell.class.getResource("icons/rapporteur-" + size + ".png").toExternalForm()))
                .toList();
    }

    public AppContext context() {
        return context;
    }

    public Scene scene() {
        return scene;
    }

    /** Shows the list of meetings; the answer turns true once the store is open and its meetings are listed. */
    public ReadOnlyBooleanProperty showHome() {
        HomeViewModel home = new HomeViewModel(context.meetings(), context.fx(), context.texts());
        show(load("/fxml/home.fxml", new HomeController(home, context.texts(), this)),
                Bindings.createStringBinding(() -> home.meetingProperty().get() == null
                        ? context.texts().get("app.title")
                        : context.texts().format("app.titleWithMeeting", home.meetingProperty().get().title()),
                        home.meetingProperty()));
        return home.readyProperty();
    }

    public void showWorkspace(long meetingId) {
        WorkspaceScreen screen = WorkspaceScreen.open(this, meetingId);
        show(screen.root(), screen.title());
    }

    /** The setup of a meeting; {@code meetingId} null sets up a new one. */
    public void showSetup(Long meetingId) {
        SetupScreen screen = SetupScreen.open(this, meetingId);
        show(screen.root(), screen.title());
    }

    /** Builds a screen from its FXML with the one controller it declares; any other controller is an error. */
    public Parent load(String fxml, Object controller) {
        FXMLLoader loader = new FXMLLoader(Shell.class.getResource(fxml), context.texts().bundle());
        Function<Class<?>, Object> only = type -> {
            if (type.isInstance(controller)) {
                return controller;
            }
            throw new IllegalStateException(fxml + " asks for a " + type.getName() + ", but this screen's controller is a "
                    + controller.getClass().getName());
        };
        loader.setControllerFactory(only::apply);
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("The screen " + fxml + " could not be built", e);
        }
    }

    private void show(Parent root, ObservableStringValue title) {
        scene.setRoot(root);
        stage.titleProperty().unbind();
        stage.titleProperty().bind(title);
        if (!stage.isShowing()) {
            stage.show();
        }
    }

    private void toggleDark() {
        dark = !dark;
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheetBSS()
                : new PrimerLight().getUserAgentStylesheetBSS());
    }
}
