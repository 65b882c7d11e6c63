package org.rapporteur.ui.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.model.Meeting;
import org.rapporteur.service.SampleMeeting;
import org.testfx.api.FxRobot;

/**
 * One writer: a second window on a store another Rapporteur process holds says so in a sentence, changes
 * nothing, and lets the first keep working; once the first has closed, "Try again" opens the store.
 */
class SecondWindowTest {
    @TempDir
    Path store;

    private final FxRobot robot = new FxRobot();
    private RunningApp app;
    private Process first;

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            app.stop();
        }
        if (first != null && first.isAlive()) {
            first.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void theSecondWindowIsToldTheStoreIsOpenElsewhereAndTheFirstKeepsWorking() throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        first = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "-Dorg.jooq.no-logo=true",
                StoreHolder.class.getName(), store.toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        BufferedReader said = new BufferedReader(new InputStreamReader(first.getInputStream(), StandardCharsets.UTF_8));
        PrintStream ask = new PrintStream(first.getOutputStream(), true, StandardCharsets.UTF_8);
        assertTrue(said.readLine().startsWith("saved "), "the first window has the store");

        app = new RunningApp(store).start();
        ListView<?> meetings = robot.lookup("#meetingList").queryListView();
        Driving.waitUntil(() -> robot.lookup("#retryStore").tryQuery().map(Node::isVisible).orElse(false));
        String sentence = ((Label) robot.lookup("#meetingList .label").query()).getText();
        assertTrue(sentence.contains("This store is open in another Rapporteur window"), sentence);
        assertFalse(sentence.contains("Exception"), sentence);
        assertTrue(meetings.getItems().isEmpty());
        assertTrue(robot.lookup("#newMeeting").queryButton().isDisabled(), "nothing can be added to a store not opened");
        assertTrue(robot.lookup("#openSample").queryButton().isDisabled());

        ask.println("write");
        assertEquals("written", said.readLine(), "the first window keeps working");
        ask.println("quit");
        assertEquals("closed", said.readLine());
        assertTrue(first.waitFor(30, TimeUnit.SECONDS));

        robot.clickOn((Button) robot.lookup("#retryStore").query());
        Driving.waitUntil(() -> robot.lookup("#meetingList").queryListView().getItems().size() == 1);
        Meeting stored = app.context().meetings().join().loadMeeting(
                ((org.rapporteur.model.MeetingSummary) robot.lookup("#meetingList").queryListView().getItems().get(0)).id())
                .join();
        assertEquals(SampleMeeting.load().entries().count() + 1, stored.entries().count(),
                "the sample and the first window's one entry, nothing from the refused one");
    }
}
