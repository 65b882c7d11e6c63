package org.rapporteur.ui.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
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
import org.rapporteur.model.Entry;
import org.rapporteur.model.EntryKind;
import org.rapporteur.model.Language;
import org.rapporteur.model.Meeting;
import org.rapporteur.model.MeetingFacts;
import org.rapporteur.model.Venue;
import org.rapporteur.service.Backend;
import org.rapporteur.service.Workers;
import org.rapporteur.ui.AppContext;
import org.rapporteur.ui.RapporteurApp;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * The live workspace, driven from the keyboard through the real window on a real store, headless: log a
 * session's entries, reorder one, search, and find everything again after a restart.
 */
class WorkspaceWindowTest {
    @TempDir
    Path store;

    private final FxRobot robot = new FxRobot();
    private AppContext context;
    private Application app;
    private long meetingId;
    private final java.util.Map<Long, String> delegationNames = new java.util.HashMap<>();

    @BeforeEach
    void prepareMeeting() {
        // Prepared as the setup screen would leave it: delegations present, the secretariat's list of documents.
        try (Backend backend = TestBackends.open(store, Workers.sameThread())) {
            var edits = backend.edits();
            meetingId = edits.createMeeting(new MeetingFacts("Meeting of Government Experts", "Organization of American States",
                    null, null, null, new Venue("Santiago", "Chile"), LocalDate.of(2010, 11, 18), LocalDate.of(2010, 11, 19),
                    Language.EN, null), 2, 1).join();
            for (String name : List.of("Chile", "Colombia", "Brazil", "Canada", "Mexico")) {
                long id = edits.addDelegation(meetingId, new Delegation(null, name, null, DelegationKind.MEMBER_STATE, true,
                        List.of())).join();
                delegationNames.put(id, name);
            }
            edits.addDocuments(meetingId, List.of(
                    new Document(null, "MISPA-III/RE/INF.12/10", "Presentation by Chile: Safe Chile", DocumentKind.INFORMATION_DOCUMENT),
                    new Document(null, "MISPA-III/RE/INF.4/10", "Presentation by Colombia", DocumentKind.INFORMATION_DOCUMENT),
                    new Document(null, "MISPA-III/RE/INF.7/10", "Presentation by Mexico", DocumentKind.INFORMATION_DOCUMENT))).join();
        }
    }

    private void startApp(Workers workers) throws TimeoutException {
        FxToolkit.registerPrimaryStage();
        context = new AppContext(TestBackends.address(store), workers, Locale.ENGLISH, Platform::runLater);
        app = FxToolkit.setupApplication(() -> new RapporteurApp(context));
    }

    @AfterEach
    void stopApp() throws TimeoutException {
        if (app != null) {
            closeApp();
        }
    }

    private void closeApp() throws TimeoutException {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        context.close();
        app = null;
    }

    private void openWorkspace() throws TimeoutException {
        Driving.openFirstMeeting(robot);
    }

    private void shortcut(KeyCode... keys) {
        robot.press(keys).release(keys);
    }

    /** One entry as a rapporteur types it: first letters, Tab, the summary, Ctrl+Enter. */
    private void logEntry(String firstLetters, String summary) throws TimeoutException {
        Driving.waitUntil(() -> robot.lookup("#speaker").queryTextInputControl().isFocused());
        robot.write(firstLetters);
        robot.type(KeyCode.TAB);
        Driving.waitUntil(() -> robot.lookup("#summary").queryAs(TextArea.class).isFocused());
        robot.write(summary);
        shortcut(KeyCode.CONTROL, KeyCode.ENTER);
    }

    /** What the store holds, read through the running app's own services (the store is one process's). */
    private Meeting storedMeeting() {
        return app == null
                ? readClosedStore()
                : context.meetings().join().loadMeeting(meetingId).join();
    }

