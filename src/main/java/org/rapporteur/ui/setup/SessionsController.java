package org.rapporteur.ui.setup;

import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import org.rapporteur.model.AgendaItem;
import org.rapporteur.model.Document;
import org.rapporteur.model.Part;
import org.rapporteur.model.Person;
import org.rapporteur.ui.UiText;

/**
 * The Sessions and items tab: the outline on the left, the details of what is selected on the right,
 * written a moment after the last change (and before another part or item is shown).
 */
final class SessionsController {
    private final SessionsViewModel model;
    private final UiText texts;
    private final SetupDialogs dialogs;
    private final PauseTransition saving;
    private final BooleanProperty dateReadable = new SimpleBooleanProperty(true);
    /** True while the outline is rebuilt from the model, so its selection events are not the person's. */
    private boolean rebuilding;

    @FXML
    private Label partsLabel;
    @FXML
    private TreeView<Line> partsTree;
    @FXML
    private Button addSession;
    @FXML
    private Button addItem;
    @FXML
    private Button deletePart;
    @FXML
    private Label detailHeading;
    @FXML
    private Label nothingSelected;
    @FXML
    private GridPane partDetail;
    @FXML
    private Label sessionNumberLabel;
    @FXML
    private Spinner<Integer> sessionNumber;
    @FXML
    private Spinner<Integer> sessionDay;
    @FXML
    private DatePicker sessionDate;
    @FXML
    private Label sessionDateProblem;
    @FXML
    private ComboBox<Choice<Person>> sessionChair;
    @FXML
    private TextField chairCapacity;
    @FXML
    private TextArea partIntroduction;
    @FXML
    private GridPane itemDetail;
    @FXML
    private TextField itemTitle;
    @FXML
    private ComboBox<Choice<Document>> itemDocument;
    @FXML
    private TextArea itemIntroduction;

    /** One line of the outline: what it stands for and how it reads. */
    record Line(SessionsViewModel.Target target, String label) {
    }

    SessionsController(SessionsViewModel model, UiText texts, SetupDialogs dialogs) {
        this.model = model;
        this.texts = texts;
        this.dialogs = dialogs;
        this.saving = Fields.debounce(model::save);
    }

