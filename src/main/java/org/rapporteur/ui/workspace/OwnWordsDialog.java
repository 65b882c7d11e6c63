package org.rapporteur.ui.workspace;

import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.rapporteur.service.DecisionList;
import org.rapporteur.ui.UiText;

/**
 * F2 on a decision: the report's sentence for it in the rapporteur's own words. The generated sentence is shown
 * beneath, and "Use the generated sentence" takes the override back. The result is the text to store: empty
 * means "generated".
 */
final class OwnWordsDialog {
    private final UiText texts;

    OwnWordsDialog(UiText texts) {
        this.texts = texts;
    }

    Optional<String> show(Window owner, DecisionList.Decision decision) {
        TextArea words = new TextArea(decision.printed());
        words.setId("ownWords");
        words.setWrapText(true);
        words.setPrefRowCount(5);
        words.setPrefColumnCount(60);
        Label generatedTitle = new Label(texts.get("decisions.generatedSentence"));
        generatedTitle.getStyleClass().add("pane-title");
        Label generated = new Label(decision.generated().isEmpty() ? texts.get("decisions.noGeneratedSentence")
                : decision.generated());
        generated.setId("generatedSentence");
        generated.setWrapText(true);
        generated.setMaxWidth(620);
        ButtonType useGenerated = new ButtonType(texts.get("decisions.useGenerated"), ButtonBar.ButtonData.LEFT);

        Dialog<String> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(texts.get("decisions.ownWordsTitle"));
        dialog.setHeaderText(texts.get("decisions.ownWordsHeader"));
        dialog.getDialogPane().setContent(new VBox(10, words, generatedTitle, generated));
        dialog.getDialogPane().getButtonTypes().setAll(texts.ok(), useGenerated, texts.cancel());
        dialog.getDialogPane().setId("ownWordsDialog");
        ((javafx.scene.layout.Region) dialog.getDialogPane().lookupButton(useGenerated))
                .setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        dialog.setResultConverter(button -> {
            if (button == texts.ok()) {
                // The generated words kept as they are are no override: they would stop following the record.
                return words.getText().strip().equals(decision.generated().strip()) ? "" : words.getText().strip();
            }
            return button == useGenerated ? "" : null;
        });
        // Enter makes a new line in the words; Ctrl+Enter records them, Tab leaves the text for the buttons.
        words.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, key -> {
            if (key.getCode() == javafx.scene.input.KeyCode.ENTER && key.isShortcutDown()) {
                key.consume();
                ((javafx.scene.control.Button) dialog.getDialogPane().lookupButton(texts.ok())).fire();
            } else if (key.getCode() == javafx.scene.input.KeyCode.TAB && !key.isShortcutDown()) {
                key.consume();
                dialog.getDialogPane().lookupButton(texts.ok()).requestFocus();
            }
        });
        Platform.runLater(words::requestFocus);
        return dialog.showAndWait();
    }
}
