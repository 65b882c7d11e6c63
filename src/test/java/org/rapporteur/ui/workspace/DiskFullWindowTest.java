package org.rapporteur.ui.workspace;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.scene.control.TextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.store.DiskThatFills;
import org.testfx.api.FxRobot;

/**
 * Typing on while the disk is full: the workspace says so in a sentence, keeps every word in the editor, and
 * saves them by itself once there is space again.
 */
class DiskFullWindowTest {
    private static final String PROPERTY = "rapporteur.store.fileSystem";

    @TempDir
    Path store;

    private final FxRobot robot = new FxRobot();
    private RunningApp app;
    private long meetingId;

    @AfterEach
    void stop() throws Exception {
        DiskThatFills.fill(false);
        if (app != null) {
            app.stop();
        }
        System.clearProperty(PROPERTY);
    }

    @Test
    void wordsTypedOnAFullDiskStayInTheEditorAndAreSavedOnceThereIsSpace() throws Exception {
        DiskThatFills.fill(false);
        System.setProperty(PROPERTY, DiskThatFills.SCHEME);
        meetingId = TypingMeeting.create(store);
        app = new RunningApp(store).start();
        Driving.openFirstMeeting(robot);
        TextArea summary = TypingMeeting.startAnEntryByChile(robot);
        robot.write("Chile presented its plan.");
        Driving.waitUntil(() -> "Chile presented its plan.".equals(storedSummary()), () -> "stored: " + storedSummary());

        DiskThatFills.fill(true);
        robot.write(" It rests on prevention.");
        Driving.waitUntil(() -> robot.lookup("#problem").queryLabeled().getText().contains("The disk is full"),
                () -> robot.lookup("#problem").queryLabeled().getText());
        assertTrue(summary.getText().endsWith("It rests on prevention."), "every word stays in the editor");

        DiskThatFills.fill(false);
        Driving.waitUntil(() -> "Chile presented its plan. It rests on prevention.".equals(storedSummary()),
                () -> "stored: " + storedSummary());
        Driving.waitUntil(() -> robot.lookup("#problem").queryLabeled().getText().isEmpty(),
                () -> robot.lookup("#problem").queryLabeled().getText());
    }

    private String storedSummary() {
        return TypingMeeting.storedSummary(app, meetingId);
    }
}