    private Meeting readClosedStore() {
        try (Backend backend = TestBackends.open(store, Workers.sameThread())) {
            return backend.meetings().loadMeeting(meetingId).join();
        }
    }

    private List<Entry> storedEntriesOfFirstSession() {
        return storedMeeting().sessions().get(0).items().get(0).entries();
    }

    @Test
    void fiveEntriesLoggedFromTheKeyboardReorderedAndSearchedAreAllThereAfterARestart() throws Exception {
        startApp(Workers.threads());
        openWorkspace();

        shortcut(KeyCode.CONTROL, KeyCode.N);
        logEntry("Chi", "Chile presented its four-year plan. It is holistic and evidence based.");
        logEntry("Col", "Colombia reviewed its legal framework. Homicide rates fell.");
        logEntry("Bra", "Brazil described PRONACE. It focuses on at-risk youth.");
        logEntry("Can", "Canada stressed oversight. Accountability builds public trust.");
        logEntry("Bra", "Brazil took the floor again to ask for a simple approach.");
        ListView<?> entries = robot.lookup("#entries").queryListView();
        // Five logged and the sixth, blank, waiting for the next speaker.
        Driving.waitUntil(() -> entries.getItems().size() == 6, () -> speakersInList(entries).toString());

        // Reorder: Canada's entry one place up, from the keyboard.
        shortcut(KeyCode.CONTROL, KeyCode.DIGIT2);
        robot.type(KeyCode.HOME).type(KeyCode.DOWN, 3);
        Driving.waitUntil(() -> entries.getSelectionModel().getSelectedIndex() == 3);
        shortcut(KeyCode.ALT, KeyCode.UP);
        Driving.waitUntil(() -> speakersInList(entries).equals(List.of("Chile", "Colombia", "Canada", "Brazil", "Brazil")),
                () -> speakersInList(entries) + " in the list, " + storedEntriesOfFirstSession().stream()
                        .map(e -> delegationNames.getOrDefault(e.delegationId(), "?") + ":" + e.summary()).toList() + " stored");

        // Search: Ctrl+F, a word, Enter; the hit opens the entry.
        shortcut(KeyCode.CONTROL, KeyCode.F);
        robot.write("PRONACE");
        robot.type(KeyCode.ENTER);
        ListView<?> hits = robot.lookup("#hits").queryListView();
        Driving.waitUntil(() -> hits.getItems().size() == 1);
        robot.type(KeyCode.DOWN);
        robot.type(KeyCode.ENTER);
        Driving.waitUntil(() -> entries.getSelectionModel().getSelectedItem() instanceof Entry e
                && e.summary() != null && e.summary().contains("PRONACE"));

        closeApp();
        List<Entry> stored = storedEntriesOfFirstSession();
        assertEquals(List.of("Chile presented its four-year plan. It is holistic and evidence based.",
                        "Colombia reviewed its legal framework. Homicide rates fell.",
                        "Canada stressed oversight. Accountability builds public trust.",
                        "Brazil described PRONACE. It focuses on at-risk youth.",
                        "Brazil took the floor again to ask for a simple approach."),
                stored.stream().map(Entry::summary).toList(), "the blank sixth entry was not kept");
        assertEquals(EntryKind.TOOK_FLOOR_AGAIN, stored.get(4).kind(), "Brazil's second turn is marked as such");
        assertTrue(stored.stream().allMatch(e -> e.startedAt() != null), "every entry is stamped with its time");

        startApp(Workers.threads());
        openWorkspace();
        Driving.waitUntil(() -> speakersInList(robot.lookup("#entries").queryListView())
                .equals(List.of("Chile", "Colombia", "Canada", "Brazil", "Brazil")));
    }

