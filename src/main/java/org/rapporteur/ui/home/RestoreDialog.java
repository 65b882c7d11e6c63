package org.rapporteur.ui.home;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.rapporteur.service.BackupService;
import org.rapporteur.service.Problems;
import org.rapporteur.model.BackupInfo;
import org.rapporteur.ui.UiText;

/**
 * "Restore from backup…": the verified backups beside the store, newest first, each with its time, why it was
 * taken and what it holds; a meeting chosen in one is copied back into the store beside the meeting as it is
 * now, so restoring never overwrites anything. "Back up now" takes one at once.
 */
final class RestoreDialog {
    private final UiText texts;
    private final CompletableFuture<BackupService> backups;
    private final Executor fx;
    private final ObservableList<BackupInfo> found = FXCollections.observableArrayList();
    private final Label status = new Label();

    RestoreDialog(UiText texts, CompletableFuture<BackupService> backups, Executor fx) {
        this.texts = texts;
        this.backups = backups;
        this.fx = fx;
    }

    /** Shows the dialog; {@code restored} hears the id of each copy made, once it is in the store. */
    void show(Window owner, Consumer<CompletableFuture<Long>> restored) {
        ListView<BackupInfo> list = new ListView<>(found);
        list.setId("backupList");
        list.setCellFactory(l -> new BackupCell());
        list.setPlaceholder(new Label(texts.get("restore.none")));
        ListView<BackupInfo.Content> contents = new ListView<>();
        contents.setId("backupContents");
        contents.setCellFactory(l -> new ContentCell());
        contents.setPlaceholder(new Label(texts.get("restore.chooseBackup")));
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            contents.setItems(now == null ? FXCollections.observableArrayList()
                    : FXCollections.observableArrayList(now.meetings()));
            contents.getSelectionModel().selectFirst();
        });
        HBox.setHgrow(list, Priority.ALWAYS);
        HBox.setHgrow(contents, Priority.ALWAYS);
        list.setPrefSize(380, 320);
        contents.setPrefSize(380, 320);
        status.setId("restoreStatus");
        status.setWrapText(true);
        Label intro = new Label(texts.get("restore.intro"));
        intro.setWrapText(true);
        intro.setMaxWidth(770);
        status.setMaxWidth(770);

        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(texts.get("restore.title"));
        dialog.setHeaderText(texts.get("restore.header"));
        ButtonType restore = new ButtonType(texts.get("restore.restore"), ButtonBar.ButtonData.OK_DONE);
        ButtonType backUpNow = new ButtonType(texts.get("restore.backUpNow"), ButtonBar.ButtonData.LEFT);
        dialog.getDialogPane().getButtonTypes().setAll(backUpNow, restore, ButtonType.CLOSE);
        dialog.getDialogPane().setId("restoreDialog");
        dialog.getDialogPane().setContent(new VBox(10, intro, new HBox(10, list, contents), status));
        Button restoreButton = (Button) dialog.getDialogPane().lookupButton(restore);
        restoreButton.setId("restoreButton");
        restoreButton.disableProperty().bind(Bindings.isNull(contents.getSelectionModel().selectedItemProperty()));
        restoreButton.addEventFilter(javafx.event.ActionEvent.ACTION, click -> {
            click.consume();
            BackupInfo backup = list.getSelectionModel().getSelectedItem();
            BackupInfo.Content meeting = contents.getSelectionModel().getSelectedItem();
            String title = texts.format("restore.copyTitle", meeting.title(), time(backup));
            status.setText(texts.get("restore.restoring"));
            CompletableFuture<Long> copy = backups.thenCompose(b -> b.restore(backup.file(), meeting.meetingId(), title));
            copy.whenCompleteAsync((id, failure) -> status.setText(failure == null
                    ? texts.format("restore.restored", title)
                    : Problems.sentence(failure, texts.locale())), fx);
            restored.accept(copy);
        });
        Button now = (Button) dialog.getDialogPane().lookupButton(backUpNow);
        now.setId("backUpNow");
        now.addEventFilter(javafx.event.ActionEvent.ACTION, click -> {
            click.consume();
            status.setText(texts.get("restore.backingUp"));
            backups.thenCompose(BackupService::backUpNow).whenCompleteAsync((taken, failure) -> {
                status.setText(failure == null ? texts.format("restore.backedUp", time(taken))
                        : Problems.sentence(failure, texts.locale()));
                refresh(list);
            }, fx);
        });
        refresh(list);
        dialog.show();
    }

    private void refresh(ListView<BackupInfo> list) {
        backups.thenCompose(BackupService::list).whenCompleteAsync((all, failure) -> {
            if (failure != null) {
                status.setText(Problems.sentence(failure, texts.locale()));
                return;
            }
            found.setAll(all);
            list.getSelectionModel().selectFirst();
        }, fx);
    }

    private String time(BackupInfo backup) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(texts.locale())
                .format(backup.takenAt());
    }

    /** Cells wrap their text within the list's width instead of scrolling sideways. */
    private abstract static class WrappingCell<T> extends ListCell<T> {
        WrappingCell() {
            setWrapText(true);
            setPrefWidth(0);
        }
    }

    private final class BackupCell extends WrappingCell<BackupInfo> {
        @Override
        protected void updateItem(BackupInfo backup, boolean empty) {
            super.updateItem(backup, empty);
            setText(empty || backup == null ? null : texts.format("restore.backupLine", time(backup),
                    texts.get("restore.reason." + backup.reason().name()), backup.meetings().size(), backup.entries()));
        }
    }

    private final class ContentCell extends WrappingCell<BackupInfo.Content> {
        @Override
        protected void updateItem(BackupInfo.Content meeting, boolean empty) {
            super.updateItem(meeting, empty);
            setText(empty || meeting == null ? null : texts.format("restore.meetingLine", meeting.title(), meeting.entries()));
        }
    }
}
