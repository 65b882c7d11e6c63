package org.rapporteur.ui.workspace;

import java.util.List;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import org.rapporteur.ui.UiText;

/** The list of shortcuts, on F1: each line of the bundle is "keys|what they do". */
final class CheatSheet {
    static final List<String> KEYS = List.of("newEntry", "finishAndNext", "complete", "search", "speakerFilter", "move",
            "moveTo", "delete", "undo", "election", "adoption", "proposal", "changeDecision", "allDecisions", "speakers",
            "speakersList", "report", "items", "focus", "setup", "language", "dark", "help");

    private final UiText texts;

    CheatSheet(UiText texts) {
        this.texts = texts;
    }

    void show(Window owner) {
        GridPane grid = new GridPane();
        grid.setHgap(18);
        grid.setVgap(6);
        int row = 0;
        for (String key : KEYS) {
            String[] line = texts.get("shortcuts." + key).split("\\|", 2);
            Label keys = new Label(line[0]);
            keys.getStyleClass().add("shortcut-keys");
            keys.setStyle("-fx-font-weight: bold;");
            // Nothing gives way: a language longer than English would otherwise squeeze the keys to "C…".
            keys.setMinWidth(Region.USE_PREF_SIZE);
            Label what = new Label(line.length > 1 ? line[1] : "");
            what.setMinWidth(Region.USE_PREF_SIZE);
            grid.addRow(row++, keys, what);
        }
        Alert sheet = new Alert(Alert.AlertType.INFORMATION, "", texts.close());
        sheet.setTitle(texts.get("shortcuts.title"));
        sheet.setHeaderText(texts.get("shortcuts.header"));
        sheet.getDialogPane().setContent(grid);
        sheet.getDialogPane().setMinSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        sheet.getDialogPane().setId("cheatSheet");
        sheet.initOwner(owner);
        sheet.show();
    }
}
