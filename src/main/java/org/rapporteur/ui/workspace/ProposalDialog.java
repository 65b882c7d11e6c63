package org.rapporteur.ui.workspace;

import static org.rapporteur.ui.workspace.FormFields.choice;
import static org.rapporteur.ui.workspace.FormFields.completing;
import static org.rapporteur.ui.workspace.FormFields.field;
import static org.rapporteur.ui.workspace.FormFields.grid;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.rapporteur.model.ProposalOutcome;
import org.rapporteur.model.Stance;
import org.rapporteur.ui.UiText;

/**
 * The proposal form (Ctrl+P): who proposed what, the positions delegations take on it as the debate goes,
 * and where it ended. A position is typed in one row — delegation, position, note, seconded by — and Enter
 * adds it to the list and comes back to the row for the next; Enter on a position of the list takes it back into
 * the row, Delete removes it. Tab out of the row goes on to the outcome; with the row empty, Enter records.
 */
final class ProposalDialog {
    private final UiText texts;
    private final WorkspaceViewModel model;

    private final TextField delegation = field("positionDelegation", "");
    private final TextField stance = field("positionStance", "");
    private final TextField note = field("positionNote", "");
    private final TextField secondedBy = field("positionSecondedBy", "");
    private final ListView<DecisionForms.PositionForm> positions = new ListView<>();
    private final Label rowProblem = new Label();
    private Dialog<DecisionForms.ProposalForm> dialog;

    ProposalDialog(UiText texts, WorkspaceViewModel model) {
        this.texts = texts;
        this.model = model;
    }

