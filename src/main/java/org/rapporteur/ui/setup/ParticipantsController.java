package org.rapporteur.ui.setup;

import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.rapporteur.model.Delegation;
import org.rapporteur.model.Gender;
import org.rapporteur.model.Person;
import org.rapporteur.service.Problems;
import org.rapporteur.ui.UiText;

/**
 * The Participants tab: the table edits a person in place (double-click a cell), Enter or Edit opens the
 * whole person, Delete asks first; a list is imported through a preview that changes nothing until confirmed.
 */
final class ParticipantsController {
    private final ParticipantsViewModel model;
    private final UiText texts;
    private final SetupDialogs dialogs;
    private final FilePicker files;

    @FXML
    private Label personsLabel;
    @FXML
    private Label personCount;
    @FXML
    private TableView<Person> personsTable;
    @FXML
    private TableColumn<Person, String> personHonorificColumn;
    @FXML
    private TableColumn<Person, String> personNameColumn;
    @FXML
    private TableColumn<Person, String> personTitleColumn;
    @FXML
    private TableColumn<Person, Choice<Delegation>> personDelegationColumn;
    @FXML
    private TableColumn<Person, Gender> personGenderColumn;
    @FXML
    private Button addPerson;
    @FXML
    private Button editPerson;
    @FXML
    private Button deletePerson;
    @FXML
    private Button importParticipants;

    ParticipantsController(ParticipantsViewModel model, UiText texts, SetupDialogs dialogs, FilePicker files) {
        this.model = model;
        this.texts = texts;
        this.dialogs = dialogs;
        this.files = files;
    }

    @FXML
    private void initialize() {
        personsLabel.setLabelFor(personsTable);
        personsTable.setItems(model.persons());
        personsTable.setPlaceholder(new Label(texts.get("setup.participants.none")));
        personCount.textProperty().bind(Bindings.createStringBinding(
                () -> texts.format("setup.participants.count", model.persons().size()), model.persons()));

        personHonorificColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(nz(c.getValue().honorific())));
        personHonorificColumn.setCellFactory(TextFieldTableCell.forTableColumn());
        personHonorificColumn.setOnEditCommit(e -> {
            Person p = e.getRowValue();
            model.update(p.withHonorific(e.getNewValue()));
        });
        personNameColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().name()));
        personNameColumn.setCellFactory(TextFieldTableCell.forTableColumn());
        personNameColumn.setOnEditCommit(e -> {
            Person p = e.getRowValue();
            model.update(p.withName(e.getNewValue()));
        });
        personTitleColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(nz(c.getValue().title())));
        personTitleColumn.setCellFactory(TextFieldTableCell.forTableColumn());
        personTitleColumn.setOnEditCommit(e -> {
            Person p = e.getRowValue();
            model.update(p.withTitle(e.getNewValue()));
        });
        personDelegationColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(
                Choice.byId(model.delegationChoices(), c.getValue().delegationId(), Delegation::id)));
        personDelegationColumn.setCellFactory(ComboBoxTableCell.forTableColumn(model.delegationChoices()));
        personDelegationColumn.setOnEditCommit(e -> {
            Person p = e.getRowValue();
            Choice<Delegation> d = e.getNewValue();
            model.update(p.withDelegationId(d == null || d.isNone() ? null : d.value().id()));
        });
        personGenderColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().gender()));
        personGenderColumn.setCellFactory(ComboBoxTableCell.forTableColumn(
                SetupDialogs.named(g -> texts.get("setup.gender." + g.name())), FXCollections.observableArrayList(Gender.values())));
        personGenderColumn.setOnEditCommit(e -> {
            if (e.getNewValue() != null) {
                model.update(e.getRowValue().withGender(e.getNewValue()));
            }
        });

        var nothingSelected = personsTable.getSelectionModel().selectedItemProperty().isNull();
        editPerson.disableProperty().bind(nothingSelected);
        deletePerson.disableProperty().bind(nothingSelected);
        personsTable.setOnKeyPressed(key -> {
            if (personsTable.getEditingCell() != null) {
                return;
            }
            if (key.getCode() == KeyCode.ENTER) {
                onEdit();
                key.consume();
            } else if (key.getCode() == KeyCode.DELETE) {
                onDelete();
                key.consume();
            }
        });
        personsTable.setOnMouseClicked(click -> {
            // A double click on the row's empty part edits the whole person; on a cell, the cell.
            if (click.getButton() == MouseButton.PRIMARY && click.getClickCount() == 2
                    && personsTable.getEditingCell() == null) {
                onEdit();
            }
        });
    }

    /** Where the keyboard goes when the tab is opened with its shortcut. */
    Node first() {
        return personsTable;
    }

    @FXML
    private void onAdd() {
        dialogs.person(new Person(null, "", null, null, null), model.delegationChoices(), model::add);
    }

    @FXML
    private void onEdit() {
        Person selected = personsTable.getSelectionModel().getSelectedItem();
        if (selected != null) {
            dialogs.person(selected, model.delegationChoices(), model::update);
        }
    }

    @FXML
    private void onDelete() {
        Person selected = personsTable.getSelectionModel().getSelectedItem();
        if (selected != null) {
            dialogs.confirm(texts.format("setup.participants.deleteQuestion", selected.nameWithHonorific()),
                    texts.get("setup.participants.deleteDetail"), texts.get("setup.delete.yes"), () -> model.delete(selected));
        }
    }

    @FXML
    private void onImport() {
        Path file = files.pick(personsTable.getScene().getWindow(), texts.get("setup.import.chooseParticipants"),
                texts.get("setup.import.filter"));
        if (file == null) {
            return;
        }
        importParticipants.setDisable(true);
        model.preview(file).whenComplete((preview, failure) -> {
            importParticipants.setDisable(false);
            if (failure != null) {
                dialogs.preview(ImportPreview.failed(Problems.sentence(failure, texts.locale())), () -> { });
            } else {
                dialogs.preview(ImportPreview.of(preview, texts), () -> model.apply(preview));
            }
        });
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
