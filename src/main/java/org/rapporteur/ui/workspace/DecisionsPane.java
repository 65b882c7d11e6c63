package org.rapporteur.ui.workspace;

import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.css.PseudoClass;
import javafx.scene.control.Alert;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Window;
import org.rapporteur.model.Proposal;
import org.rapporteur.service.DecisionList;
import org.rapporteur.ui.UiText;

/**
 * The decisions of the open item under the log, and the forms behind them: Ctrl+E, Ctrl+D and Ctrl+P record an
 * election, an adoption, a proposal; in the list, Enter changes a decision in its form, F2 puts its sentence in
 * the rapporteur's own words (the row is marked while they stand), Delete removes it after asking; Ctrl+L lists
 * every decision of the meeting.
 */
final class DecisionsPane {
    /** A decision whose sentence is in the rapporteur's own words. */
    private static final PseudoClass OWN_WORDS = PseudoClass.getPseudoClass("own-words");

    private final WorkspaceViewModel model;
    private final UiText texts;
    private final ListView<DecisionList.Decision> decisions;
    private final Supplier<Window> window;

    DecisionsPane(WorkspaceViewModel model, UiText texts, ListView<DecisionList.Decision> decisions, Supplier<Window> window) {
        this.model = model;
        this.texts = texts;
        this.decisions = decisions;
        this.window = window;
        bind();
    }

    private DecisionsModel edits() {
        return model.decisionEdits();
    }

    void recordElection() {
        new DecisionDialogs(texts, model).election(window.get(), null).ifPresent(edits()::recordElection);
    }

    void recordAdoption() {
        new DecisionDialogs(texts, model).adoption(window.get(), null).ifPresent(edits()::recordAdoption);
    }

    void recordProposal() {
        new ProposalDialog(texts, model).show(window.get(), null).ifPresent(f -> edits().recordProposal(f, null));
    }

    private void bind() {
        decisions.setItems(model.decisions());
        decisions.setPlaceholder(new Label(texts.get("decisions.none")));
        // An item that took decisions shows them at a readable height; the others keep the room for entries.
        var height = javafx.beans.binding.Bindings.createDoubleBinding(
                () -> model.decisions().isEmpty() ? 60.0 : 150.0, model.decisions());
        decisions.prefHeightProperty().bind(height);
        decisions.minHeightProperty().bind(height);
        decisions.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(DecisionList.Decision decision, boolean empty) {
                super.updateItem(decision, empty);
                setWrapText(true);
                setPrefWidth(0);
                setText(empty || decision == null ? null : shown(decision));
                pseudoClassStateChanged(OWN_WORDS, !empty && decision != null && decision.overridden());
            }
        });
        decisions.addEventFilter(KeyEvent.KEY_PRESSED, key -> {
            var chosen = decisions.getSelectionModel().getSelectedItem();
            if (chosen == null) {
                return;
            }
            if (key.getCode() == KeyCode.ENTER) {
                changeDecision(chosen);
            } else if (key.getCode() == KeyCode.F2) {
                new OwnWordsDialog(texts).show(window.get(), chosen).ifPresent(w -> edits().ownWords(chosen, w));
            } else if (key.getCode() == KeyCode.DELETE) {
                confirmDelete(chosen);
            } else {
                return;
            }
            key.consume();
        });
        decisions.setOnMouseClicked(click -> {
            if (click.getClickCount() == 2 && decisions.getSelectionModel().getSelectedItem() != null) {
                changeDecision(decisions.getSelectionModel().getSelectedItem());
            }
        });
    }


    /** A decision's row; one in the rapporteur's own words says so, as the report will not regenerate it. */
    private String shown(DecisionList.Decision decision) {
        return decision.overridden() ? texts.format("decisions.ownWordsMark", decision.sentence()) : decision.sentence();
    }

    /** Opens the decision's form filled in; what is recorded replaces it in its place. */
    private void changeDecision(DecisionList.Decision chosen) {
        Window owner = window.get();
        DecisionForms forms = edits().decisionForms();
        switch (chosen.kind()) {
            case ELECTION -> forms.findElection(chosen.id()).ifPresent(e -> new DecisionDialogs(texts, model)
                    .election(owner, forms.formOf(e)).ifPresent(f -> edits().recordElection(f, e)));
            case ADOPTION -> forms.findAdoption(chosen.id()).ifPresent(a -> new DecisionDialogs(texts, model)
                    .adoption(owner, forms.formOf(a)).ifPresent(f -> edits().recordAdoption(f, a)));
            case PROPOSAL -> forms.findProposal(chosen.id()).ifPresent(p -> changeProposal(p, forms));
            case POSITION -> forms.proposalOfPosition(chosen.id()).ifPresent(p -> changeProposal(p, forms));
        }
    }

    private void changeProposal(Proposal p, DecisionForms forms) {
        new ProposalDialog(texts, model).show(window.get(), forms.formOf(p))
                .ifPresent(f -> edits().recordProposal(f, p));
    }

    private void confirmDelete(DecisionList.Decision chosen) {
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION,
                chosen.sentence(), texts.ok(), texts.cancel());
        ask.initOwner(window.get());
        ask.setTitle(texts.get("decisions.deleteTitle"));
        ask.setHeaderText(texts.get("decisions.deleteHeader." + chosen.kind().name()));
        ask.getDialogPane().setId("deleteDecisionDialog");
        ask.showAndWait().filter(b -> b == texts.ok()).ifPresent(b -> edits().deleteDecision(chosen));
    }

    /** Every decision of the meeting; Enter (or a double click) opens the item it was taken in. */
    void showAll() {
        ListView<DecisionsModel.DecisionRow> list = new ListView<>();
        list.setId("allDecisions");
        list.getItems().setAll(edits().allDecisions());
        list.setPlaceholder(new Label(texts.get("decisions.noneInMeeting")));
        list.setPrefSize(760, 420);
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(DecisionsModel.DecisionRow row, boolean empty) {
                super.updateItem(row, empty);
                setWrapText(true);
                setPrefWidth(0);
                setText(empty || row == null ? null : row.where() + "\n" + shown(row.decision()));
            }
        });
        Dialog<DecisionsModel.DecisionRow> dialog = new Dialog<>();
        dialog.initOwner(window.get());
        dialog.setTitle(texts.get("decisions.allTitle"));
        dialog.setHeaderText(texts.get("decisions.allHeader"));
        dialog.getDialogPane().setContent(list);
        dialog.getDialogPane().setId("allDecisionsDialog");
        dialog.getDialogPane().getButtonTypes().setAll(texts.ok(), texts.close());
        dialog.setResultConverter(b -> b == texts.ok() ? list.getSelectionModel().getSelectedItem() : null);
        list.setOnMouseClicked(click -> {
            if (click.getClickCount() == 2) {
                dialog.setResult(list.getSelectionModel().getSelectedItem());
                dialog.close();
            }
        });
        list.addEventFilter(KeyEvent.KEY_PRESSED, key -> {
            if (key.getCode() == KeyCode.ENTER) {
                dialog.setResult(list.getSelectionModel().getSelectedItem());
                dialog.close();
                key.consume();
            }
        });
        Platform.runLater(() -> {
            list.requestFocus();
            list.getSelectionModel().selectFirst();
        });
        dialog.showAndWait().ifPresent(edits()::jumpTo);
    }

}
