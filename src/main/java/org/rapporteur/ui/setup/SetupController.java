package org.rapporteur.ui.setup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.event.EventHandler;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.stage.WindowEvent;
import javafx.util.Duration;
import org.controlsfx.control.StatusBar;
import org.rapporteur.ui.Shell;
import org.rapporteur.ui.UiText;

/**
 * The frame of the setup screen: the way back, the way on to the workspace, the tabs and the status line.
 * Each tab is its own FXML with its own controller; this one loads them and lets them save before leaving.
 */
public final class SetupController {
    private static final KeyCombination TO_WORKSPACE = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);
    private static final List<KeyCode> TAB_KEYS = List.of(KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4,
            KeyCode.DIGIT5);

    private final SetupViewModel model;
    private final Shell shell;
    private final UiText texts;
    private final FilePicker files;
    /** What each tab still has to write (a change typed less than a moment ago), run before leaving. */
    private final List<Runnable> flushes = new ArrayList<>();
    /** The main list or field of each tab, where its shortcut puts the keyboard. */
    private final Map<Tab, Supplier<Node>> firsts = new HashMap<>();

    @FXML
    private BorderPane setupRoot;
    @FXML
    private Button backToMeetings;
    @FXML
    private Label setupHeading;
    @FXML
    private Label savedLabel;
    @FXML
    private Button goToWorkspace;
    @FXML
    private TabPane setupTabs;
    @FXML
    private Tab meetingTab;
    @FXML
    private Tab delegationsTab;
    @FXML
    private Tab participantsTab;
    @FXML
    private Tab documentsTab;
    @FXML
    private Tab sessionsTab;
    @FXML
    private StatusBar setupStatus;
    @FXML
    private MenuButton languageMenu;

    SetupController(SetupViewModel model, Shell shell, FilePicker files) {
        this.model = model;
        this.shell = shell;
        this.texts = shell.context().texts();
        this.files = files;
    }

    @FXML
    private void initialize() {
        SetupDialogs dialogs = new SetupDialogs(texts, shell, () -> setupRoot.getScene().getWindow());
        MeetingTabController meeting = new MeetingTabController(model, texts, () -> showTab(delegationsTab));
        meetingTab.setContent(shell.load("/fxml/setup-meeting.fxml", meeting));
        flushes.add(meeting::flush);
        firsts.put(meetingTab, meeting::first);
        DelegationsController delegations = new DelegationsController(model.delegations(), texts, dialogs);
        delegationsTab.setContent(shell.load("/fxml/setup-delegations.fxml", delegations));
        firsts.put(delegationsTab, delegations::first);
        ParticipantsController participants = new ParticipantsController(model.participants(), texts, dialogs, files);
        participantsTab.setContent(shell.load("/fxml/setup-participants.fxml", participants));
        firsts.put(participantsTab, participants::first);
        DocumentsController documents = new DocumentsController(model.documents(), texts, dialogs, files);
        documentsTab.setContent(shell.load("/fxml/setup-documents.fxml", documents));
        firsts.put(documentsTab, documents::first);
        SessionsController sessions = new SessionsController(model.sessions(), texts, dialogs);
        sessionsTab.setContent(shell.load("/fxml/setup-sessions.fxml", sessions));
        flushes.add(sessions::flush);
        firsts.put(sessionsTab, sessions::first);

        // Until a new meeting is created, only its facts can be set.
        for (Tab tab : List.of(delegationsTab, participantsTab, documentsTab, sessionsTab)) {
            tab.disableProperty().bind(model.meetingIdProperty().isNull());
        }
        // Only the tab shown is in the scene: a hidden tab's mnemonics would otherwise compete with the shown one's
        // (JavaFX looks up Alt+T among "_Title" and "Da_te" by case before it checks which one can be seen).
        Map<Tab, Node> contents = new HashMap<>();
        setupTabs.getTabs().forEach(tab -> contents.put(tab, tab.getContent()));
        setupTabs.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            setupTabs.getTabs().forEach(tab -> tab.setContent(tab == now ? contents.get(tab) : null));
            Platform.runLater(() -> dropEmptyMnemonics(setupRoot.getScene()));
        });
        setupTabs.getTabs().forEach(tab -> tab.setContent(tab.isSelected() ? contents.get(tab) : null));
        setupRoot.sceneProperty().addListener((obs, old, now) -> {
            Scene scene = now != null ? now : old;
            Platform.runLater(() -> dropEmptyMnemonics(scene));
        });
        // Closing the window must not lose what was typed a moment ago: write it before the store is closed.
        EventHandler<WindowEvent> closing = e -> flushes.forEach(Runnable::run);
        setupRoot.sceneProperty().flatMap(Scene::windowProperty).addListener((obs, old, now) -> {
            if (old != null) {
                old.removeEventHandler(WindowEvent.WINDOW_CLOSE_REQUEST, closing);
            }
            if (now != null) {
                now.addEventHandler(WindowEvent.WINDOW_CLOSE_REQUEST, closing);
            }
        });
        goToWorkspace.disableProperty().bind(model.meetingIdProperty().isNull());
        setupHeading.textProperty().bind(model.headingProperty());
        savedLabel.textProperty().bind(model.savedProperty());
        setupStatus.textProperty().bind(model.statusProperty());
        shell.languageMenu(languageMenu);

        setupRoot.addEventFilter(KeyEvent.KEY_PRESSED, key -> {
            if (TO_WORKSPACE.match(key)) {
                key.consume();
                onWorkspace();
                return;
            }
            int tab = TAB_KEYS.indexOf(key.getCode());
            if (tab >= 0 && key.isShortcutDown() && !key.isShiftDown() && !key.isAltDown()) {
                showTab(setupTabs.getTabs().get(tab));
                key.consume();
            }
        });
    }

    /** Shows the tab at {@code index} (0 is the meeting's facts), as a setup built again in another language does. */
    void showTab(int index) {
        if (index > 0 && index < setupTabs.getTabs().size()) {
            showTab(setupTabs.getTabs().get(index));
        }
    }

    /** Writes what is pending and notes the meeting, the tab and (for a new meeting) the form, once the store has it. */
    CompletableFuture<SetupScreen.Resume> leaving() {
        flushes.forEach(Runnable::run);
        Long id = model.meetingIdProperty().get();
        SetupScreen.Resume where = new SetupScreen.Resume(id, setupTabs.getSelectionModel().getSelectedIndex(),
                id == null ? model : null);
        return model.whenIdle().thenApply(done -> where);
    }

    /** Shows a tab and puts the keyboard in its main list or field, as Ctrl+1…5 do. */
    private void showTab(Tab tab) {
        if (tab.isDisabled()) {
            return;
        }
        setupTabs.getSelectionModel().select(tab);
        Node first = firsts.get(tab).get();
        if (first != null) {
            // After the tab pane has laid the content out: a control not yet shown cannot take the focus.
            PauseTransition shown = new PauseTransition(Duration.millis(60));
            shown.setOnFinished(e -> first.requestFocus());
            shown.play();
        }
    }

    @FXML
    private void onBack() {
        leave(() -> shell.showHome());
    }

    @FXML
    private void onWorkspace() {
        Long id = model.meetingIdProperty().get();
        if (id != null) {
            leave(() -> shell.showWorkspace(id));
        }
    }

    /**
     * Forgets the letters no control answers to any more. The scene keeps an empty list for a letter once its
     * last control is gone, and looks a letter up in either case, first come first served: the empty "s" left by
     * the first window's "Open the _sample meeting" would swallow Alt+S meant for "_Start date".
     */
    private static void dropEmptyMnemonics(Scene scene) {
        if (scene == null) {
            return;
        }
        List<KeyCombination> empty = scene.getMnemonics().entrySet().stream()
                .filter(e -> e.getValue().isEmpty()).map(Map.Entry::getKey).toList();
        empty.forEach(scene.getMnemonics()::remove);
    }

    /** Writes what is still pending, and goes on once the store has it, so the next screen reads it. */
    private void leave(Runnable next) {
        flushes.forEach(Runnable::run);
        backToMeetings.setDisable(true);
        goToWorkspace.disableProperty().unbind();
        goToWorkspace.setDisable(true);
        model.whenIdle().whenCompleteAsync((done, failure) -> next.run(), shell.context().fx());
    }
}
