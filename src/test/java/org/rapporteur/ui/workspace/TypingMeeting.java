package org.rapporteur.ui.workspace;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import org.rapporteur.service.TestBackends;
import org.rapporteur.model.Delegation;
import org.rapporteur.model.DelegationKind;
import org.rapporteur.model.Entry;
import org.rapporteur.model.Language;
import org.rapporteur.model.MeetingFacts;
import org.rapporteur.model.Venue;
import org.rapporteur.service.Backend;
import org.rapporteur.service.Workers;
import org.testfx.api.FxRobot;

/**
 * The smallest meeting to type into (two sessions, Chile present) and the rapporteur's first keys in it, for
 * the tests that break things while someone types: kills, full disks, hostile pastes.
 */
final class TypingMeeting {
    private TypingMeeting() {
    }

    /** Creates the meeting in the store folder (closed again afterwards); returns its id. */
    static long create(Path store) {
        try (Backend backend = TestBackends.open(store, Workers.sameThread())) {
            long meeting = backend.edits().createMeeting(new MeetingFacts("Meeting of Government Experts",
                    "Organization of American States", null, null, null, new Venue("Santiago", "Chile"),
                    LocalDate.of(2010, 11, 18), LocalDate.of(2010, 11, 19), Language.EN, null), 2, 1).join();
            backend.edits().addDelegation(meeting, new Delegation(null, "Chile", null, DelegationKind.MEMBER_STATE, true,
                    List.of())).join();
            return meeting;
        }
    }

    /** With the meeting open in the workspace: a new entry, Chile as the speaker, the cursor in the summary. */
    static TextArea startAnEntryByChile(FxRobot robot) throws TimeoutException {
        Driving.shortcut(robot, KeyCode.CONTROL, KeyCode.N);
        Driving.waitUntil(() -> robot.lookup("#speaker").queryTextInputControl().isFocused());
        robot.write("Chi");
        robot.type(KeyCode.TAB);
        TextArea summary = robot.lookup("#summary").queryAs(TextArea.class);
        Driving.waitUntil(summary::isFocused);
        return summary;
    }

    /** The first session's first entry's summary as the running app's store holds it; null while there is none. */
    static String storedSummary(RunningApp app, long meetingId) {
        List<Entry> entries = app.context().meetings().join().loadMeeting(meetingId).join()
                .sessions().get(0).items().get(0).entries();
        return entries.isEmpty() ? null : entries.get(0).summary();
    }
}
