package org.rapporteur.ui.setup;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.controlsfx.control.CheckListView;
import org.controlsfx.control.IndexedCheckModel;
import org.rapporteur.model.Delegation;
import org.rapporteur.model.DelegationKind;
import org.rapporteur.ui.UiText;

/**
 * The Delegations tab. Ticking a member state (click, or Space on the focused one; Ctrl+A ticks them all;
 * typing a letter jumps to the first state it starts) marks it present; the table edits any delegation in place.
 */
final class DelegationsController {
    private final DelegationsViewModel model;
    private final UiText texts;
    private final SetupDialogs dialogs;
    /** The states ticked as the view model last heard of them; a tick that differs is the person's. */
    private final Set<String> ticked = new HashSet<>();
    private boolean syncing;

    @FXML
    private Label rosterLabel;
    @FXML
    private CheckListView<Delegation> roster;
    @FXML
    private Button checkAllStates;
    @FXML
    private Label presentCount;
    @FXML
    private Label tableLabel;
    @FXML
    private TableView<Delegation> delegationsTable;
    @FXML
    private TableColumn<Delegation, String> delegationName;
    @FXML
    private TableColumn<Delegation, String> delegationProse;
    @FXML
    private TableColumn<Delegation, DelegationKind> delegationKind;
    @FXML
    private TableColumn<Delegation, Boolean> delegationPresent;
    @FXML
    private TableColumn<Delegation, String> delegationAliases;
    @FXML
    private TableColumn<Delegation, String> delegationNames;
    @FXML
    private Button addDelegation;
    @FXML
    private Button editNames;

    DelegationsController(DelegationsViewModel model, UiText texts, SetupDialogs dialogs) {
        this.model = model;
        this.texts = texts;
        this.dialogs = dialogs;
    }

