package org.rapporteur.ui.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.model.Delegation;
import org.rapporteur.model.DelegationKind;
import org.rapporteur.model.Language;
import org.rapporteur.model.MeetingFacts;
import org.rapporteur.model.SharedLogin;
import org.rapporteur.model.Venue;
import org.rapporteur.service.Backend;
import org.rapporteur.service.Workers;
import org.rapporteur.store.SharedTestDatabase;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Two app windows share one meeting on a real PostgreSQL, each opened from the home screen's "Open shared meeting…"
 * with a login of its own — the secretariat's and the chair's — each with its own connections and change feed, as
 * two laptops would: the chair's workspace reads only, and follows the secretariat's speakers list live.
 */
class SharedWindowsTest {
    @TempDir
    Path temp;

    private final FxRobot robot = new FxRobot();
    private SharedTestDatabase db;
    private RunningApp app;

    @BeforeEach
    void prepare() throws TimeoutException {
        db = SharedTestDatabase.create();
        try (Backend owner = Backend.openShared(db.owner(), temp.resolve("owner"), Workers.sameThread(),
                Clock.systemDefaultZone())) {
            var edits = owner.edits();
            long meeting = edits.createMeeting(new MeetingFacts("Meeting of Government Experts", null, null, null, null,
                    new Venue("Santiago", "Chile"), LocalDate.of(2010, 11, 18), LocalDate.of(2010, 11, 19), Language.EN,
                    null), 1, 1).join();
            for (String name : List.of("Mexico", "Brazil")) {
                edits.addDelegation(meeting, new Delegation(null, name, null, DelegationKind.MEMBER_STATE, true, List.of()))
                        .join();
            }
        }
        app = new RunningApp(temp.resolve("laptop")).start();
    }

    @AfterEach
    void stop() throws TimeoutException {
        // The windows minimized here include the test JVM's one primary stage, which the next test's app uses.
        robot.interact(() -> robot.listWindows().forEach(w -> {
            if (w instanceof Stage s) {
                s.setIconified(false);
            }
        }));
        app.stop();
        db.close();
    }

    @Test
    void theChairsWindowReadsOnlyAndFollowsTheSecretariatsListLive() throws Exception {
        Stage secretariat = openShared(db.loginAs("rapporteur_secretariat"));
        Stage chair = openShared(db.loginAs("rapporteur_chair"));
        openFirstMeeting(secretariat);
        openFirstMeeting(chair);

        assertTrue(in(chair, "#sharedLabel", Labeled.class).getText().contains("chair (reads only)"),
                in(chair, "#sharedLabel", Labeled.class).getText());
        assertTrue(in(chair, "#requestField", Node.class).isDisabled(), "the chair cannot add to the list");
        assertTrue(in(chair, "#callNextButton", Node.class).isDisabled());
        assertTrue(in(secretariat, "#sharedLabel", Labeled.class).getText().contains("secretariat"));
        assertTrue(!in(secretariat, "#requestField", Node.class).isDisabled(), "the secretariat keeps the list");

        // The secretariat puts Mexico and Brazil on the list from the keyboard, in its own window.
        front(secretariat);
        robot.clickOn(in(secretariat, "#requestField", TextField.class));
        Driving.request(robot, "Mex");
        Driving.request(robot, "Bra");
        Driving.waitUntil(() -> waiting(secretariat).size() == 2, () -> waiting(secretariat).toString());
        long listed = System.nanoTime();
        Driving.waitUntil(() -> waiting(chair).equals(List.of("Mexico", "Brazil")), () -> waiting(chair).toString());
        long followedMillis = (System.nanoTime() - listed) / 1_000_000;
        assertTrue(followedMillis < 1_500, "the chair's list followed in " + followedMillis + " ms");
        System.out.println("the chair's window showed the secretariat's list " + followedMillis + " ms after it did");

        // The chair puts up the chair's view (F7), on the podium's screen.
        front(chair);
        robot.type(KeyCode.F7);
        Driving.waitUntil(() -> Driving.window(robot, "chair\u2019s view") != null);
        Window podium = Driving.window(robot, "chair\u2019s view");

        // F9 in the secretariat's window gives Mexico the floor; the chair's window and view show it.
        front(secretariat);
        robot.type(KeyCode.F9);
        Driving.waitUntil(() -> "Mexico".equals(in(chair, "#currentSpeaker", Labeled.class).getText()),
                () -> in(chair, "#currentSpeaker", Labeled.class).getText());
        assertEquals(List.of("Brazil"), waiting(chair));
        Driving.waitUntil(() -> in(podium, "#speaker", Labeled.class).getText().contains("Mexico"),
                () -> in(podium, "#speaker", Labeled.class).getText());
        Driving.waitUntil(() -> in(podium, "#next", ListView.class).getItems().toString().contains("Brazil"),
                () -> in(podium, "#next", ListView.class).getItems().toString());
        // F9 in the chair's window does nothing: the list is not the chair's.
        front(chair);
        robot.type(KeyCode.F9);
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
        assertEquals("Mexico", in(secretariat, "#currentSpeaker", Labeled.class).getText());
        assertEquals(List.of("Brazil"), waiting(secretariat));
    }

