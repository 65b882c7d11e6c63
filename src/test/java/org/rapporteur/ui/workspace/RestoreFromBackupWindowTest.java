package org.rapporteur.ui.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.ListView;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.model.Entry;
import org.rapporteur.model.Meeting;
import org.rapporteur.model.MeetingSummary;
import org.rapporteur.service.Backend;
import org.rapporteur.service.SampleMeeting;
import org.rapporteur.service.Workers;
import org.rapporteur.model.BackupInfo;
import org.testfx.api.FxRobot;

/** "Restore from backup…" brings a deleted meeting back, whole, as a copy beside what the store holds now. */
class RestoreFromBackupWindowTest {
    @TempDir
    Path store;

    private final FxRobot robot = new FxRobot();
    private RunningApp app;

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            app.stop();
        }
    }

    @Test
    void aDeletedMeetingComesBackFromTheBackupTakenWhenTheStoreClosed() throws Exception {
        long sampleId;
        try (Backend backend = Backend.open(store, Workers.sameThread())) {
            sampleId = backend.meetings().addSample().join();
        }
        try (Backend backend = Backend.open(store, Workers.sameThread())) {
            List<BackupInfo> taken = backend.backups().list().join();
            assertEquals(1, taken.size(), "closing after a change took a backup");
        }
        try (org.rapporteur.store.Store raw = org.rapporteur.store.Store.open(store)) {
            raw.meetings().delete(sampleId);
        }

        app = new RunningApp(store).start();
        Driving.waitUntil(() -> !robot.lookup("#restoreBackup").queryButton().isDisabled());
        robot.clickOn("#restoreBackup");
        Driving.waitUntil(() -> robot.lookup("#backupList").tryQuery().isPresent()
                && !robot.lookup("#backupList").queryListView().getItems().isEmpty());
        Window dialog = robot.lookup("#restoreDialog").query().getScene().getWindow();
        robot.targetWindow(dialog);
        ListView<?> backups = robot.lookup("#backupList").queryListView();
        String line = ((javafx.scene.control.Labeled) robot.lookup("#backupList .list-cell").query()).getText();
        assertTrue(line.contains("on closing") && line.contains("one meeting") && line.contains("52 entries"), line);
        assertEquals(1, robot.lookup("#backupContents").queryListView().getItems().size());
        robot.clickOn("#restoreButton");
        Driving.waitUntil(() -> robot.lookup("#restoreStatus").queryLabeled().getText().startsWith("Restored as"),
                () -> robot.lookup("#restoreStatus").queryLabeled().getText());

        ListView<?> meetings = robot.lookup("#meetingList").queryListView();
        Driving.waitUntil(() -> meetings.getItems().size() == 1);
        MeetingSummary copy = (MeetingSummary) meetings.getItems().get(0);
        assertTrue(copy.title().startsWith(SampleMeeting.load().title() + " (from the backup of "), copy.title());
        Meeting restored = app.context().meetings().join().loadMeeting(copy.id()).join();
        assertEquals(SampleMeeting.load().entries().map(Entry::summary).toList(),
                restored.entries().map(Entry::summary).toList(), "every entry, in order");
        assertEquals(1, backups.getItems().size());
    }
}
