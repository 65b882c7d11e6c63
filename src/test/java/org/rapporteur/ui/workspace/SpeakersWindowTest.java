package org.rapporteur.ui.workspace;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.service.TestBackends;
import org.rapporteur.model.AgendaItem;
import org.rapporteur.model.Delegation;
import org.rapporteur.model.DelegationKind;
import org.rapporteur.model.Entry;
import org.rapporteur.model.EntryKind;
import org.rapporteur.model.FloorRequestKind;
import org.rapporteur.model.Language;
import org.rapporteur.model.Meeting;
import org.rapporteur.model.MeetingFacts;
import org.rapporteur.model.Venue;
import org.rapporteur.service.Backend;
import org.rapporteur.service.Workers;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The speakers list driven from the keyboard: four requests with a point of order, a reorder, three calls,
 * the log that follows it, the chair's window, and a restart in the middle of a speech.
 */
class SpeakersWindowTest {
    @TempDir
    Path store;

    private final FxRobot robot = new FxRobot();
    private RunningApp app;
    private long meetingId;
    private long mexico;
    private long canada;
    private long kitts;

    @BeforeEach
    void prepare() throws TimeoutException {
        try (Backend backend = TestBackends.open(store, Workers.sameThread())) {
            var edits = backend.edits();
            meetingId = edits.createMeeting(new MeetingFacts("Meeting of Government Experts", null, null, null, null,
                    new Venue("Santiago", "Chile"), LocalDate.of(2010, 11, 18), LocalDate.of(2010, 11, 19), Language.EN,
                    null), 1, 1).join();
            mexico = add(edits, "Mexico");
            add(edits, "Brazil");
            canada = add(edits, "Canada");
            kitts = add(edits, "Saint Kitts and Nevis");
        }
        start();
    }

    private long add(org.rapporteur.service.EditService edits, String name) {
        return edits.addDelegation(meetingId, new Delegation(null, name, null, DelegationKind.MEMBER_STATE, true, List.of()))
                .join();
    }

    private void start() throws TimeoutException {
        app = new RunningApp(store).start();
    }

    @AfterEach
    void stop() throws TimeoutException {
        app.stop();
    }


    @SuppressWarnings("unchecked")
    private List<String> waiting() {
        ListView<SpeakersViewModel.Row> list = (ListView<SpeakersViewModel.Row>) (ListView<?>) robot.lookup("#waitingList")
                .queryListView();
        return list.getItems().stream().map(SpeakersViewModel.Row::speaker).toList();
    }

    private String label(String id) {
        return robot.lookup(id).queryLabeled().getText();
    }

    private AgendaItem stored() {
        var backend = app.context().backend().join();
        backend.edits().whenWritten().join();
        Meeting m = backend.meetings().loadMeeting(meetingId).join();
        return m.sessions().get(0).items().get(0);
    }

    private void callNext(String speaker) throws TimeoutException {
        robot.type(KeyCode.F9);
        Driving.waitUntil(() -> label("#currentSpeaker").equals(speaker), () -> label("#currentSpeaker"));
        Driving.waitUntil(() -> robot.lookup("#summary").query().isFocused());
    }