    @FXML
    private void initialize() {
        rosterLabel.setLabelFor(roster);
        tableLabel.setLabelFor(delegationsTable);
        roster.setItems(model.roster());
        // CheckListView's own kind of cell, showing the state's name rather than the record.
        roster.setCellFactory(list -> new CheckBoxListCell<>(roster::getItemBooleanProperty,
                SetupDialogs.named(Delegation::name)));
        roster.getCheckModel().getCheckedIndices().addListener((ListChangeListener<Integer>) change -> ticksChanged());
        roster.addEventFilter(KeyEvent.KEY_PRESSED, this::rosterKey);
        roster.addEventHandler(KeyEvent.KEY_TYPED, this::jumpTo);
        model.presentStatesProperty().addListener((obs, old, now) -> sync(now));
        sync(model.presentStatesProperty().get());

        delegationsTable.setItems(model.delegations());
        delegationsTable.setPlaceholder(new Label(texts.get("setup.delegations.none")));
        delegationName.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().name()));
        delegationName.setCellFactory(TextFieldTableCell.forTableColumn());
        delegationName.setOnEditCommit(e -> {
            Delegation d = e.getRowValue();
            model.update(d.withName(e.getNewValue() == null ? "" : e.getNewValue().strip()));
        });
        delegationProse.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(nz(c.getValue().proseName())));
        delegationProse.setCellFactory(TextFieldTableCell.forTableColumn());
        delegationProse.setOnEditCommit(e -> {
            Delegation d = e.getRowValue();
            model.update(d.withProseName(ParticipantsViewModel.blank(e.getNewValue())));
        });
        delegationKind.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().kind()));
        delegationKind.setCellFactory(ComboBoxTableCell.forTableColumn(
                SetupDialogs.named(k -> texts.get("setup.delegationKind." + k.name())),
                FXCollections.observableArrayList(DelegationKind.values())));
        delegationKind.setOnEditCommit(e -> {
            Delegation d = e.getRowValue();
            if (e.getNewValue() != null) {
                model.update(d.withKind(e.getNewValue()));
            }
        });
        delegationPresent.setCellValueFactory(c -> {
            Delegation d = c.getValue();
            SimpleBooleanProperty present = new SimpleBooleanProperty(d.present());
            present.addListener((obs, was, now) -> model.update(d.withPresent(now)));
            return present;
        });
        delegationPresent.setCellFactory(CheckBoxTableCell.forTableColumn(delegationPresent));
        delegationAliases.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(
                DelegationsViewModel.aliasesText(c.getValue().aliases())));
        delegationAliases.setCellFactory(TextFieldTableCell.forTableColumn());
        delegationAliases.setOnEditCommit(e -> {
            Delegation d = e.getRowValue();
            model.update(d.withAliases(DelegationsViewModel.aliases(e.getNewValue())));
        });
        delegationNames.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(DelegationsViewModel.namesText(c.getValue())));
        var nothingSelected = delegationsTable.getSelectionModel().selectedItemProperty().isNull();
        editNames.disableProperty().bind(nothingSelected);
    }

    /** Where the keyboard goes when the tab is opened with its shortcut. */
    Node first() {
        return roster;
    }

    @FXML
    private void onCheckAll() {
        roster.getCheckModel().checkAll();
    }

    /** The selected delegation's names in the report languages, where the roster's will not do. */
    @FXML
    private void onEditNames() {
        Delegation selected = delegationsTable.getSelectionModel().getSelectedItem();
        if (selected != null) {
            dialogs.namesByLanguage(selected, names -> model.update(selected.withNames(names)));
        }
    }

    @FXML
    private void onAddOther() {
        dialogs.otherDelegation(other -> model.addOther(other.name(), other.proseName(), other.kind(), other.aliases()));
    }

    /** The person ticked or unticked states: tell the view model about each one that changed. */
    private void ticksChanged() {
        if (syncing) {
            return;
        }
        IndexedCheckModel<Delegation> checks = roster.getCheckModel();
        List<Delegation> states = model.roster();
        for (int i = 0; i < states.size(); i++) {
            String name = states.get(i).name();
            boolean now = checks.isChecked(i);
            if (now != ticked.contains(name)) {
                if (now) {
                    ticked.add(name);
                } else {
                    ticked.remove(name);
                }
                model.setPresent(states.get(i), now);
            }
        }
        showCount();
    }

    /** Shows the ticks the meeting has, as last loaded. */
    private void sync(Set<String> present) {
        syncing = true;
        try {
            IndexedCheckModel<Delegation> checks = roster.getCheckModel();
            List<Delegation> states = model.roster();
            for (int i = 0; i < states.size(); i++) {
                boolean wanted = present.contains(states.get(i).name());
                if (wanted && !checks.isChecked(i)) {
                    checks.check(i);
                } else if (!wanted && checks.isChecked(i)) {
                    checks.clearCheck(i);
                }
            }
            ticked.clear();
            ticked.addAll(present);
        } finally {
            syncing = false;
        }
        showCount();
    }

    private void showCount() {
        presentCount.setText(texts.format("setup.delegations.count", roster.getCheckModel().getCheckedIndices().size(),
                model.roster().size()));
    }

    private void rosterKey(KeyEvent key) {
        if (key.getCode() == KeyCode.SPACE && !key.isShortcutDown()) {
            int focused = roster.getFocusModel().getFocusedIndex();
            if (focused >= 0) {
                toggle(focused);
            }
            key.consume();
        } else if (key.getCode() == KeyCode.A && key.isShortcutDown()) {
            roster.getCheckModel().checkAll();
            key.consume();
        }
    }

    private void toggle(int index) {
        IndexedCheckModel<Delegation> checks = roster.getCheckModel();
        if (checks.isChecked(index)) {
            checks.clearCheck(index);
        } else {
            checks.check(index);
        }
    }

    /** Typing a letter moves to the next state that starts with it. */
    private void jumpTo(KeyEvent key) {
        String typed = key.getCharacter();
        if (typed == null || typed.isBlank() || key.isShortcutDown() || !Character.isLetter(typed.charAt(0))) {
            return;
        }
        String letter = typed.toLowerCase(Locale.ROOT);
        List<Delegation> states = model.roster();
        int from = roster.getFocusModel().getFocusedIndex();
        for (int step = 1; step <= states.size(); step++) {
            int i = Math.floorMod(from + step, states.size());
            if (states.get(i).name().toLowerCase(Locale.ROOT).startsWith(letter)) {
                roster.getSelectionModel().clearAndSelect(i);
                roster.getFocusModel().focus(i);
                roster.scrollTo(Math.max(0, i - 3));
                key.consume();
                return;
            }
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
