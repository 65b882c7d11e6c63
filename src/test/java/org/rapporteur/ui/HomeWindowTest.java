package org.rapporteur.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.control.ListView;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.service.TestBackends;
import org.rapporteur.service.Workers;
import org.rapporteur.ui.outline.OutlineNode;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The first window, driven through the real UI on a real store, headless. */
class HomeWindowTest {
    @TempDir
    Path storeFolder;

    private AppContext context;
    private Stage stage;
    private javafx.application.Application app;
    private final FxRobot robot = new FxRobot();

    @BeforeEach
    void openWindow() throws TimeoutException {
        stage = FxToolkit.registerPrimaryStage();
        context = new AppContext(TestBackends.address(storeFolder), Workers.threads(), Locale.ENGLISH, Platform::runLater);
        app = FxToolkit.setupApplication(() -> new RapporteurApp(context));
    }

    @AfterEach
    void closeWindow() throws TimeoutException {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        context.close();
    }

    @Test
    void aFirstRunWelcomesWithTheFiveShortcutsAndTheAboutBoxNamesEveryLibraryWithItsLicence() throws TimeoutException {
        waitUntil(() -> "The store is empty.".equals(statusText()));
        javafx.scene.Node welcome = robot.lookup("#welcome").query();
        waitUntil(welcome::isVisible);
        javafx.scene.layout.GridPane shortcuts = robot.lookup("#welcomeShortcuts").queryAs(javafx.scene.layout.GridPane.class);
        assertEquals(10, shortcuts.getChildren().size(), "five shortcuts, each its keys and what they do");
        assertEquals("Ctrl+N", ((javafx.scene.control.Label) shortcuts.getChildren().get(0)).getText());

        robot.clickOn("#aboutLink");
        waitUntil(() -> robot.lookup("#aboutLibraries").tryQuery().isPresent());
        javafx.scene.layout.GridPane libraries = robot.lookup("#aboutLibraries").queryAs(javafx.scene.layout.GridPane.class);
        java.util.List<String> cells = libraries.getChildren().stream()
                .map(n -> ((javafx.scene.control.Label) n).getText()).toList();
        assertTrue(cells.contains("Apache POI") && cells.contains("5.5.1") && cells.contains("Apache 2.0"), cells::toString);
        assertTrue(cells.contains("21.0.11"), "the JavaFX version, as the build wrote it");
        assertTrue(cells.stream().noneMatch(c -> c.contains("${")), "every version was filled in by the build");
        robot.type(javafx.scene.input.KeyCode.ESCAPE);

        // Once the store holds a meeting, the welcome gives way to the meeting's outline.
        robot.clickOn("#openSample");
        waitUntil(() -> !welcome.isVisible());
    }

    @Test
    void openingTheSampleShowsItsSixSessionsInTheOutline() throws TimeoutException {
        ListView<?> meetings = robot.lookup("#meetingList").queryAs(ListView.class);
        waitUntil(() -> "The store is empty.".equals(statusText()));
        assertTrue(meetings.getItems().isEmpty(), "a new store has no meetings");
        assertTrue(stage.getTitle().contains("Rapporteur"), "the window title names the application");
        assertEquals(6, stage.getIcons().size(), "the window has the application's icon in six sizes");
        assertTrue(stage.getIcons().stream().noneMatch(javafx.scene.image.Image::isError), "every icon size loads");

        robot.clickOn("#openSample");

        waitUntil(() -> sessionLabels().size() == 6);
        assertEquals(List.of("Session 1", "Session 2", "Session 3", "Session 4", "Session 5", "Session 6"),
                sessionLabels());
        assertEquals(1, meetings.getItems().size());
        assertTrue(stage.getTitle().contains("MISPA III"), "the title names the open meeting: " + stage.getTitle());
        WaitForAsyncUtils.waitForFxEvents();
        List<String> shown = robot.lookup(".tree-cell").queryAllAs(javafx.scene.control.TreeCell.class).stream()
                .map(javafx.scene.control.TreeCell::getText).filter(java.util.Objects::nonNull).toList();
        assertTrue(shown.contains("Opening ceremony"), "the outline shows the opening ceremony: " + shown);
        assertTrue(shown.contains("Conclusion"), "the outline shows the conclusion: " + shown);
    }

    @Test
    void openingTheSampleTwiceDoesNotAddASecondCopy() throws TimeoutException {
        // The button is there at once, enabled once the store is open (a new shared meeting's takes a moment).
        waitUntil(() -> !robot.lookup("#openSample").queryButton().isDisabled());
        robot.clickOn("#openSample");
        waitUntil(() -> sessionLabels().size() == 6);
        robot.clickOn("#openSample");
        WaitForAsyncUtils.waitForFxEvents();
        waitUntil(() -> statusText().startsWith("Opened"));
        ListView<?> meetings = robot.lookup("#meetingList").queryAs(ListView.class);
        assertEquals(1, meetings.getItems().size());
        assertEquals(0, meetings.getSelectionModel().getSelectedIndex(), "the sample stays selected");
        assertEquals(6, sessionLabels().size());
    }

    private String statusText() {
        return robot.lookup(".status-bar").queryAs(org.controlsfx.control.StatusBar.class).getText();
    }

    @SuppressWarnings("unchecked")
    private List<String> sessionLabels() {
        TreeView<OutlineNode> tree = robot.lookup("#outline").queryAs(TreeView.class);
        List<String> labels = new ArrayList<>();
        if (tree.getRoot() != null) {
            collect(tree.getRoot(), labels);
        }
        return labels;
    }

    private static void collect(TreeItem<OutlineNode> item, List<String> into) {
        if (item.getValue().kind() == OutlineNode.Kind.SESSION) {
            into.add(item.getValue().label());
        }
        item.getChildren().forEach(child -> collect(child, into));
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
    }
}