    @FXML
    private void initialize() {
        partsLabel.setLabelFor(partsTree);
        partsTree.setRoot(new TreeItem<>());
        partsTree.setCellFactory(tree -> new LineCell());
        model.parts().addListener((ListChangeListener<Part>) change -> rebuild());
        partsTree.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (!rebuilding) {
                flush();
                model.select(now == null || now.getValue() == null ? null : now.getValue().target());
            }
        });
        model.shownProperty().addListener((obs, old, now) -> selectInTree(now));
        partsTree.setOnKeyPressed(key -> {
            if (key.getCode() == KeyCode.DELETE) {
                onDelete();
                key.consume();
            }
        });

        BooleanBinding shown = model.shownProperty().isNotNull();
        BooleanBinding isItem = Bindings.createBooleanBinding(
                () -> model.shownProperty().get() != null && model.shownProperty().get().isItem(), model.shownProperty());
        visibleWhen(partDetail, shown.and(isItem.not()));
        visibleWhen(itemDetail, isItem);
        visibleWhen(nothingSelected, shown.not());
        visibleWhen(sessionNumber, model.sessionProperty());
        visibleWhen(sessionNumberLabel, model.sessionProperty());
        detailHeading.textProperty().bind(model.headingProperty());
        addItem.disableProperty().bind(shown.not());
        deletePart.disableProperty().bind(shown.not());

        Fields.numbers(sessionNumber, 1, 99, 1);
        sessionNumber.getValueFactory().valueProperty().bindBidirectional(model.numberProperty());
        Fields.numbers(sessionDay, 1, 99, 1);
        sessionDay.getValueFactory().valueProperty().bindBidirectional(model.dayProperty());
        Fields.date(sessionDate, model.dateProperty(), dateReadable, texts.locale());
        visibleWhen(sessionDateProblem, dateReadable.not());
        sessionDateProblem.setText(texts.get("setup.problem.dateUnreadable"));
        sessionChair.setItems(model.chairChoices());
        sessionChair.valueProperty().bindBidirectional(model.chairProperty());
        chairCapacity.textProperty().bindBidirectional(model.chairCapacityProperty());
        partIntroduction.textProperty().bindBidirectional(model.partIntroductionProperty());
        Fields.tabLeaves(partIntroduction);
        itemTitle.textProperty().bindBidirectional(model.itemTitleProperty());
        itemDocument.setItems(model.documentChoices());
        itemDocument.valueProperty().bindBidirectional(model.itemDocumentProperty());
        itemIntroduction.textProperty().bindBidirectional(model.itemIntroductionProperty());
        Fields.tabLeaves(itemIntroduction);

        model.detailEditsProperty().addListener((obs, old, now) -> saving.playFromStart());
        rebuild();
    }

    /** Where the keyboard goes when the tab is opened with its shortcut. */
    Node first() {
        return partsTree;
    }

    @FXML
    private void onAddSession() {
        flush();
        model.addSession();
    }

    @FXML
    private void onAddItem() {
        flush();
        TreeItem<Line> selected = partsTree.getSelectionModel().getSelectedItem();
        if (selected == null || selected.getValue() == null) {
            return;
        }
        TreeItem<Line> part = selected.getValue().target().isItem() ? selected.getParent() : selected;
        dialogs.itemTitle(part.getValue().label(), model::addItem);
    }

    @FXML
    private void onDelete() {
        String what = model.selectedLabel();
        if (what.isEmpty()) {
            return;
        }
        flush();
        dialogs.confirm(texts.format("setup.sessions.deleteQuestion", what), texts.get("setup.sessions.deleteDetail"),
                texts.get("setup.delete.yes"), model::deleteSelected);
    }

    /** Writes a change typed less than a moment ago. */
    void flush() {
        Fields.flush(saving);
    }

    private void rebuild() {
        rebuilding = true;
        try {
            TreeItem<Line> root = partsTree.getRoot();
            root.getChildren().clear();
            for (Part part : model.parts()) {
                TreeItem<Line> partItem = new TreeItem<>(new Line(new SessionsViewModel.Target(part.id(), null),
                        model.label(part)));
                partItem.setExpanded(true);
                for (AgendaItem item : part.items()) {
                    partItem.getChildren().add(new TreeItem<>(new Line(new SessionsViewModel.Target(part.id(), item.id()),
                            model.label(item))));
                }
                root.getChildren().add(partItem);
            }
            selectInTree(model.shownProperty().get());
        } finally {
            rebuilding = false;
        }
    }

    private void selectInTree(SessionsViewModel.Target target) {
        TreeItem<Line> found = find(partsTree.getRoot(), target);
        TreeItem<Line> current = partsTree.getSelectionModel().getSelectedItem();
        if (found == current) {
            return;
        }
        boolean was = rebuilding;
        rebuilding = true;
        try {
            if (found == null) {
                partsTree.getSelectionModel().clearSelection();
            } else {
                partsTree.getSelectionModel().select(found);
                int row = partsTree.getRow(found);
                if (row >= 0) {
                    partsTree.scrollTo(Math.max(0, row - 3));
                }
            }
        } finally {
            rebuilding = was;
        }
    }

    private static TreeItem<Line> find(TreeItem<Line> from, SessionsViewModel.Target target) {
        if (target == null) {
            return null;
        }
        if (from.getValue() != null && target.equals(from.getValue().target())) {
            return from;
        }
        for (TreeItem<Line> child : from.getChildren()) {
            TreeItem<Line> found = find(child, target);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static void visibleWhen(Node node, javafx.beans.value.ObservableBooleanValue condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(condition);
    }

    private static final class LineCell extends TreeCell<Line> {
        @Override
        protected void updateItem(Line line, boolean empty) {
            super.updateItem(line, empty);
            getStyleClass().removeAll("outline-part", "outline-item");
            if (empty || line == null) {
                setText(null);
                return;
            }
            setText(line.label());
            getStyleClass().add(line.target().isItem() ? "outline-item" : "outline-part");
        }
    }
}
