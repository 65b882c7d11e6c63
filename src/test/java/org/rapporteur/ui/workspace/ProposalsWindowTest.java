package org.rapporteur.ui.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.service.TestBackends;
import org.rapporteur.model.Delegation;
import org.rapporteur.model.DelegationKind;
import org.rapporteur.model.Language;
import org.rapporteur.model.MeetingFacts;
import org.rapporteur.model.Person;
import org.rapporteur.model.Proposal;
import org.rapporteur.model.ProposalOutcome;
import org.rapporteur.model.Stance;
import org.rapporteur.model.Venue;
import org.rapporteur.service.Backend;
import org.rapporteur.service.DecisionList;
import org.rapporteur.service.Workers;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The fourth session's proposal recorded from the keyboard with the positions delegations took; then a sentence
 * put in the rapporteur's own words, and the proposal changed without losing them.
 */
class ProposalsWindowTest {
    private static final String ITEM = "Development of a System of Connectivity and Monitoring of Police Management";

    @TempDir
    Path store;

    private final FxRobot robot = new FxRobot();
    private RunningApp app;
    private long meetingId;

    @BeforeEach
    void prepare() throws TimeoutException {
        try (Backend backend = TestBackends.open(store, Workers.sameThread())) {
            var edits = backend.edits();
            meetingId = edits.createMeeting(new MeetingFacts("Meeting of Government Experts", null, null, null, null,
                    new Venue("Santiago", "Chile"), LocalDate.of(2010, 11, 18), LocalDate.of(2010, 11, 19), Language.EN,
                    null), 1, 1).join();
            for (String name : List.of("Trinidad and Tobago", "Mexico", "Brazil", "Uruguay", "Canada")) {
                edits.addDelegation(meetingId, new Delegation(null, name, null, DelegationKind.MEMBER_STATE, true, List.of()))
                        .join();
            }
            edits.addPerson(meetingId, new Person(null, "Ronald Maunday", "General",
                    "Commissioner of Police of Trinidad and Tobago", null)).join();
        }
        app = new RunningApp(store).start();
    }

    @AfterEach
    void stop() throws TimeoutException {
        app.stop();
    }

    private void into(String dialogId) {
        robot.targetWindow(robot.lookup(dialogId).query().getScene().getWindow());
    }

    private void backToTheWindow() {
        robot.targetWindow(robot.lookup("#entries").query().getScene().getWindow());
    }

    /** Types into the focused field, lets the suggestions settle, and goes to the next field. */
    private void fill(String text) {
        if (!text.isEmpty()) {
            robot.write(text);
        }
        WaitForAsyncUtils.sleep(400, TimeUnit.MILLISECONDS);
        robot.type(KeyCode.TAB);
    }

    /** One row of positions: delegation, position and note, Tab between them; seconders if any; Enter adds it. */
    private void position(String delegation, String stance, String note, String secondedBy) {
        fill(delegation);
        fill(stance);
        robot.write(note);
        if (!secondedBy.isEmpty()) {
            robot.type(KeyCode.TAB);
            robot.write(secondedBy);
            WaitForAsyncUtils.sleep(400, TimeUnit.MILLISECONDS);
        }
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.sleep(200, TimeUnit.MILLISECONDS);
    }

    @SuppressWarnings("unchecked")
    private List<DecisionList.Decision> decisions() {
        ListView<?> list = robot.lookup("#decisions").queryListView();
        return List.copyOf(((ListView<DecisionList.Decision>) list).getItems());
    }

    private List<String> sentences() {
        return decisions().stream().map(DecisionList.Decision::sentence).toList();
    }

    /** The proposal as the store holds it, read through the window's own backend once its writes are done. */
    private Proposal stored() {
        var backend = app.context().backend().join();
        backend.edits().whenWritten().join();
        return backend.meetings().loadMeeting(meetingId).join().items()
                .flatMap(i -> i.proposals().stream()).findFirst().orElseThrow();
    }