    @Test
    void theListIsDrivenFromTheKeyboardAndTheLogFollowsIt() throws Exception {
        Driving.openFirstMeeting(robot);

        Driving.shortcut(robot, KeyCode.CONTROL, KeyCode.DIGIT4);
        Driving.waitUntil(() -> robot.lookup("#requestField").query().isFocused());
        Driving.request(robot, "Mex");
        Driving.request(robot, "Bra");
        Driving.request(robot, "Can");
        robot.interact(() -> robot.lookup("#requestKind").<FloorRequestKind>queryComboBox().setValue(
                FloorRequestKind.POINT_OF_ORDER));
        Driving.request(robot, "Saint K");
        Driving.waitUntil(() -> waiting().size() == 4, () -> waiting() + " " + label("#speakersProblem"));
        assertEquals(List.of("Saint Kitts and Nevis", "Mexico", "Brazil", "Canada"), waiting(),
                "the point of order goes to the top");

        // Canada before Brazil: Alt+Up on the selected request.
        ListView<?> list = robot.lookup("#waitingList").queryListView();
        robot.clickOn(list);
        robot.interact(() -> list.getSelectionModel().select(3));
        robot.press(KeyCode.ALT).type(KeyCode.UP).release(KeyCode.ALT);
        Driving.waitUntil(() -> waiting().equals(List.of("Saint Kitts and Nevis", "Mexico", "Canada", "Brazil")),
                () -> waiting().toString());

        callNext("Saint Kitts and Nevis");
        callNext("Mexico");
        // The editor holds Mexico's entry: what is typed goes into it.
        assertEquals("Mexico", robot.lookup("#speaker").queryTextInputControl().getText());
        robot.write("Mexico supported the proposal.");
        WaitForAsyncUtils.sleep(600, TimeUnit.MILLISECONDS);
        callNext("Canada");
        assertEquals(List.of("Brazil"), waiting());

        AgendaItem item = stored();
        List<Entry> log = item.entries();
        assertAll(
                () -> assertEquals(List.of(kitts, mexico, canada), log.stream().map(Entry::delegationId).toList()),
                () -> assertEquals(List.of(EntryKind.POINT_OF_ORDER, EntryKind.STATEMENT, EntryKind.STATEMENT),
                        log.stream().map(Entry::kind).toList()),
                () -> assertEquals("Mexico supported the proposal.", log.get(1).summary()),
                () -> assertNotNull(log.get(0).startedAt()),
                () -> assertEquals(log.get(1).startedAt(), log.get(0).endedAt(), "one turn ends as the next begins"),
                () -> assertEquals(log.get(2).startedAt(), log.get(1).endedAt()),
                () -> assertNull(log.get(2).endedAt(), "Canada still has the floor"),
                () -> assertEquals(log.get(2).id(), item.speakers().stream()
                        .filter(r -> r.status() == org.rapporteur.model.FloorRequestStatus.SPEAKING).findFirst()
                        .orElseThrow().entryId(), "the request and the entry are the same record"));

        // The chair's window follows the list.
        robot.type(KeyCode.F7);
        Driving.waitUntil(() -> chairWindow() != null);
        Window chair = chairWindow();
        assertEquals("Canada", robot.from(chair.getScene().getRoot()).lookup("#speaker").queryLabeled().getText());
        ListView<?> next = robot.from(chair.getScene().getRoot()).lookup("#next").queryListView();
        assertEquals(1, next.getItems().size());
        assertEquals("Brazil", ((SpeakersViewModel.Row) next.getItems().get(0)).speaker());
        robot.targetWindow(robot.lookup("#entries").query().getScene().getWindow());

        // The statistics: each delegation's interventions, the point of order counted apart.
        robot.interact(() -> robot.lookup("#statisticsButton").queryButton().fire());
        Driving.waitUntil(() -> robot.lookup("#statisticsTable").tryQuery().isPresent());
        javafx.scene.control.TableView<?> table = robot.lookup("#statisticsTable").queryTableView();
        List<String> rows = table.getItems().stream().map(r -> (org.rapporteur.report.SpeakingStatistics.Row) r)
                .map(r -> r.speaker() + " " + r.interventions() + "/" + r.pointsOfOrder()).toList();
        assertEquals(List.of("Canada 1/0", "Mexico 1/0", "Saint Kitts and Nevis 0/1"), rows.stream().sorted().toList());

        // Exported to Excel: the same rows, and a total.
        Path sheet = store.resolve("statistics.xlsx");
        WorkspaceScreen.saveTarget = (owner, title, filter, extension, suggested) -> sheet;
        try {
            robot.interact(() -> robot.lookup("#statisticsExport").queryButton().fire());
            Driving.waitUntil(() -> label("#statisticsStatus").startsWith("The statistics were written"),
                    () -> label("#statisticsStatus"));
        } finally {
            WorkspaceScreen.saveTarget = SaveTarget.system();
        }
        try (var in = java.nio.file.Files.newInputStream(sheet);
             var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
            var first = book.getSheetAt(0);
            List<String> names = new java.util.ArrayList<>();
            for (int r = 1; r <= first.getLastRowNum(); r++) {
                names.add(first.getRow(r).getCell(0).getStringCellValue() + " "
                        + (int) first.getRow(r).getCell(1).getNumericCellValue() + "/"
                        + (int) first.getRow(r).getCell(2).getNumericCellValue());
            }
            assertEquals("Total 2/1", names.get(names.size() - 1));
            assertEquals(List.of("Canada 1/0", "Mexico 1/0", "Saint Kitts and Nevis 0/1"),
                    names.subList(0, names.size() - 1).stream().sorted().toList());
        }

        // In another language: the sheet's words and the delegations' names follow it.
        javafx.scene.control.ComboBox<?> language = robot.lookup("#statisticsLanguage").queryComboBox();
        assertEquals(org.rapporteur.model.Language.EN, language.getValue(), "the meeting's own language first");
        Path feuille = store.resolve("statistiques.xlsx");
        WorkspaceScreen.saveTarget = (owner, title, filter, extension, suggested) -> feuille;
        try {
            robot.clickOn(language);
            Driving.waitUntil(() -> robot.lookup(".combo-box-popup .list-cell").queryAllAs(javafx.scene.control.Labeled.class)
                    .stream().anyMatch(c -> "French".equals(c.getText())));
            robot.clickOn(robot.lookup(".combo-box-popup .list-cell").queryAllAs(javafx.scene.control.Labeled.class).stream()
                    .filter(c -> "French".equals(c.getText())).findFirst().orElseThrow());
            robot.interact(() -> robot.lookup("#statisticsExport").queryButton().fire());
            Driving.waitUntil(() -> java.nio.file.Files.exists(feuille) && label("#statisticsStatus").contains("statistiques"),
                    () -> label("#statisticsStatus"));
        } finally {
            WorkspaceScreen.saveTarget = SaveTarget.system();
        }
        try (var in = java.nio.file.Files.newInputStream(feuille);
             var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
            var first = book.getSheetAt(0);
            List<String> names = new java.util.ArrayList<>();
            for (int r = 1; r <= first.getLastRowNum(); r++) {
                names.add(first.getRow(r).getCell(0).getStringCellValue());
            }
            assertEquals("Statistiques des interventions", first.getSheetName());
            assertEquals("Motions d'ordre", first.getRow(0).getCell(2).getStringCellValue());
            assertEquals(List.of("Canada", "Mexique", "Saint-Kitts-et-Nevis", "Total"), names.stream().sorted().toList());
        }
    }

