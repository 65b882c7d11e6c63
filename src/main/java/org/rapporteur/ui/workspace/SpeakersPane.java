package org.rapporteur.ui.workspace;

import java.util.List;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import javafx.util.StringConverter;
import org.controlsfx.control.textfield.TextFields;
import org.rapporteur.model.FloorRequestKind;
import org.rapporteur.ui.UiText;

/**
 * The speakers list beside the log: who has the floor and their clock, who waits (Alt+Up/Down or a drag to
 * reorder, Delete to withdraw), a field to add a request (first letters, Enter), the item's limit and whether
 * the list is closed. It binds the workspace's nodes to the {@link SpeakersViewModel}; the clock ticks here,
 * once a second, on the FX thread (a subtraction, no store call).
 */
final class SpeakersPane {
    static final PseudoClass NEAR = PseudoClass.getPseudoClass("near-limit");
    static final PseudoClass OVER = PseudoClass.getPseudoClass("over-limit");
    static final PseudoClass PAUSED = PseudoClass.getPseudoClass("paused");

    /** The nodes of the pane, as the workspace's FXML declares them. */
    record Nodes(VBox currentBox, Label currentSpeaker, Label clock, Label remaining, Button callNext, Button pause,
                 Button finish, ListView<SpeakersViewModel.Row> waiting, TextField request,
                 ComboBox<FloorRequestKind> kind, TextField limit, CheckBox closed, Label problem) {
    }

    private final SpeakersViewModel model;
    private final UiText texts;
    private final Nodes nodes;
    private final Timeline ticking;

    SpeakersPane(SpeakersViewModel model, UiText texts, Nodes nodes) {
        this.model = model;
        this.texts = texts;
        this.nodes = nodes;
        this.ticking = new Timeline(new KeyFrame(Duration.seconds(1), e -> model.tick()));
        ticking.setCycleCount(Animation.INDEFINITE);
        bindCurrent();
        bindWaiting();
        bindRequest();
        bindRules();
        nodes.problem().textProperty().bind(model.problemProperty());
        nodes.problem().managedProperty().bind(nodes.problem().textProperty().isNotEmpty());
        ticking.play();
    }

    void stop() {
        ticking.stop();
    }

    private void bindCurrent() {
        nodes.currentSpeaker().textProperty().bind(Bindings.createStringBinding(() -> {
            SpeakersViewModel.Row now = model.currentProperty().get();
            return now == null ? texts.get("speakers.nobody") : now.speaker();
        }, model.currentProperty()));
        nodes.clock().textProperty().bind(model.elapsedProperty());
        nodes.remaining().textProperty().bind(model.remainingProperty());
        model.timeStateProperty().addListener((o, was, now) -> markTime());
        model.pausedProperty().addListener((o, was, now) -> markTime());
        markTime();
        nodes.pause().textProperty().bind(Bindings.when(model.pausedProperty())
                .then(texts.get("speakers.resume")).otherwise(texts.get("speakers.pause")));
        nodes.pause().disableProperty().bind(model.currentProperty().isNull());
        nodes.finish().disableProperty().bind(model.currentProperty().isNull());
        nodes.callNext().disableProperty().bind(Bindings.isEmpty(model.waiting()).and(model.currentProperty().isNull()));
    }

    private void markTime() {
        SpeakersViewModel.TimeState state = model.timeStateProperty().get();
        for (var node : List.of(nodes.currentBox(), nodes.remaining())) {
            node.pseudoClassStateChanged(NEAR, state == SpeakersViewModel.TimeState.NEAR);
            node.pseudoClassStateChanged(OVER, state == SpeakersViewModel.TimeState.OVER);
            node.pseudoClassStateChanged(PAUSED, model.pausedProperty().get());
        }
    }

