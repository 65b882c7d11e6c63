package org.rapporteur.ui.workspace;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.controlsfx.control.textfield.TextFields;
import org.rapporteur.model.AdoptionOutcome;
import org.rapporteur.model.ElectionOutcome;
import org.rapporteur.model.Office;
import org.rapporteur.ui.UiText;

/**
 * The two forms a rapporteur fills in a few keystrokes while the plenary decides: an election (Ctrl+E)
 * and an adoption (Ctrl+D). Tab goes from field to field, Enter records, Escape cancels.
 */
final class DecisionDialogs {
    private final UiText texts;
    private final WorkspaceViewModel model;

    DecisionDialogs(UiText texts, WorkspaceViewModel model) {
        this.texts = texts;
        this.model = model;
    }

    Optional<DecisionForms.ElectionForm> election(Window owner) {
        // The office is typed too ("vi" Tab gives Vice Chair): any other name is an office of the meeting's own.
        TextField office = field("electionOffice");
        office.setPromptText(texts.get("office.CHAIR"));
        List<String> offices = List.of(texts.get("office.CHAIR"), texts.get("office.VICE_CHAIR"), texts.get("office.RAPPORTEUR"));
        TextField nominee = field("electionNominee");
        TextField nominatedBy = field("electionNominatedBy");
        TextField secondedBy = field("electionSecondedBy");
        TextField votes = field("electionVotes");
        completing(office, typed -> offices.stream().filter(o -> o.toLowerCase().startsWith(typed.toLowerCase())
                && !o.equalsIgnoreCase(typed)).toList(), nominee);
        completing(nominee, model::personSuggestions, nominatedBy);
        completing(nominatedBy, model::delegationSuggestions, secondedBy);
        completing(secondedBy, model::delegationSuggestions, votes);
        votes.setPromptText(texts.get("decisions.votesPrompt"));
        ComboBox<ElectionOutcome> outcome = choice(List.of(ElectionOutcome.values()), o -> texts.get("electionOutcome." + o.name()));
        outcome.setValue(ElectionOutcome.ACCLAMATION);
        outcome.setId("electionOutcome");
        // Counts typed mean a vote was held.
        votes.textProperty().addListener((o, was, now) -> {
            if (!now.isBlank() && outcome.getValue() == ElectionOutcome.ACCLAMATION) {
                outcome.setValue(ElectionOutcome.ELECTED_BY_VOTE);
            }
        });

        GridPane grid = grid();
        grid.addRow(0, new Label(texts.get("decisions.office")), office);
        grid.addRow(1, new Label(texts.get("decisions.nominee")), nominee);
        grid.addRow(2, new Label(texts.get("decisions.nominatedBy")), nominatedBy);
        grid.addRow(3, new Label(texts.get("decisions.secondedBy")), secondedBy);
        grid.addRow(4, new Label(texts.get("decisions.votes")), votes);
        grid.addRow(5, new Label(texts.get("decisions.outcome")), outcome);
        Dialog<DecisionForms.ElectionForm> dialog = dialog(owner, "decisions.electionTitle", grid);
        dialog.setResultConverter(button -> {
            if (button != ButtonType.OK) {
                return null;
            }
            String typed = office.getText().strip();
            Office chosen = typed.isEmpty() ? Office.CHAIR : Office.OTHER;
            for (Office o : List.of(Office.CHAIR, Office.VICE_CHAIR, Office.RAPPORTEUR)) {
                if (texts.get("office." + o.name()).equalsIgnoreCase(typed)) {
                    chosen = o;
                }
            }
            return new DecisionForms.ElectionForm(chosen, chosen == Office.OTHER ? typed : null, nominee.getText(),
                    nominatedBy.getText(), secondedBy.getText(), outcome.getValue(), votes.getText());
        });
        Platform.runLater(office::requestFocus);
        return dialog.showAndWait();
    }

    Optional<DecisionForms.AdoptionForm> adoption(Window owner) {
        TextField document = field("adoptionDocument");
        ComboBox<AdoptionOutcome> outcome = choice(List.of(AdoptionOutcome.values()),
                o -> texts.get("adoptionOutcome." + o.name()));
        outcome.setValue(AdoptionOutcome.ADOPTED);
        outcome.setId("adoptionOutcome");
        TextField requestedBy = field("adoptionRequestedBy");
        TextField request = field("adoptionRequest");
        completing(document, typed -> model.documentSuggestions(typed).stream()
                .filter(symbol -> !symbol.equalsIgnoreCase(typed.strip())).toList(), outcome);
        completing(requestedBy, model::delegationSuggestions, request);
        request.setPrefColumnCount(40);

        GridPane grid = grid();
        grid.addRow(0, new Label(texts.get("decisions.document")), document);
        grid.addRow(1, new Label(texts.get("decisions.outcome")), outcome);
        grid.addRow(2, new Label(texts.get("decisions.requestedBy")), requestedBy);
        grid.addRow(3, new Label(texts.get("decisions.request")), request);
        Dialog<DecisionForms.AdoptionForm> dialog = dialog(owner, "decisions.adoptionTitle", grid);
        dialog.setResultConverter(button -> button == ButtonType.OK ? new DecisionForms.AdoptionForm(document.getText(),
                outcome.getValue(), requestedBy.getText(), request.getText()) : null);
        Platform.runLater(document::requestFocus);
        return dialog.showAndWait();
    }

    /**
     * Suggestions while typing, and Tab to take the first one and go on to {@code next}: "Uru" Tab is Uruguay.
     * Tab is also caught on the suggestions popup, which may hold the keys while it shows.
     */
    private static void completing(TextField field, Function<String, List<String>> suggestions, javafx.scene.Node next) {
        var binding = TextFields.bindAutoCompletion(field, r -> field.isFocused() ? suggestions.apply(r.getUserText()) : List.of());
        javafx.event.EventHandler<javafx.scene.input.KeyEvent> tab = key -> {
            if (key.getCode() == javafx.scene.input.KeyCode.TAB && !key.isShiftDown()) {
                binding.getAutoCompletionPopup().hide();
                List<String> best = suggestions.apply(field.getText());
                if (!field.getText().isBlank() && !best.isEmpty()) {
                    field.setText(best.get(0));
                }
                key.consume();
                Platform.runLater(next::requestFocus);
            }
        };
        field.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, tab);
        binding.getAutoCompletionPopup().addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, tab);
    }

    private static TextField field(String id) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(28);
        return field;
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        return grid;
    }

    private static <T> ComboBox<T> choice(List<T> values, Function<T, String> text) {
        ComboBox<T> box = new ComboBox<>();
        box.getItems().setAll(values);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        });
        return box;
    }

    private <R> Dialog<R> dialog(Window owner, String titleKey, GridPane content) {
        Dialog<R> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(texts.get(titleKey));
        dialog.setHeaderText(texts.get(titleKey));
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().setId("decisionDialog");
        return dialog;
    }
}
