package org.rapporteur.ui.setup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.service.TestBackends;
import org.rapporteur.model.AgendaItem;
import org.rapporteur.model.Delegation;
import org.rapporteur.model.DelegationKind;
import org.rapporteur.model.Document;
import org.rapporteur.model.DocumentKind;
import org.rapporteur.model.Gender;
import org.rapporteur.model.Language;
import org.rapporteur.model.LocalName;
import org.rapporteur.model.Meeting;
import org.rapporteur.model.MeetingSummary;
import org.rapporteur.model.OasRoster;
import org.rapporteur.model.Part;
import org.rapporteur.model.Person;
import org.rapporteur.service.Backend;
import org.rapporteur.service.Workers;
import org.rapporteur.ui.AppContext;
import org.rapporteur.ui.RapporteurApp;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.NodeQueryUtils;
import org.testfx.util.WaitForAsyncUtils;

/** The setup of a new meeting, driven through the real window on a real store, headless. */
class SetupScreenTest {
    /** The member states present at the sample meeting (MISPA III's experts): 26 of the 35. */
    private static final Set<String> ATTENDANCE = Set.of("Antigua and Barbuda", "Argentina", "Bahamas", "Belize", "Bolivia",
            "Brazil", "Canada", "Chile", "Colombia", "Costa Rica", "Dominica", "Dominican Republic", "Ecuador", "El Salvador",
            "Grenada", "Guatemala", "Jamaica", "Mexico", "Nicaragua", "Panama", "Paraguay", "Peru", "Saint Kitts and Nevis",
            "Trinidad and Tobago", "United States", "Uruguay");
    private static final String TITLE = "Meeting of Experts on Public Security (MISPA III)";
    private static final String ITEM = "Draft agenda and schedule of the meeting";

    @TempDir
    Path storeFolder;
    @TempDir
    Path files;

    private AppContext context;
    private Application app;
    private final FxRobot robot = new FxRobot();
    private Path picked;

    @BeforeEach
    void openWindow() throws TimeoutException {
        SetupScreen.filePicker = (owner, title, filter) -> picked;
        start();
    }

    @AfterEach
    void closeWindow() throws TimeoutException {
        stop();
        SetupScreen.filePicker = FilePicker.system();
    }