    @Test
    void theProposalAndEachPositionAreRecordedFromTheKeyboardAndReadAsTheReportWillPrintThem() throws Exception {
        Driving.openFirstMeeting(robot);

        Driving.shortcut(robot, KeyCode.CONTROL, KeyCode.P);
        Driving.waitUntil(() -> robot.lookup("#proposalProposer").tryQuery().map(n -> n.isFocused()).orElse(false));
        into("#decisionDialog");
        fill("Trin");
        fill("Ron");
        fill("Police Management (Pillar III) as the theme of MISPA III");
        robot.write("Focusing the next ministerial on Pillar III.");
        robot.type(KeyCode.TAB);
        position("Mex", "sup", "a very positive step", "");
        position("Mex", "asks", ITEM, "Trin");
        position("Bra", "need", "would need time to consult", "");
        position("Uru", "has", "concepts of a political character", "");
        ListView<?> typed = robot.lookup("#proposalPositions").queryListView();
        assertEquals(4, typed.getItems().size(), () -> robot.lookup("#positionProblem").queryLabeled().getText());
        // Out of the (empty) row to the outcome: Forwarded, then the outcome in the rapporteur's words.
        for (int i = 0; i < 4; i++) {
            robot.type(KeyCode.TAB);
        }
        robot.type(KeyCode.DOWN);
        robot.type(KeyCode.TAB);
        robot.write("forwarded to the Committee on Hemispheric Security to begin negotiating the documents for MISPA III");
        robot.type(KeyCode.ENTER);
        Driving.waitUntil(() -> robot.lookup("#decisionDialog").tryQuery().isEmpty());
        backToTheWindow();
        Driving.waitUntil(() -> decisions().size() == 5, () -> sentences() + ", problem line: "
                + robot.lookup("#problem").queryLabeled().getText());

        assertEquals(List.of(
                "The delegation of Mexico expressed its support for the proposal of Trinidad and Tobago.",
                "The delegation of Mexico asked that \u201c" + ITEM + "\u201d also be included as an item on the agenda."
                        + " Trinidad and Tobago seconded this request.",
                "The delegation of Brazil needed time to consult within its government.",
                "The delegation of Uruguay expressed concerns about the proposal.",
                "The proposal of Trinidad and Tobago was forwarded to the Committee on Hemispheric Security to begin"
                        + " negotiating the documents for MISPA III."), sentences());
        Proposal proposal = stored();
        assertEquals(List.of(Stance.SUPPORTS, Stance.ASKS_TO_ADD_ITEM, Stance.NEEDS_TO_CONSULT, Stance.HAS_CONCERNS),
                proposal.positions().stream().map(p -> p.stance()).toList());
        assertEquals("Focusing the next ministerial on Pillar III.", proposal.summary());
        assertTrue(proposal.presenterId() != null, "the presenter is the person typed");
        assertEquals(ProposalOutcome.FORWARDED, proposal.outcome());

        // F2 on the outcome: the rapporteur's own words; the row says so and the store keeps them.
        robot.clickOn("#decisions");
        ListView<?> list = robot.lookup("#decisions").queryListView();
        robot.interact(() -> list.getSelectionModel().select(4));
        robot.type(KeyCode.F2);
        Driving.waitUntil(() -> robot.lookup("#ownWords").tryQuery().map(n -> n.isFocused()).orElse(false));
        into("#ownWordsDialog");
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.write("The plenary agreed to forward the proposal to the Committee on Hemispheric Security.");
        Driving.shortcut(robot, KeyCode.CONTROL, KeyCode.ENTER);
        Driving.waitUntil(() -> robot.lookup("#ownWordsDialog").tryQuery().isEmpty());
        backToTheWindow();
        Driving.waitUntil(() -> decisions().size() == 5 && decisions().get(4).overridden(), () -> sentences().toString());
        assertEquals("The plenary agreed to forward the proposal to the Committee on Hemispheric Security.",
                stored().proseOverride());

        // Enter on a position opens the proposal again; one more position, and the own words stay.
        robot.interact(() -> list.getSelectionModel().select(0));
        robot.type(KeyCode.ENTER);
        Driving.waitUntil(() -> robot.lookup("#positionDelegation").tryQuery().map(n -> n.isFocused()).orElse(false));
        into("#decisionDialog");
        position("Can", "sup", "in support of focusing on one pillar", "");
        robot.type(KeyCode.ENTER);
        Driving.waitUntil(() -> robot.lookup("#decisionDialog").tryQuery().isEmpty());
        backToTheWindow();
        Driving.waitUntil(() -> decisions().size() == 6, () -> sentences().toString());
        assertEquals("The delegation of Canada expressed its support for the proposal of Trinidad and Tobago.",
                sentences().get(4));
        assertTrue(decisions().get(5).overridden(), "the outcome is still in the rapporteur's words");
        assertEquals(5, stored().positions().size());
    }
}
