package org.rapporteur.ui.workspace;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.model.Delegation;
import org.rapporteur.model.DelegationKind;
import org.rapporteur.model.Entry;
import org.rapporteur.model.Language;
import org.rapporteur.model.MeetingFacts;
import org.rapporteur.model.Venue;
import org.rapporteur.service.Backend;
import org.rapporteur.service.Workers;
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
        try (Backend backend = Backend.open(store, Workers.sameThread())) {
            meetingId = backend.edits().createMeeting(new MeetingFacts("Meeting of Government Experts",
                    "Organization of American States", null, null, null, new Venue("Santiago", "Chile"),
                    LocalDate.of(2010, 11, 18), LocalDate.of(2010, 11, 19), Language.EN, null), 2, 1).join();
            backend.edits().addDelegation(meetingId, new Delegation(null, "Chile", null, DelegationKind.MEMBER_STATE, true,
                    List.of())).join();
        }
        app = new RunningApp(store).start();
        Driving.openFirstMeeting(robot);
        Driving.shortcut(robot, KeyCode.CONTROL, KeyCode.N);
        Driving.waitUntil(() -> robot.lookup("#speaker").queryTextInputControl().isFocused());
        robot.write("Chi");
        robot.type(KeyCode.TAB);
        TextArea summary = robot.lookup("#summary").queryAs(TextArea.class);
        Driving.waitUntil(summary::isFocused);
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
        List<Entry> entries = app.context().meetings().join().loadMeeting(meetingId).join()
                .sessions().get(0).items().get(0).entries();
        return entries.isEmpty() ? null : entries.get(0).summary();
    }
}