    private void start() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
        context = new AppContext(TestBackends.address(storeFolder), Workers.threads(), Locale.ENGLISH, Platform::runLater);
        app = FxToolkit.setupApplication(() -> new RapporteurApp(context));
        waitUntil(() -> !robot.lookup("#newMeeting").queryButton().isDisabled());
    }

    private void stop() throws TimeoutException {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
            FxToolkit.cleanupStages();
            context.close();
            app = null;
        }
    }

    @Test
    void aMeetingSetUpThroughTheScreenIsAllThereAfterTheAppIsReopened() throws Exception {
        createMeeting();

        // Delegations: five states ticked with the mouse, the rest with the keyboard.
        List<Delegation> roster = OasRoster.memberStates();
        for (String state : List.of("Antigua and Barbuda", "Argentina", "Bahamas", "Belize", "Bolivia")) {
            robot.clickOn(rosterCell(state).getGraphic());
        }
        robot.clickOn(rosterCell("Brazil"));
        robot.type(KeyCode.SPACE);
        for (int i = roster.indexOf(rosterState("Brazil")) + 1; i < roster.size(); i++) {
            robot.type(KeyCode.DOWN);
            if (ATTENDANCE.contains(roster.get(i).name())) {
                robot.type(KeyCode.SPACE);
            }
        }
        waitUntil(() -> presentStates().size() == 26);
        assertEquals(ATTENDANCE, presentStates());
        assertEquals("26 of 35 present", robot.lookup("#presentCount").queryAs(Label.class).getText());

        robot.clickOn("#addDelegation");
        showing("#otherName");
        robot.clickOn("#otherName").write("AMERIPOL");
        chooseFromPopup("#otherKind", "International organization");
        robot.clickOn("#otherOk");
        waitUntil(() -> delegationRows().stream().anyMatch(d -> d.name().equals("AMERIPOL")));
        Delegation ameripol = delegationRows().stream().filter(d -> d.name().equals("AMERIPOL")).findFirst().orElseThrow();
        assertEquals(DelegationKind.INTERNATIONAL_ORGANIZATION, ameripol.kind());
        assertTrue(ameripol.present());

        // Participants: a list of five rows, one without a name.
        robot.clickOn("#participantsTab");
        picked = participantsList();
        robot.clickOn("#importParticipants");
        showing("#applyImport");
        assertEquals(4, robot.lookup("#previewRows").queryTableView().getItems().size());
        TableView<ImportPreview.Problem> problems = robot.lookup("#previewProblems").queryTableView();
        assertEquals(1, problems.getItems().size());
        assertEquals(4, problems.getItems().get(0).line(), "the row as the spreadsheet numbers it");
        assertEquals("This row has no name.", problems.getItems().get(0).why());
        List<ImportPreview.Line> rows = robot.lookup("#previewRows").<ImportPreview.Line>queryTableView().getItems();
        assertEquals("new delegation", rows.stream().filter(r -> r.first().contains("Nadia Clarke")).findFirst()
                .orElseThrow().note(), "a delegation the meeting does not have is marked");
        assertEquals("Add 4 participants", robot.lookup("#applyImport").queryButton().getText());
        robot.clickOn("#applyImport");
        waitUntil(() -> personRows().size() == 4);

        // Documents: a pasted list of three symbols.
        robot.clickOn("#documentsTab");
        robot.clickOn("#pasteDocuments");
        showing("#pasteArea");
        robot.clickOn("#pasteArea").write("MISPA-III/RE/doc.1/10").type(KeyCode.ENTER)
                .write("MISPA-III/RE/doc.2/10").type(KeyCode.ENTER)
                .write("MISPA-III/RE/INF.3/10");
        robot.clickOn("#pasteOk");
        showing("#applyImport");
        assertEquals(3, robot.lookup("#previewRows").queryTableView().getItems().size());
        robot.clickOn("#applyImport");
        waitUntil(() -> robot.lookup("#documentsTable").queryTableView().getItems().size() == 3);

        // Sessions and items: an agenda item for session 1, about the first document.
        robot.clickOn("#sessionsTab");
        robot.clickOn(treeCell("Session 1 "));
        robot.clickOn("#addItem");
        showing("#newItemTitle");
        robot.clickOn("#newItemTitle").write(ITEM);
        robot.clickOn("#newItemOk");
        waitUntil(() -> treeCellOrNull(ITEM) != null && ITEM.equals(robot.lookup("#itemTitle").queryTextInputControl().getText()));
        chooseFromPopup("#itemDocument", "MISPA-III/RE/doc.1/10");

        // The facts of a created meeting save themselves.
        robot.clickOn("#meetingTab");
        robot.clickOn("#factsCountry").write("Trinidad and Tobago");
        waitUntil(() -> robot.lookup("#savedLabel").queryAs(Label.class).getText().startsWith("Saved "));

        // Leaving writes what is still pending; then the app is closed and opened again.
        robot.clickOn("#backToMeetings");
        waitUntil(() -> robot.lookup("#meetingList").tryQuery().isPresent());
        stop();
        start();
        ListView<MeetingSummary> meetings = robot.lookup("#meetingList").queryListView();
        waitUntil(() -> meetings.getItems().size() == 1);
        assertEquals(TITLE, meetings.getItems().get(0).title());
        long id = meetings.getItems().get(0).id();
        stop();

        try (Backend backend = TestBackends.open(storeFolder, Workers.sameThread())) {
            Meeting m = backend.meetings().loadMeeting(id).join();
            assertEquals(LocalDate.of(2010, 11, 16), m.facts().startDate());
            assertEquals(LocalDate.of(2010, 11, 18), m.facts().endDate());
            assertEquals("Port of Spain", m.facts().venue().city());
            assertEquals("Trinidad and Tobago", m.facts().venue().country());
            assertEquals(6, m.sessions().size());
            assertEquals(ATTENDANCE, m.presentDelegations().stream().filter(d -> d.kind() == DelegationKind.MEMBER_STATE)
                    .map(Delegation::name).collect(Collectors.toSet()));
            Delegation storedAmeripol = m.delegations().stream().filter(d -> d.name().equals("AMERIPOL")).findFirst()
                    .orElseThrow();
            assertEquals(DelegationKind.INTERNATIONAL_ORGANIZATION, storedAmeripol.kind());

            assertEquals(List.of("Juan Pérez", "Jane Smith", "Nadia Clarke", "Carlos Ruiz"),
                    m.persons().stream().map(Person::name).toList());
            Person ruiz = m.persons().stream().filter(p -> p.name().equals("Carlos Ruiz")).findFirst().orElseThrow();
            assertEquals(storedAmeripol.id(), ruiz.delegationId(), "a participant of AMERIPOL belongs to its delegation");
            Person perez = m.persons().stream().filter(p -> p.name().equals("Juan Pérez")).findFirst().orElseThrow();
            assertEquals("Mr.", perez.honorific());
            assertEquals("Argentina", m.delegation(perez.delegationId()).orElseThrow().name());
            Person clarke = m.persons().stream().filter(p -> p.name().equals("Nadia Clarke")).findFirst().orElseThrow();
            Delegation impacs = m.delegation(clarke.delegationId()).orElseThrow();
            assertEquals("CARICOM IMPACS", impacs.name());
            assertEquals(DelegationKind.OBSERVER, impacs.kind());

            assertEquals(List.of("MISPA-III/RE/doc.1/10", "MISPA-III/RE/doc.2/10", "MISPA-III/RE/INF.3/10"),
                    m.documents().stream().map(Document::symbol).toList());
            assertEquals(DocumentKind.INFORMATION_DOCUMENT, m.documents().get(2).kind());

            Part first = m.sessions().get(0);
            AgendaItem item = first.items().stream().filter(i -> ITEM.equals(i.title())).findFirst().orElseThrow();
            assertEquals(m.documents().get(0).id(), item.documentId(), "the item is about the document chosen");
        }
    }

    @Test
    void aParticipantsGenderAndADelegationsNamesByLanguageAreSetOnTheirTabsAndStored() throws Exception {
        createMeeting();
        showing("#addDelegation");
        robot.clickOn("#addDelegation");
        showing("#otherName");
        robot.clickOn("#otherName").write("Holy See");
        chooseFromPopup("#otherKind", "Observer");
        robot.clickOn("#otherOk");
        waitUntil(() -> delegationRows().stream().anyMatch(d -> d.name().equals("Holy See")));

        robot.clickOn(tableCell("#delegationsTable", "Holy See"));
        robot.clickOn("#editNames");
        showing("#namesName_es");
        assertEquals("Santa Sede", robot.lookup("#namesName_es").queryTextInputControl().getPromptText(),
                "the name the report gives without one of its own, in grey");
        assertEquals("le Saint-Siège", robot.lookup("#namesProse_fr").queryTextInputControl().getPromptText());
        robot.clickOn("#namesName_es").write("Sede Apostólica");
        robot.clickOn("#namesProse_es").write("la Sede Apostólica");
        robot.clickOn("#namesOk");
        waitUntil(() -> delegationRows().stream().anyMatch(d -> !d.names().isEmpty()));
        tableCell("#delegationsTable", "es: Sede Apostólica");

        robot.clickOn("#participantsTab");
        robot.clickOn("#addPerson");
        showing("#personName");
        robot.clickOn("#personName").write("Ana Pérez");
        chooseFromPopup("#personGender", "Feminine");
        robot.clickOn("#personOk");
        waitUntil(() -> personRows().size() == 1);
        tableCell("#personsTable", "Feminine");
        stop();

        try (Backend backend = TestBackends.open(storeFolder, Workers.sameThread())) {
            long id = backend.meetings().listMeetings().join().getFirst().id();
            Meeting m = backend.meetings().loadMeeting(id).join();
            Delegation holySee = m.delegations().stream().filter(d -> d.name().equals("Holy See")).findFirst().orElseThrow();
            assertEquals(java.util.Map.of(Language.ES, new LocalName("Sede Apostólica", "la Sede Apostólica")), holySee.names());
            assertEquals(Gender.FEMININE, m.persons().getFirst().gender());
        }
    }

    @Test
    void aListThatIsNoSpreadsheetShowsItsSentenceAndAddsNothing() throws Exception {
        createMeeting();
        robot.clickOn("#participantsTab");
        picked = files.resolve("participants.xlsx");
        Files.writeString(picked, "<html>This is a web page saved under the wrong name.</html>");
        robot.clickOn("#importParticipants");
        showing("#cancelImport");

        String said = robot.lookup("#previewFailure").queryAs(Label.class).getText();
        assertTrue(said.contains("participants.xlsx"), said);
        assertFalse(said.contains("Exception"), "a sentence, not a stack trace: " + said);
        assertFalse(robot.lookup("#applyImport").tryQuery().isPresent(), "there is nothing to add");
        robot.clickOn("#cancelImport");
        assertTrue(personRows().isEmpty());
    }

    @Test
    void untickingAStateMarksItAbsentAndKeepsIt() throws Exception {
        createMeeting();
        robot.clickOn(rosterCell("Chile").getGraphic());
        waitUntil(() -> presentStates().equals(Set.of("Chile")));
        robot.clickOn(rosterCell("Chile").getGraphic());
        waitUntil(() -> presentStates().isEmpty());
        Delegation chile = delegationRows().stream().filter(d -> d.name().equals("Chile")).findFirst().orElseThrow();
        assertFalse(chile.present(), "absent, and still in the meeting for entries that name it");
    }

    @Test
    void deletingAParticipantAsksFirstAndCancellingKeepsThem() throws Exception {
        createMeeting();
        robot.clickOn("#participantsTab");
        robot.clickOn("#addPerson");
        showing("#personName");
        robot.clickOn("#personName").write("Jane Smith");
        robot.clickOn("#personOk");
        waitUntil(() -> personRows().size() == 1);

        robot.clickOn(tableCell("#personsTable", "Jane Smith"));
        robot.clickOn("#deletePerson");
        showing("#confirmNo");
        robot.clickOn("#confirmNo");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, personRows().size());

        robot.clickOn("#deletePerson");
        showing("#confirmYes");
        robot.clickOn("#confirmYes");
        waitUntil(() -> personRows().isEmpty());
    }

    @Test
    void aSessionAddedIsNumberedNextAndDeletingItAsksFirst() throws Exception {
        createMeeting();
        robot.clickOn("#sessionsTab");
        treeCell("Session 6 ");
        robot.clickOn("#addSession");
        waitUntil(() -> treeCellOrNull("Session 7 ") != null
                && robot.lookup("#detailHeading").queryAs(Label.class).getText().startsWith("Session 7 "));
        robot.clickOn("#deletePart");
        showing("#confirmYes");
        robot.clickOn("#confirmYes");
        waitUntil(() -> treeCellOrNull("Session 7 ") == null);
        assertNotNull(treeCellOrNull("Session 6 "), "only the session selected is deleted");
    }

    @Test
    void ctrlEnterGoesOnToTheWorkspaceOnlyOnceTheMeetingExists() throws Exception {
        robot.clickOn("#newMeeting");
        waitUntil(() -> robot.lookup("#factsTitle").tryQuery().isPresent());
        robot.clickOn("#factsTitle").write(TITLE);
        robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#setupRoot").tryQuery().isPresent(), "a meeting not yet created has no workspace");

        robot.clickOn("#createMeeting");
        TabPane tabs = robot.lookup("#setupTabs").queryAs(TabPane.class);
        waitUntil(() -> "delegationsTab".equals(tabs.getSelectionModel().getSelectedItem().getId()));
        robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#setupRoot").tryQuery().isEmpty());
    }

    // --- steps and lookups -------------------------------------------------------------------------------------

    /** From the first window: a new meeting with a title, a city and dates, created with its button. */
    private void createMeeting() throws TimeoutException {
        robot.clickOn("#newMeeting");
        waitUntil(() -> robot.lookup("#factsTitle").tryQuery().isPresent());
        Button create = robot.lookup("#createMeeting").queryButton();
        assertTrue(create.isDisabled(), "no meeting without a title");
        robot.clickOn("#factsTitle").write(TITLE);
        robot.clickOn("#factsCity").write("Port of Spain");
        robot.clickOn("#factsStart").write("2010-11-16").type(KeyCode.TAB);
        robot.clickOn("#factsEnd").write("2010-11-15").type(KeyCode.TAB);
        waitUntil(() -> robot.lookup("#datesProblem").queryAs(Label.class).isVisible());
        assertTrue(create.isDisabled(), "no meeting that ends before it starts");
        robot.doubleClickOn("#factsEnd").eraseText(12).write("2010-11-18").type(KeyCode.TAB);
        waitUntil(() -> !create.isDisabled());
        robot.clickOn("#createMeeting");
        TabPane tabs = robot.lookup("#setupTabs").queryAs(TabPane.class);
        waitUntil(() -> "delegationsTab".equals(tabs.getSelectionModel().getSelectedItem().getId()));
    }

    private Path participantsList() throws IOException {
        Path file = files.resolve("participants.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = book.createSheet("Participants");
            String[][] rows = {
                {"Name", "Title", "Delegation"},
                {"Mr. Juan Pérez", "Minister of Security", "Argentina"},
                {"Ms. Jane Smith", "Director of Policing", "Canada"},
                {"", "Adviser", "Chile"},
                {"Ms. Nadia Clarke", "Executive Director", "CARICOM IMPACS"},
                {"Mr. Carlos Ruiz", "Head of Division", "AMERIPOL"},
            };
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    if (!rows[r][c].isEmpty()) {
                        row.createCell(c).setCellValue(rows[r][c]);
                    }
                }
            }
            book.write(out);
        }
        return file;
    }

    private void chooseFromPopup(String combo, String choice) throws TimeoutException {
        robot.clickOn(combo);
        waitUntil(() -> popupCell(choice) != null);
        robot.clickOn(popupCell(choice));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Node popupCell(String text) {
        return robot.lookup(".combo-box-popup .list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> c.getText() != null && c.getText().startsWith(text) && c.isVisible()).findFirst().orElse(null);
    }

    /** The roster's line for a state, once the list has laid it out. */
    private ListCell<?> rosterCell(String state) throws TimeoutException {
        waitUntil(() -> rosterCellOrNull(state) != null);
        return rosterCellOrNull(state);
    }

    private ListCell<?> rosterCellOrNull(String state) {
        return robot.lookup("#roster .list-cell").queryAllAs(ListCell.class).stream()
                // A cell the list keeps aside, out of its scene, is not one to click.
                .filter(c -> state.equals(c.getText()) && c.getGraphic() != null && c.getGraphic().getScene() != null)
                .findFirst().orElse(null);
    }

    private static Delegation rosterState(String name) {
        return OasRoster.memberStates().stream().filter(d -> d.name().equals(name)).findFirst().orElseThrow();
    }

    private List<Delegation> delegationRows() {
        return List.copyOf(robot.lookup("#delegationsTable").<Delegation>queryTableView().getItems());
    }

    private Set<String> presentStates() {
        return delegationRows().stream().filter(d -> d.kind() == DelegationKind.MEMBER_STATE && d.present())
                .map(Delegation::name).collect(Collectors.toSet());
    }

    private List<Person> personRows() {
        return List.copyOf(robot.lookup("#personsTable").<Person>queryTableView().getItems());
    }

    private Node treeCell(String startOfLabel) throws TimeoutException {
        waitUntil(() -> treeCellOrNull(startOfLabel) != null);
        return treeCellOrNull(startOfLabel);
    }

    private TreeCell<?> treeCellOrNull(String startOfLabel) {
        TreeView<?> tree = robot.lookup("#partsTree").queryAs(TreeView.class);
        assertNotNull(tree);
        return robot.lookup("#partsTree .tree-cell").queryAllAs(TreeCell.class).stream()
                .filter(c -> c.getText() != null && c.getText().startsWith(startOfLabel)).findFirst().orElse(null);
    }

    /** Waits until a node (in a dialog, say) is on the screen, to be clicked. */
    private void showing(String query) throws TimeoutException {
        waitUntil(() -> robot.lookup(query).match(NodeQueryUtils.isVisible()).tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Node tableCell(String table, String text) throws TimeoutException {
        waitUntil(() -> tableCellOrNull(table, text) != null);
        return tableCellOrNull(table, text);
    }

    private TableCell<?, ?> tableCellOrNull(String table, String text) {
        return robot.lookup(table + " .table-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> text.equals(c.getText())).findFirst().orElse(null);
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
    }
}