    private void bindWaiting() {
        ListView<SpeakersViewModel.Row> list = nodes.waiting();
        list.setItems(model.waiting());
        list.setPlaceholder(new Label(texts.get("speakers.noneWaiting")));
        list.setCellFactory(l -> new WaitingCell());
        list.addEventFilter(KeyEvent.KEY_PRESSED, key -> {
            SpeakersViewModel.Row chosen = list.getSelectionModel().getSelectedItem();
            if (chosen == null) {
                return;
            }
            if (key.isAltDown() && (key.getCode() == KeyCode.UP || key.getCode() == KeyCode.DOWN)) {
                model.move(chosen, key.getCode() == KeyCode.UP ? -1 : 1);
                key.consume();
            } else if (key.getCode() == KeyCode.DELETE) {
                model.withdraw(chosen);
                key.consume();
            }
        });
        // After a move the list is rebuilt from the store; the request moved stays selected.
        model.waiting().addListener((javafx.collections.ListChangeListener<SpeakersViewModel.Row>) c -> {
            SpeakersViewModel.Row was = lastSelected;
            if (was != null) {
                model.waiting().stream().filter(r -> r.request().id().equals(was.request().id())).findFirst()
                        .ifPresent(r -> list.getSelectionModel().select(r));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                lastSelected = now;
            }
        });
    }

    private SpeakersViewModel.Row lastSelected;

    private void bindRequest() {
        TextFields.bindAutoCompletion(nodes.request(), r -> nodes.request().isFocused()
                ? model.suggestions(r.getUserText()).stream()
                        .filter(s -> !s.equalsIgnoreCase(r.getUserText().strip())).toList()
                : List.of());
        ComboBox<FloorRequestKind> kind = nodes.kind();
        kind.getItems().setAll(FloorRequestKind.values());
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(FloorRequestKind k) {
                return k == null ? "" : texts.get("speakers.kind." + k.name());
            }

            @Override
            public FloorRequestKind fromString(String s) {
                return null;
            }
        });
        kind.setValue(FloorRequestKind.REGULAR);
        nodes.request().setOnAction(e -> addTyped());
    }

    /** Enter in the field: the speaker typed joins the list as the kind chosen, and the field is ready again. */
    void addTyped() {
        if (model.request(nodes.request().getText(), nodes.kind().getValue())) {
            nodes.request().clear();
            nodes.kind().setValue(FloorRequestKind.REGULAR);
        }
    }

    private void bindRules() {
        TextField limit = nodes.limit();
        limit.setText(model.limitText());
        model.limitSecondsProperty().addListener((o, was, now) -> {
            if (!limit.isFocused()) {
                limit.setText(model.limitText());
            }
        });
        limit.setOnAction(e -> model.setLimit(limit.getText()));
        limit.focusedProperty().addListener((o, was, now) -> {
            if (!now && !limit.getText().equals(model.limitText())) {
                model.setLimit(limit.getText());
            }
        });
        CheckBox closed = nodes.closed();
        closed.setSelected(model.closedProperty().get());
        model.closedProperty().addListener((o, was, now) -> closed.setSelected(now));
        closed.setOnAction(e -> model.setClosed(closed.isSelected()));
    }

    /** A waiting request: who, its kind when it is not a regular one, a second turn marked; draggable. */
    private final class WaitingCell extends ListCell<SpeakersViewModel.Row> {
        WaitingCell() {
            setOnDragDetected(e -> {
                if (getItem() != null) {
                    var board = startDragAndDrop(TransferMode.MOVE);
                    ClipboardContent content = new ClipboardContent();
                    content.putString(String.valueOf(getItem().request().id()));
                    board.setContent(content);
                    e.consume();
                }
            });
            setOnDragOver(e -> {
                if (e.getGestureSource() instanceof WaitingCell && e.getGestureSource() != this) {
                    e.acceptTransferModes(TransferMode.MOVE);
                }
                e.consume();
            });
            setOnDragDropped(e -> {
                if (e.getGestureSource() instanceof WaitingCell source && source.getItem() != null) {
                    model.moveBefore(source.getItem(), getItem());
                    e.setDropCompleted(true);
                }
                e.consume();
            });
        }

        @Override
        protected void updateItem(SpeakersViewModel.Row row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setText(null);
                return;
            }
            setText(row.line(getIndex() + 1, texts.get("speakers.secondTurn")));
        }
    }
}
