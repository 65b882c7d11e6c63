package org.rapporteur.ui.workspace;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.rapporteur.ui.Shell;
import org.rapporteur.ui.UiText;

/**
 * The chair's window around {@link ChairViewController}: opened on a second screen when there is one, F11 for
 * full screen (a projector), C for the compact always-on-top panel, Escape to leave full screen.
 */
final class ChairView {
    private final Stage stage = new Stage();
    private final ChairViewController controller;
    private boolean compact;

    ChairView(SpeakersViewModel model, UiText texts, Shell shell) {
        controller = new ChairViewController(model, texts);
        Parent root = shell.load("/fxml/chair.fxml", controller);
        Scene scene = new Scene(root, 1100, 650);
        scene.getStylesheets().setAll(shell.scene().getStylesheets());
        stage.setScene(scene);
        stage.setTitle(texts.get("chair.title"));
        scene.addEventFilter(KeyEvent.KEY_PRESSED, key -> {
            if (key.getCode() == KeyCode.F11) {
                stage.setFullScreen(!stage.isFullScreen());
                key.consume();
            } else if (key.getCode() == KeyCode.C && !key.isShortcutDown()) {
                setCompact(!compact);
                key.consume();
            }
        });
    }

    void show(Window owner) {
        if (!stage.isShowing()) {
            // A second screen, when there is one, is where the chair (or the projector) looks.
            var screens = Screen.getScreens();
            var target = screens.size() > 1 ? screens.get(1) : Screen.getPrimary();
            stage.setX(target.getVisualBounds().getMinX() + 40);
            stage.setY(target.getVisualBounds().getMinY() + 40);
            stage.show();
        }
        stage.toFront();
    }

    void setCompact(boolean small) {
        compact = small;
        controller.compact(small);
        stage.setAlwaysOnTop(small);
        if (stage.isFullScreen() && small) {
            stage.setFullScreen(false);
        }
        stage.setWidth(small ? 420 : 1100);
        stage.setHeight(small ? 200 : 650);
    }

    boolean isShowing() {
        return stage.isShowing();
    }

    boolean isCompact() {
        return compact;
    }

    boolean isFullScreen() {
        return stage.isFullScreen();
    }

    void setFullScreen(boolean full) {
        stage.setFullScreen(full);
    }

    void close() {
        stage.close();
    }
}