    private Window chairWindow() {
        return Driving.window(robot, "the chair\u2019s view");
    }

    @Test
    void closingAndReopeningMidSpeechKeepsTheListTheSpeakerAndTheClock() throws Exception {
        Driving.openFirstMeeting(robot);
        Driving.shortcut(robot, KeyCode.CONTROL, KeyCode.DIGIT4);
        Driving.waitUntil(() -> robot.lookup("#requestField").query().isFocused());
        Driving.request(robot, "Mex");
        Driving.request(robot, "Bra");
        Driving.waitUntil(() -> waiting().size() == 2, () -> waiting().toString());
        callNext("Mexico");
        // The clock's label ticks on a timer, which a loaded machine delays: wait for it to show two seconds.
        Driving.waitUntil(() -> seconds(label("#speakingClock")) >= 2, () -> label("#speakingClock"));
        String before = label("#speakingClock");

        stop();
        start();
        Driving.openFirstMeeting(robot);

        Driving.waitUntil(() -> label("#currentSpeaker").equals("Mexico"), () -> label("#currentSpeaker"));
        assertEquals(List.of("Brazil"), waiting());
        Driving.waitUntil(() -> !label("#speakingClock").isEmpty());
        String after = label("#speakingClock");
        assertTrue(seconds(after) >= seconds(before) && seconds(before) >= 2,
                () -> "the clock goes on from where it was: " + before + " then " + after);
    }

    private static int seconds(String clock) {
        String[] parts = clock.split(":");
        return Integer.parseInt(parts[0]) * 60 + Integer.parseInt(parts[1]);
    }
}