    /** Home's "Open shared meeting…", filled in and confirmed; the shared meeting's own window once it shows. */
    private Stage openShared(SharedLogin login) throws TimeoutException {
        Window home = mainWindow();
        List<Window> before = List.copyOf(robot.listWindows());
        front((Stage) home);
        robot.interact(() -> in(home, "#openShared", javafx.scene.control.Button.class).fire());
        Driving.waitUntil(() -> robot.lookup("#sharedDialog").tryQuery().isPresent());
        String[] server = SharedTestDatabase.server().split(":");
        robot.clickOn("#sharedServer").write(server[0] + ":" + server[1]);
        robot.clickOn("#sharedDatabase").write(db.name());
        robot.clickOn("#sharedUser").write(login.user());
        robot.clickOn("#sharedPassword").write(login.password());
        robot.clickOn("#sharedOpen");
        Driving.waitUntil(() -> robot.listWindows().stream().anyMatch(w -> !before.contains(w) && w instanceof Stage s
                && s.isShowing() && s.getScene() != null && s.getScene().lookup("#meetingList") != null),
                () -> robot.lookup("#sharedStatus").tryQuery().map(n -> ((Labeled) n).getText()).orElse("no dialog"));
        return (Stage) robot.listWindows().stream().filter(w -> !before.contains(w) && w instanceof Stage s && s.isShowing()
                && s.getScene().lookup("#meetingList") != null).findFirst().orElseThrow();
    }

    private Window mainWindow() {
        return robot.listWindows().stream().filter(w -> w instanceof Stage s && s.isShowing()
                && s.getScene().lookup("#openShared") != null && s.getScene().lookup("#openShared").isVisible())
                .findFirst().orElseThrow();
    }

    private void openFirstMeeting(Stage window) throws TimeoutException {
        front(window);
        Driving.waitUntil(() -> robot.from(root(window)).lookup("#meetingList .list-cell").tryQuery()
                .map(cell -> !((javafx.scene.control.ListCell<?>) cell).isEmpty()).orElse(false));
        // Through the controls themselves, not the mouse: the windows lie on top of each other on the test's screen.
        robot.interact(() -> in(window, "#meetingList", ListView.class).getSelectionModel().select(0));
        Driving.waitUntil(() -> !in(window, "#openMeeting", Node.class).isDisabled());
        robot.interact(() -> in(window, "#openMeeting", javafx.scene.control.Button.class).fire());
        Driving.waitUntil(() -> root(window).lookup("#itemHeading") instanceof Labeled heading
                && heading.getText().startsWith("Session 1"));
    }

    /**
     * Works in {@code window} as on its own laptop: the test's one screen shows only it (the others are minimized),
     * so clicks and keys reach it.
     */
    private void front(Stage window) {
        robot.interact(() -> {
            robot.listWindows().stream().filter(w -> w instanceof Stage s && s != window && s.isShowing())
                    .forEach(w -> ((Stage) w).setIconified(true));
            window.setIconified(false);
            window.toFront();
            window.requestFocus();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }


    @SuppressWarnings("unchecked")
    private List<String> waiting(Window window) {
        ListView<SpeakersViewModel.Row> list = in(window, "#waitingList", ListView.class);
        return list.getItems().stream().map(SpeakersViewModel.Row::speaker).toList();
    }

    private static Parent root(Window window) {
        return window.getScene().getRoot();
    }

    private <T> T in(Window window, String id, Class<T> type) {
        return type.cast(robot.from(root(window)).lookup(id).query());
    }
}
