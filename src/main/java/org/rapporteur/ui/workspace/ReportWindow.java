package org.rapporteur.ui.workspace;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.rapporteur.ui.Shell;
import org.rapporteur.ui.UiText;

/** The report's own window beside the workspace, so the rapporteur can type and watch the report follow. */
final class ReportWindow {
    private final Stage stage = new Stage();
    private final ReportViewModel model;

    ReportWindow(ReportViewModel model, UiText texts, Shell shell, SaveTarget saveTarget) {
        this.model = model;
        Parent root = shell.load("/fxml/report.fxml", new ReportWindowController(model, texts, saveTarget));
        var screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(1180, screen.getWidth()), Math.min(820, screen.getHeight() - 30));
        scene.getStylesheets().setAll(shell.scene().getStylesheets());
        stage.setScene(scene);
        stage.setTitle(texts.get("report.title"));
        stage.setOnHidden(e -> model.close());
    }

    void show() {
        model.open();
        stage.show();
        stage.toFront();
    }

    void close() {
        stage.close();
    }

    boolean isShowing() {
        return stage.isShowing();
    }
}
