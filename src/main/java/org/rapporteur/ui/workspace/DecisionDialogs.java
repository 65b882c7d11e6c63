package org.rapporteur.ui.workspace;

import static org.rapporteur.ui.workspace.FormFields.choice;
import static org.rapporteur.ui.workspace.FormFields.completing;
import static org.rapporteur.ui.workspace.FormFields.field;
import static org.rapporteur.ui.workspace.FormFields.grid;

import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.rapporteur.model.AdoptionOutcome;
import org.rapporteur.model.ElectionOutcome;
import org.rapporteur.model.Office;
import org.rapporteur.ui.UiText;

/**
 * The two short forms a rapporteur fills in a few keystrokes while the plenary decides: an election (Ctrl+E)
 * and an adoption (Ctrl+D). Tab goes from field to field, Enter records, Escape cancels. Given a form, they
 * show it filled in, for changing a decision already recorded.
 */
final class DecisionDialogs {
    private static final List<Office> NAMED_OFFICES = List.of(Office.CHAIR, Office.VICE_CHAIR, Office.RAPPORTEUR);

    private final UiText texts;
    private final WorkspaceViewModel model;

    DecisionDialogs(UiText texts, WorkspaceViewModel model) {
        this.texts = texts;
        this.model = model;
    }

    Optional<DecisionForms.ElectionForm> election(Window owner, DecisionForms.ElectionForm shown) {
        // The office is typed too ("vi" Tab gives Vice Chair): any other name is an office of the meeting's own.
        TextField office = field("electionOffice", shown == null ? "" : officeText(shown));
        office.setPromptText(texts.get("office.CHAIR"));
        List<String> offices = NAMED_OFFICES.stream().map(o -> texts.get("office." + o.name())).toList();
        TextField nominee = field("electionNominee", shown == null ? "" : shown.nominee());
        TextField nominatedBy = field("electionNominatedBy", shown == null ? "" : shown.nominatedBy());
        TextField secondedBy = field("electionSecondedBy", shown == null ? "" : shown.secondedBy());
        TextField votes = field("electionVotes", shown == null ? "" : shown.votes());
        completing(office, typed -> FormFields.startingWith(offices, typed), nominee);
        completing(nominee, model::personSuggestions, nominatedBy);
        completing(nominatedBy, model::delegationSuggestions, secondedBy);
        completing(secondedBy, model::delegationSuggestions, votes);
        votes.setPromptText(texts.get("decisions.votesPrompt"));
        ComboBox<ElectionOutcome> outcome = choice("electionOutcome", List.of(ElectionOutcome.values()),
                o -> texts.get("electionOutcome." + o.name()), shown == null ? ElectionOutcome.ACCLAMATION : shown.outcome());
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
        Dialog<DecisionForms.ElectionForm> dialog = FormFields.dialog(texts, owner,
                shown == null ? "decisions.electionTitle" : "decisions.electionChangeTitle", grid);
        dialog.setResultConverter(button -> {
            if (button != texts.ok()) {
                return null;
            }
            String typed = office.getText().strip();
            Office chosen = typed.isEmpty() ? Office.CHAIR : Office.OTHER;
            for (Office o : NAMED_OFFICES) {
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

    private String officeText(DecisionForms.ElectionForm shown) {
        return shown.office() == Office.OTHER ? shown.officeLabel() : texts.get("office." + shown.office().name());
    }

    Optional<DecisionForms.AdoptionForm> adoption(Window owner, DecisionForms.AdoptionForm shown) {
        TextField document = field("adoptionDocument", shown == null ? "" : shown.document());
        ComboBox<AdoptionOutcome> outcome = choice("adoptionOutcome", List.of(AdoptionOutcome.values()),
                o -> texts.get("adoptionOutcome." + o.name()), shown == null ? AdoptionOutcome.ADOPTED : shown.outcome());
        TextField requestedBy = field("adoptionRequestedBy", shown == null ? "" : shown.requestedBy());
        TextField request = field("adoptionRequest", shown == null ? "" : shown.request());
        completing(document, typed -> model.documentSuggestions(typed).stream()
                .filter(symbol -> !symbol.equalsIgnoreCase(typed.strip())).toList(), outcome);
        completing(requestedBy, model::delegationSuggestions, request);
        request.setPrefColumnCount(40);

        GridPane grid = grid();
        grid.addRow(0, new Label(texts.get("decisions.document")), document);
        grid.addRow(1, new Label(texts.get("decisions.outcome")), outcome);
        grid.addRow(2, new Label(texts.get("decisions.requestedBy")), requestedBy);
        grid.addRow(3, new Label(texts.get("decisions.request")), request);
        Dialog<DecisionForms.AdoptionForm> dialog = FormFields.dialog(texts, owner,
                shown == null ? "decisions.adoptionTitle" : "decisions.adoptionChangeTitle", grid);
        dialog.setResultConverter(button -> button == texts.ok() ? new DecisionForms.AdoptionForm(document.getText(),
                outcome.getValue(), requestedBy.getText(), request.getText()) : null);
        Platform.runLater(document::requestFocus);
        return dialog.showAndWait();
    }
}
