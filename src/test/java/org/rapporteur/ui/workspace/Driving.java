package org.rapporteur.ui.workspace;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** What the workspace tests do as a person would: open the first meeting, press shortcuts, wait for the UI. */
final class Driving {
    private Driving() {
    }

    /** From the list of meetings, opens the first one in the workspace and waits for its first session. */
    static void openFirstMeeting(FxRobot robot) throws TimeoutException {
        waitUntil(() -> robot.lookup("#meetingList .list-cell").tryQuery()
                .map(cell -> !((ListCell<?>) cell).isEmpty()).orElse(false));
        robot.clickOn((Node) robot.lookup("#meetingList .list-cell").query());
        waitUntil(() -> !robot.lookup("#openMeeting").queryButton().isDisabled());
        robot.clickOn("#openMeeting");
        waitUntil(() -> robot.lookup("#itemHeading").tryQuery().isPresent()
                && robot.lookup("#itemHeading").queryLabeled().getText().startsWith("Session 1"));
    }

    /** The showing window whose title ends so ("the chair\u2019s view", "the report"); null while there is none. */
    static javafx.stage.Window window(FxRobot robot, String titleEnd) {
        return robot.listWindows().stream().filter(w -> w instanceof javafx.stage.Stage s && s.isShowing()
                && s.getTitle() != null && s.getTitle().endsWith(titleEnd)).findFirst().orElse(null);
    }

    static void shortcut(FxRobot robot, KeyCode... keys) {
        robot.press(keys).release(keys);
    }

    static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition);
    }

    /** The same, saying what was seen instead when it does not happen. */
    static void waitUntil(Callable<Boolean> condition, java.util.function.Supplier<String> seen) throws TimeoutException {
        try {
            waitUntil(condition);
        } catch (TimeoutException e) {
            throw new AssertionError("waited 60 s; saw " + seen.get(), e);
        }
    }

    /** Types who asks for the floor into the focused field, and Enter; a second Enter in case the suggestions took the first. */
    static void request(FxRobot robot, String who) {
        robot.write(who);
        WaitForAsyncUtils.sleep(400, TimeUnit.MILLISECONDS);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.sleep(200, TimeUnit.MILLISECONDS);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
    }
}