    @Test
    void aTypicalEntryTakesTheFirstLettersTabTheSummaryAndOneShortcut() throws Exception {
        startApp(Workers.threads());
        openWorkspace();
        shortcut(KeyCode.CONTROL, KeyCode.N);

        logEntry("Chi", "Chile presented Safe Chile. The plan has five elements.");

        // The entry is stored; behind it the next one waits, blank, for the next speaker.
        Driving.waitUntil(() -> !storedEntriesOfFirstSession().isEmpty() && storedEntriesOfFirstSession().get(0).summary() != null
                && !storedEntriesOfFirstSession().get(0).documentIds().isEmpty());
        Meeting m = storedMeeting();
        Entry logged = m.sessions().get(0).items().get(0).entries().get(0);
        assertEquals("Chile", m.delegation(logged.delegationId()).orElseThrow().name());
        assertEquals(List.of("MISPA-III/RE/INF.12/10"),
                logged.documentIds().stream().map(id -> m.document(id).orElseThrow().symbol()).toList(),
                "the document Chile presents is cited without a keystroke");
        assertEquals("Chile presented Safe Chile. The plan has five elements.", logged.summary());
    }

    @Test
    void aDeletedEntryComesBackWithUndoAndGoesAgainWithRedo() throws Exception {
        startApp(Workers.threads());
        openWorkspace();
        shortcut(KeyCode.CONTROL, KeyCode.N);
        logEntry("Mex", "Mexico described its strategy.");
        logEntry("Can", "Canada asked a question.");
        ListView<?> entries = robot.lookup("#entries").queryListView();
        Driving.waitUntil(() -> speakersInList(entries).equals(List.of("Mexico", "Canada")));

        shortcut(KeyCode.CONTROL, KeyCode.DIGIT2);
        robot.type(KeyCode.HOME);
        robot.type(KeyCode.DELETE);
        Driving.waitUntil(() -> speakersInList(entries).equals(List.of("Canada")));
        shortcut(KeyCode.CONTROL, KeyCode.Z);
        Driving.waitUntil(() -> speakersInList(entries).equals(List.of("Mexico", "Canada")));
        shortcut(KeyCode.CONTROL, KeyCode.Y);
        Driving.waitUntil(() -> speakersInList(entries).equals(List.of("Canada")));
        Driving.waitUntil(() -> storedEntriesOfFirstSession().stream().filter(e -> e.summary() != null)
                .map(Entry::summary).toList().equals(List.of("Canada asked a question.")));
    }

    @Test
    void everythingADelegationSaidIsOneFilterAway() throws Exception {
        startApp(Workers.threads());
        openWorkspace();
        shortcut(KeyCode.CONTROL, KeyCode.N);
        logEntry("Bra", "Brazil described PRONACE.");
        logEntry("Mex", "Mexico thanked Brazil for the presentation.");
        logEntry("Bra", "Brazil asked for a simple approach.");

        shortcut(KeyCode.CONTROL, KeyCode.F);
        robot.write("Brazil");
        robot.type(KeyCode.ENTER);
        ListView<?> hits = robot.lookup("#hits").queryListView();
        Driving.waitUntil(() -> hits.getItems().size() == 3);
        robot.clickOn("#speakerOnly");
        Driving.waitUntil(() -> hits.getItems().size() == 2);
    }

    @Test
    void f1ShowsTheShortcuts() throws Exception {
        startApp(Workers.threads());
        openWorkspace();
        robot.type(KeyCode.F1);
        Driving.waitUntil(() -> robot.lookup("#cheatSheet").tryQuery().isPresent());
        assertTrue(robot.lookup("Ctrl+Enter").tryQuery().isPresent(), "the sheet lists the finishing shortcut");
        robot.type(KeyCode.ESCAPE);
    }

    /** The speakers of the list's entries that have a summary, by their delegation's name. */
    @SuppressWarnings("unchecked")
    private List<String> speakersInList(ListView<?> list) {
        return ((ListView<Entry>) list).getItems().stream().filter(e -> e.summary() != null)
                .map(e -> delegationNames.getOrDefault(e.delegationId(), "?")).toList();
    }

}