    Optional<DecisionForms.ProposalForm> show(Window owner, DecisionForms.ProposalForm shown) {
        TextField proposer = field("proposalProposer", shown == null ? "" : shown.proposer());
        TextField presenter = field("proposalPresenter", shown == null ? "" : shown.presenter());
        TextField title = field("proposalTitle", shown == null ? "" : shown.title());
        TextArea summary = new TextArea(shown == null ? "" : shown.summary());
        summary.setId("proposalSummary");
        summary.setPrefRowCount(3);
        summary.setWrapText(true);
        ComboBox<ProposalOutcome> outcome = choice("proposalOutcome", List.of(ProposalOutcome.values()),
                o -> texts.get("proposalOutcome." + o.name()), shown == null ? ProposalOutcome.PENDING : shown.outcome());
        TextField outcomeText = field("proposalOutcomeText", shown == null ? "" : shown.outcomeText());
        outcomeText.setPromptText(texts.get("decisions.outcomeTextPrompt"));
        completing(proposer, model::delegationSuggestions, presenter);
        completing(presenter, model::personSuggestions, title);
        completing(delegation, model::delegationSuggestions, stance, this::addTypedPositionIfAny);
        completing(stance, typed -> FormFields.startingWith(stanceNames(), typed), note, this::addTypedPositionIfAny);
        completing(secondedBy, model::delegationSuggestions, outcome, this::addTypedPositionIfAny);
        stance.setPromptText(texts.get("stance.SUPPORTS"));

        positions.setId("proposalPositions");
        positions.setPrefHeight(150);
        positions.setPlaceholder(new Label(texts.get("decisions.noPositions")));
        positions.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(DecisionForms.PositionForm p, boolean empty) {
                super.updateItem(p, empty);
                setWrapText(true);
                setPrefWidth(0);
                setText(empty || p == null ? null : line(p));
            }
        });
        if (shown != null) {
            positions.getItems().setAll(shown.positions());
        }
        note.addEventFilter(KeyEvent.KEY_PRESSED, key -> {
            if (key.getCode() == KeyCode.ENTER && !delegation.getText().isBlank()) {
                key.consume();
                addTypedPosition();
            }
        });
        positions.addEventFilter(KeyEvent.KEY_PRESSED, this::onPositionsKey);
        // The summary is several lines, but Tab goes on to the positions as in every other field.
        summary.addEventFilter(KeyEvent.KEY_PRESSED, key -> {
            if (key.getCode() == KeyCode.TAB && !key.isShortcutDown()) {
                key.consume();
                (key.isShiftDown() ? title : delegation).requestFocus();
            }
        });
        rowProblem.setId("positionProblem");
        rowProblem.getStyleClass().add("warning");

        GridPane about = grid();
        about.addRow(0, label("decisions.proposer"), proposer);
        about.addRow(1, label("decisions.presenter"), presenter);
        about.addRow(2, label("decisions.proposalTitle"), title);
        about.addRow(3, label("decisions.proposalSummary"), summary);
        javafx.scene.layout.ColumnConstraints wide = new javafx.scene.layout.ColumnConstraints();
        wide.setHgrow(javafx.scene.layout.Priority.ALWAYS);
        about.getColumnConstraints().setAll(new javafx.scene.layout.ColumnConstraints(), wide);
        GridPane row = grid();
        row.addRow(0, new Label(texts.get("decisions.positionDelegation")), new Label(texts.get("decisions.positionStance")),
                new Label(texts.get("decisions.positionNote")), new Label(texts.get("decisions.positionSecondedBy")));
        row.addRow(1, delegation, stance, note, secondedBy);
        delegation.setPrefColumnCount(14);
        stance.setPrefColumnCount(14);
        secondedBy.setPrefColumnCount(14);
        GridPane end = grid();
        end.addRow(0, label("decisions.outcome"), outcome);
        end.addRow(1, label("decisions.outcomeText"), outcomeText);
        outcomeText.setPrefColumnCount(46);
        Label positionsTitle = new Label(texts.get("decisions.positions"));
        positionsTitle.getStyleClass().add("pane-title");
        Label positionsHint = new Label(texts.get("decisions.positionsHint"));
        positionsHint.getStyleClass().add("muted");
        positionsHint.setWrapText(true);
        VBox content = new VBox(8, about, positionsTitle, positionsHint, positions, row, rowProblem, end);
        content.setPrefWidth(780);

        dialog = FormFields.dialog(texts, owner,
                shown == null ? "decisions.proposalTitleNew" : "decisions.proposalChangeTitle", content);
        dialog.setResultConverter(button -> {
            if (button != texts.ok()) {
                return null;
            }
            if (!delegation.getText().isBlank()) {
                addTypedPosition();     // a row typed but not added is meant, not dropped
            }
            return new DecisionForms.ProposalForm(proposer.getText(), presenter.getText(), title.getText(),
                    summary.getText(), List.copyOf(positions.getItems()), outcome.getValue(), outcomeText.getText());
        });
        Platform.runLater(shown == null ? proposer::requestFocus : delegation::requestFocus);
        return dialog.showAndWait();
    }

    private void onPositionsKey(KeyEvent key) {
        int at = positions.getSelectionModel().getSelectedIndex();
        if (at < 0) {
            return;
        }
        if (key.getCode() == KeyCode.DELETE) {
            positions.getItems().remove(at);
            key.consume();
        } else if (key.getCode() == KeyCode.ENTER) {
            DecisionForms.PositionForm p = positions.getItems().remove(at);
            delegation.setText(p.delegation());
            stance.setText(texts.get("stance." + p.stance().name()));
            note.setText(p.note());
            secondedBy.setText(p.secondedBy());
            delegation.requestFocus();
            key.consume();
        }
    }

    /** Enter in the row: the position typed is added; with the row empty, the proposal is recorded. */
    private void addTypedPositionIfAny() {
        if (delegation.getText().isBlank()) {
            if (dialog != null) {
                ((Button) dialog.getDialogPane().lookupButton(texts.ok())).fire();
            }
            return;
        }
        addTypedPosition();
    }

    private void addTypedPosition() {
        Optional<Stance> chosen = stanceOf(stance.getText());
        if (chosen.isEmpty()) {
            rowProblem.setText(texts.format("decisions.unknownStance", stance.getText(), String.join(", ", stanceNames())));
            stance.requestFocus();
            return;
        }
        positions.getItems().add(new DecisionForms.PositionForm(delegation.getText().strip(), chosen.get(),
                note.getText().strip(), secondedBy.getText().strip()));
        rowProblem.setText("");
        for (TextField f : List.of(delegation, stance, note, secondedBy)) {
            f.clear();
        }
        delegation.requestFocus();
    }

    /** A field's label, never cut short: the fields give way instead. */
    private Label label(String key) {
        Label label = new Label(texts.get(key));
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return label;
    }

    private List<String> stanceNames() {
        return Arrays.stream(Stance.values()).map(s -> texts.get("stance." + s.name())).toList();
    }

    /** "supports", or its first letters: the first stance whose name starts so. */
    private Optional<Stance> stanceOf(String typed) {
        String t = typed.strip().toLowerCase();
        if (t.isEmpty()) {
            return Optional.empty();
        }
        return Arrays.stream(Stance.values()).filter(s -> texts.get("stance." + s.name()).toLowerCase().startsWith(t))
                .findFirst();
    }

    private String line(DecisionForms.PositionForm p) {
        String base = texts.format("decisions.positionLine", p.delegation(), texts.get("stance." + p.stance().name()));
        if (!p.note().isBlank()) {
            base += " \u2014 " + p.note();
        }
        if (!p.secondedBy().isBlank()) {
            base += " " + texts.format("decisions.positionSeconded", p.secondedBy());
        }
        return base;
    }
}
