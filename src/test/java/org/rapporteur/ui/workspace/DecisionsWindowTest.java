package org.rapporteur.ui.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
import org.rapporteur.model.Document;
import org.rapporteur.model.DocumentKind;
import org.rapporteur.model.Language;
import org.rapporteur.model.MeetingFacts;
import org.rapporteur.model.Person;
import org.rapporteur.model.Venue;
import org.rapporteur.service.Backend;
import org.rapporteur.service.DecisionList;
import org.rapporteur.service.Workers;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The seed's three elections and two adoptions, recorded from the keyboard; the report's sentences come out. */
class DecisionsWindowTest {
    @TempDir
    Path store;

    private final FxRobot robot = new FxRobot();
    private RunningApp app;

    @BeforeEach
    void prepare() throws TimeoutException {
        try (Backend backend = TestBackends.open(store, Workers.sameThread())) {
            var edits = backend.edits();
            long id = edits.createMeeting(new MeetingFacts("Meeting of Government Experts", null, null, null, null,
                    new Venue("Santiago", "Chile"), LocalDate.of(2010, 11, 18), LocalDate.of(2010, 11, 19), Language.EN,
                    null), 2, 1).join();
            for (Delegation d : List.of(state("Uruguay", null), state("Dominican Republic", "the Dominican Republic"),
                    state("Mexico", null), state("Guatemala", null), state("Colombia", null), state("Chile", null),
                    state("Canada", null), state("United States", "the United States"),
                    new Delegation(null, "Saint Kitts and Nevis", "St. Kitts and Nevis", DelegationKind.MEMBER_STATE, true,
                            List.of("St. Kitts and Nevis")))) {
                edits.addDelegation(id, d).join();
            }
            edits.addPerson(id, new Person(null, "Rodrigo Ubilla Mackenney", null, "Vice-Minister of the Interior of Chile",
                    null)).join();
            edits.addPerson(id, new Person(null, "Glen Linder", "Mr.", "Head of the Canadian Delegation", null)).join();
            edits.addPerson(id, new Person(null, "Jeremy Long", null, "Head of Delegation for the United States", null)).join();
            edits.addDocuments(id, List.of(
                    new Document(null, "MISPA-III/RE/doc. 2/10 Rev.1", "Draft Agenda", DocumentKind.WORKING_DOCUMENT),
                    new Document(null, "MISPA-III/RE/doc. 3/10 Rev. 3", "Draft Schedule", DocumentKind.WORKING_DOCUMENT)))
                    .join();
        }
        app = new RunningApp(store).start();
    }

    private static Delegation state(String name, String prose) {
        return new Delegation(null, name, prose, DelegationKind.MEMBER_STATE, true, List.of());
    }

    @AfterEach
    void stop() throws TimeoutException {
        app.stop();
    }

    /** TestFX writes text into its target window; a dialog is a window of its own. */
    private void typeIntoDialog() {
        robot.targetWindow(robot.lookup("#decisionDialog").query().getScene().getWindow());
    }

    /** Types into the focused field, lets the suggestions settle, and goes to the next field. */
    private void fill(String text) {
        if (!text.isEmpty()) {
            robot.write(text);
        }
        WaitForAsyncUtils.sleep(400, TimeUnit.MILLISECONDS);
        robot.type(KeyCode.TAB);
    }

    private void election(String office, String nominee, String by, String seconded) throws TimeoutException {
        Driving.shortcut(robot, KeyCode.CONTROL, KeyCode.E);
        Driving.waitUntil(() -> robot.lookup("#electionOffice").tryQuery().map(n -> n.isFocused()).orElse(false));
        typeIntoDialog();
        fill(office);
        fill(nominee);
        fill(by);
        fill(seconded);
        robot.type(KeyCode.ENTER);
        Driving.waitUntil(() -> robot.lookup("#decisionDialog").tryQuery().isEmpty());
        robot.targetWindow(robot.lookup("#entries").query().getScene().getWindow());
    }

