package org.rapporteur.ui.workspace;

import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.rapporteur.ui.UiText;

/**
 * The chair's view: read-only, large type, following the speakers list live — the item, who has the floor
 * and their clock (warning colours near and past the limit), and who comes next. In its compact form it is a
 * small panel with the speaker and the clock only.
 */
public final class ChairViewController {
    private final SpeakersViewModel model;
    private final UiText texts;

    @FXML
    private BorderPane root;
    @FXML
    private Label itemTitle;
    @FXML
    private VBox speakingBox;
    @FXML
    private Label speaker;
    @FXML
    private Label clock;
    @FXML
    private Label remaining;
    @FXML
    private VBox nextBox;
    @FXML
    private ListView<SpeakersViewModel.Row> next;
    @FXML
    private Label hint;

    public ChairViewController(SpeakersViewModel model, UiText texts) {
        this.model = model;
        this.texts = texts;
    }

    @FXML
    private void initialize() {
        itemTitle.textProperty().bind(model.itemTitleProperty());
        speaker.textProperty().bind(Bindings.createStringBinding(() -> {
            SpeakersViewModel.Row now = model.currentProperty().get();
            return now == null ? texts.get("speakers.nobody") : now.speaker();
        }, model.currentProperty()));
        clock.textProperty().bind(Bindings.createStringBinding(() -> model.pausedProperty().get()
                ? texts.format("chair.paused", model.elapsedProperty().get()) : model.elapsedProperty().get(),
                model.elapsedProperty(), model.pausedProperty()));
        remaining.textProperty().bind(model.remainingProperty());
        model.timeStateProperty().addListener((o, was, now) -> mark());
        model.pausedProperty().addListener((o, was, now) -> mark());
        mark();
        next.setItems(model.waiting());
        next.setPlaceholder(new Label(texts.get("speakers.noneWaiting")));
        next.setMouseTransparent(true);
        next.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(SpeakersViewModel.Row row, boolean empty) {
                super.updateItem(row, empty);
                if (empty || row == null) {
                    setText(null);
                    return;
                }
                setText(row.line(getIndex() + 1, null));
            }
        });
    }

    private void mark() {
        SpeakersViewModel.TimeState state = model.timeStateProperty().get();
        for (var node : java.util.List.of(speakingBox, clock, remaining)) {
            node.pseudoClassStateChanged(SpeakersPane.NEAR, state == SpeakersViewModel.TimeState.NEAR);
            node.pseudoClassStateChanged(SpeakersPane.OVER, state == SpeakersViewModel.TimeState.OVER);
            node.pseudoClassStateChanged(SpeakersPane.PAUSED, model.pausedProperty().get());
        }
    }

    /** The small always-on-top panel: the speaker and the clock only. */
    void compact(boolean small) {
        root.getStyleClass().remove("compact");
        if (small) {
            root.getStyleClass().add("compact");
        }
        for (var node : java.util.List.<javafx.scene.Node>of(itemTitle, nextBox, hint)) {
            node.setVisible(!small);
            node.setManaged(!small);
        }
    }
}
