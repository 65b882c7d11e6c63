package org.rapporteur.ui.setup;

import java.util.List;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import org.rapporteur.model.Language;
import org.rapporteur.model.Person;
import org.rapporteur.ui.UiText;

/**
 * The Meeting tab: binds the facts form to the view model. A new meeting is created with its button; the
 * facts of a created one are written a moment after the last change.
 */
final class MeetingTabController {
    private final SetupViewModel model;
    private final UiText texts;
    private final Runnable afterCreate;
    private final PauseTransition saving;
    /** Kept here: a bidirectional binding holds its other end only weakly. */
    private ObjectProperty<Integer> sessionsAsObject;

    @FXML
    private TextField factsTitle;
    @FXML
    private Label titleProblem;
    @FXML
    private TextField factsOrganization;
    @FXML
    private TextField factsSeries;
    @FXML
    private TextField factsReportSymbol;
    @FXML
    private TextField factsReportTitle;
    @FXML
    private TextField factsCity;
    @FXML
    private TextField factsCountry;
    @FXML
    private DatePicker factsStart;
    @FXML
    private DatePicker factsEnd;
    @FXML
    private Label datesProblem;
    @FXML
    private ComboBox<Language> factsLanguage;
    @FXML
    private ComboBox<Choice<Person>> factsRapporteur;
    @FXML
    private Label sessionsLabel;
    @FXML
    private HBox sessionsRow;
    @FXML
    private Spinner<Integer> factsSessions;
    @FXML
    private Label factsDays;
    @FXML
    private TextArea factsMandate;
    @FXML
    private HBox createRow;
    @FXML
    private Button createMeeting;

    MeetingTabController(SetupViewModel model, UiText texts, Runnable afterCreate) {
        this.model = model;
        this.texts = texts;
        this.afterCreate = afterCreate;
        this.saving = Fields.debounce(model::saveFacts);
    }

    @FXML
    private void initialize() {
        factsTitle.textProperty().bindBidirectional(model.titleProperty());
        factsOrganization.textProperty().bindBidirectional(model.organizationProperty());
        factsSeries.textProperty().bindBidirectional(model.seriesProperty());
        factsReportSymbol.textProperty().bindBidirectional(model.reportSymbolProperty());
        factsReportTitle.textProperty().bindBidirectional(model.reportTitleProperty());
        factsCity.textProperty().bindBidirectional(model.cityProperty());
        factsCountry.textProperty().bindBidirectional(model.countryProperty());
        factsMandate.textProperty().bindBidirectional(model.mandateProperty());
        Fields.tabLeaves(factsMandate);
        Fields.date(factsStart, model.startDateProperty(), model.startDateReadableProperty(), texts.locale());
        Fields.date(factsEnd, model.endDateProperty(), model.endDateReadableProperty(), texts.locale());
        problem(titleProblem, model.titleProblemProperty().isNotEmpty());
        titleProblem.textProperty().bind(model.titleProblemProperty());
        problem(datesProblem, model.datesProblemProperty().isNotEmpty());
        datesProblem.textProperty().bind(model.datesProblemProperty());

        factsLanguage.setItems(FXCollections.observableArrayList(Language.values()));
        factsLanguage.setConverter(SetupDialogs.named(l -> texts.get("setup.language." + l.code())));
        factsLanguage.valueProperty().bindBidirectional(model.languageProperty());
        factsRapporteur.setItems(model.rapporteurChoices());
        factsRapporteur.valueProperty().bindBidirectional(model.rapporteurProperty());
        // A new meeting has no participants yet to choose from.
        factsRapporteur.disableProperty().bind(model.meetingIdProperty().isNull());

        Fields.numbers(factsSessions, 1, SetupViewModel.MAX_SESSIONS, model.sessionsProperty().get());
        sessionsAsObject = model.sessionsProperty().asObject();
        factsSessions.getValueFactory().valueProperty().bindBidirectional(sessionsAsObject);
        sessionsLabel.setLabelFor(factsSessions);
        factsDays.textProperty().bind(Bindings.createStringBinding(
                () -> texts.format("setup.facts.days", model.daysProperty().get()), model.daysProperty()));
        BooleanBinding isNew = model.meetingIdProperty().isNull();
        for (Node onlyWhenNew : List.of(sessionsLabel, sessionsRow, createRow)) {
            onlyWhenNew.visibleProperty().bind(isNew);
            onlyWhenNew.managedProperty().bind(isNew);
        }
        createMeeting.disableProperty().bind(model.validProperty().not().or(model.busyProperty()));
        // Once created, the button is gone: Enter in a field must not press an invisible default button.
        createMeeting.defaultButtonProperty().bind(isNew);

        model.factsEditsProperty().addListener((obs, old, now) -> saving.playFromStart());
        // The title is where a new meeting starts: focus it once the tab is on the screen.
        factsTitle.sceneProperty().addListener((obs, old, now) -> {
            if (now != null && old == null) {
                Platform.runLater(factsTitle::requestFocus);
            }
        });
    }

    /** Where the keyboard goes when the tab is opened with its shortcut. */
    Node first() {
        return factsTitle;
    }

    @FXML
    private void onCreate() {
        // A date typed but not yet confirmed with Enter or Tab counts too.
        factsStart.setValue(factsStart.getConverter().fromString(factsStart.getEditor().getText()));
        factsEnd.setValue(factsEnd.getConverter().fromString(factsEnd.getEditor().getText()));
        model.create().thenAccept(id -> {
            if (id != null) {
                afterCreate.run();
            }
        });
    }

    /** Writes a change typed less than a moment ago. */
    void flush() {
        Fields.flush(saving);
    }

    private static void problem(Label label, BooleanBinding shown) {
        label.visibleProperty().bind(shown);
        label.managedProperty().bind(shown);
    }
}