    private void adoption(String document, boolean amended, String by, String request) throws TimeoutException {
        Driving.shortcut(robot, KeyCode.CONTROL, KeyCode.D);
        Driving.waitUntil(() -> robot.lookup("#adoptionDocument").tryQuery().map(n -> n.isFocused()).orElse(false));
        typeIntoDialog();
        fill(document);
        if (amended) {
            robot.type(KeyCode.DOWN);
        }
        robot.type(KeyCode.TAB);
        fill(by);
        robot.write(request);
        WaitForAsyncUtils.sleep(400, TimeUnit.MILLISECONDS);
        robot.type(KeyCode.ENTER);
        Driving.waitUntil(() -> robot.lookup("#decisionDialog").tryQuery().isEmpty());
        robot.targetWindow(robot.lookup("#entries").query().getScene().getWindow());
    }

    @SuppressWarnings("unchecked")
    private List<String> sentences() {
        ListView<?> list = robot.lookup("#decisions").queryListView();
        return ((ListView<DecisionList.Decision>) list).getItems().stream().map(DecisionList.Decision::sentence).toList();
    }

    @Test
    void theSeedsElectionsAndAdoptionsRecordedFromTheKeyboardReadAsTheReportWillPrintThem() throws Exception {
        Driving.openFirstMeeting(robot);

        // First letters and Tab, as the rapporteur types them.
        election("", "Rod", "Uru", "Domin");
        election("Vi", "Glen", "Mex", "Guat");
        election("Rap", "Jer", "St. K", "Colo");
        Driving.waitUntil(() -> sentences().size() == 3, () -> sentences() + ", problem line: "
                + robot.lookup("#problem").queryLabeled().getText());

        assertEquals(List.of(
                "The delegation of Uruguay nominated Rodrigo Ubilla Mackenney, Vice-Minister of the Interior of Chile, as the"
                        + " Chair of this meeting. The nomination was seconded by the delegation of the Dominican Republic and"
                        + " adopted by acclamation.",
                "The delegation of Mexico nominated Mr. Glen Linder, Head of the Canadian Delegation, as the Vice Chair of this"
                        + " meeting. The nomination was seconded by the delegation of Guatemala and adopted by acclamation.",
                "The delegation of St. Kitts and Nevis nominated Jeremy Long, Head of Delegation for the United States, as the"
                        + " Rapporteur of this meeting. The nomination was seconded by the delegation of Colombia and adopted by"
                        + " acclamation."), sentences());

        adoption("Agenda", false, "", "");
        adoption("Schedule", true, "St. K",
                "move the presentation and discussion on theme and topics for MISPA III from session six to session four");
        Driving.waitUntil(() -> sentences().size() == 5, () -> sentences().toString());
        assertEquals("Draft Agenda (MISPA-III/RE/doc. 2/10 Rev.1)", sentences().get(3));
        // The meeting's decisions panel lists all five, each with where it was taken.
        Driving.shortcut(robot, KeyCode.CONTROL, KeyCode.L);
        Driving.waitUntil(() -> robot.lookup("#allDecisions").tryQuery().isPresent());
        ListView<?> all = robot.lookup("#allDecisions").queryListView();
        assertEquals(5, all.getItems().size());
        assertEquals("Session 1", ((DecisionsModel.DecisionRow) all.getItems().get(0)).where());
        // Enter opens where the selected (first) decision was taken, and closes the panel.
        robot.type(KeyCode.ENTER);
        Driving.waitUntil(() -> robot.lookup("#allDecisionsDialog").tryQuery().isEmpty());
        assertEquals("Session 1", robot.lookup("#itemHeading").queryLabeled().getText());
        robot.targetWindow(robot.lookup("#entries").query().getScene().getWindow());
        assertEquals("Draft Schedule (MISPA-III/RE/doc. 3/10 Rev. 3) \u2014 The Draft Schedule was adopted after taking into"
                + " consideration a request on the part of the delegation of St. Kitts and Nevis to move the presentation and"
                + " discussion on theme and topics for MISPA III from session six to session four.", sentences().get(4));
    }
}
