package org.rapporteur.ui.workspace;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.service.TestBackends;
import org.rapporteur.model.Language;
import org.rapporteur.service.Backend;
import org.rapporteur.service.Workers;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The report window on the sample meeting: the preview reads as the seed, follows what is typed, the check
 * lists what to fix and opens its place, and the export writes a Word file that reopens.
 */
class ReportWindowTest {
    @TempDir
    Path store;
    @TempDir
    Path out;

    private final FxRobot robot = new FxRobot();
    private RunningApp app;

    @BeforeEach
    void prepare() throws TimeoutException {
        try (Backend backend = TestBackends.open(store, Workers.sameThread())) {
            backend.meetings().addSample().join();
        }
        WorkspaceScreen.saveTarget = (owner, title, filter, extension, suggested) -> out.resolve(suggested);
        app = new RunningApp(store).start();
    }

    @AfterEach
    void stop() throws TimeoutException {
        app.stop();
        WorkspaceScreen.saveTarget = SaveTarget.system();
    }

    private Window reportWindow() {
        return Driving.window(robot, "the report");
    }

    private List<String> page() {
        Node root = reportWindow().getScene().getRoot();
        return robot.from(root).lookup("#page").queryAs(javafx.scene.layout.VBox.class).getChildren().stream()
                .filter(n -> n instanceof Labeled).map(n -> ((Labeled) n).getText()).toList();
    }

    @Test
    void thePreviewFollowsTheTypingTheCheckOpensItsPlaceAndTheExportReopens() throws Exception {
        Driving.openFirstMeeting(robot);
        Driving.shortcut(robot, KeyCode.CONTROL, KeyCode.R);
        Driving.waitUntil(() -> reportWindow() != null && !page().isEmpty());

        assertTrue(page().contains("The meeting of Government Experts in Preparation for MISPA III was held on"
                + " November 18-19, 2010, in Santiago, Chile."), () -> page().subList(0, 5).toString());
        assertTrue(page().contains("I. FIRST SESSION"));
        ListView<?> warnings = robot.from(reportWindow().getScene().getRoot()).lookup("#warnings").queryListView();
        Driving.waitUntil(() -> !warnings.getItems().isEmpty());

        // What is typed in the workspace shows in the preview a moment after it is saved.
        robot.targetWindow(robot.lookup("#entries").query().getScene().getWindow());
        ListView<?> entries = robot.lookup("#entries").queryListView();
        Window main = entries.getScene().getWindow();
        // The fourth session's debate (the first session's items hold decisions, not entries).
        robot.interact(() -> robot.lookup("#outline").queryAs(javafx.scene.control.TreeView.class).getSelectionModel()
                .select(11));
        Driving.waitUntil(() -> !entries.getItems().isEmpty());
        robot.interact(() -> {
            ((Stage) main).toFront();
            main.requestFocus();
            entries.getSelectionModel().select(0);
            entries.requestFocus();
        });
        robot.doubleClickOn(robot.lookup("#entries .list-cell").nth(0).queryAs(Node.class));
        Driving.waitUntil(() -> robot.lookup("#speaker").query().isFocused(), () -> "focus: " + main.getScene().getFocusOwner());
        robot.clickOn("#summary");
        robot.press(KeyCode.CONTROL).type(KeyCode.END).release(KeyCode.CONTROL);
        robot.write(" A sentence added in the plenary.");
        Driving.waitUntil(() -> page().stream().anyMatch(p -> p.endsWith("A sentence added in the plenary.")),
                () -> "the preview did not follow the typing");

        // Enter on a warning opens its place in the workspace.
        String before = robot.lookup("#itemHeading").queryLabeled().getText();
        int last = warnings.getItems().size() - 1;
        Window report = reportWindow();
        robot.interact(() -> {
            ((Stage) report).toFront();
            report.requestFocus();
            warnings.getSelectionModel().select(last);
            warnings.requestFocus();
        });
        robot.targetWindow(reportWindow());
        robot.type(KeyCode.ENTER);
        Driving.waitUntil(() -> !robot.lookup("#itemHeading").queryLabeled().getText().equals(before),
                () -> "the workspace stayed on " + before);

        // The export, with an annex, writes a Word file that reopens with the report's paragraphs.
        robot.interact(() -> ((javafx.scene.control.CheckBox) robot.from(reportWindow().getScene().getRoot())
                .lookup("#annexDocuments").query()).setSelected(true));
        robot.interact(() -> robot.from(reportWindow().getScene().getRoot()).lookup("#exportButton").queryButton().fire());
        Labeled status = robot.from(reportWindow().getScene().getRoot()).lookup("#status").queryLabeled();
        Driving.waitUntil(() -> status.getText().startsWith("The report was written"), status::getText);
        Path written;
        try (var files = Files.list(out)) {
            written = files.filter(f -> f.toString().endsWith(".docx")).findFirst().orElseThrow();
        }
        List<String> paragraphs;
        try (InputStream in = Files.newInputStream(written); XWPFDocument doc = new XWPFDocument(in)) {
            paragraphs = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
        }
        assertAll(() -> assertTrue(paragraphs.contains("REPORT OF THE RAPPORTEUR"), paragraphs.toString()),
                () -> assertTrue(paragraphs.stream().anyMatch(p -> p.endsWith("A sentence added in the plenary.")),
                        "the export has what was typed"),
                () -> assertTrue(paragraphs.contains("ANNEX I: LIST OF DOCUMENTS"), "the annex chosen is there"),
                () -> assertTrue(paragraphs.stream().noneMatch(p -> p.startsWith("ANNEX II")), "and only that one"));
        WaitForAsyncUtils.sleep(100, TimeUnit.MILLISECONDS);
    }

    @Test
    void theReportIsInTheMeetingsLanguageUntilAnotherIsChosenAndIsExportedInIt() throws Exception {
        Driving.openFirstMeeting(robot);
        Driving.shortcut(robot, KeyCode.CONTROL, KeyCode.R);
        Driving.waitUntil(() -> reportWindow() != null && page().contains("I. FIRST SESSION"));
        ComboBox<?> language = robot.from(reportWindow().getScene().getRoot()).lookup("#language").queryComboBox();
        assertEquals(Language.EN, language.getValue(), "the meeting's own language first");

        robot.targetWindow(reportWindow());
        robot.clickOn(language);
        Driving.waitUntil(() -> robot.lookup(".combo-box-popup .list-cell").queryAllAs(Labeled.class).stream()
                .anyMatch(c -> "Spanish".equals(c.getText())));
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").queryAllAs(Labeled.class).stream()
                .filter(c -> "Spanish".equals(c.getText())).findFirst().orElseThrow());
        Driving.waitUntil(() -> page().contains("I. PRIMERA SESIÓN"), () -> "the preview is not in Spanish: " + page());

        robot.interact(() -> robot.from(reportWindow().getScene().getRoot()).lookup("#exportButton").queryButton().fire());
        Labeled status = robot.from(reportWindow().getScene().getRoot()).lookup("#status").queryLabeled();
        Driving.waitUntil(() -> status.getText().startsWith("The report was written"), status::getText);
        Path written;
        try (var files = Files.list(out)) {
            written = files.filter(f -> f.toString().endsWith(".docx")).findFirst().orElseThrow();
        }
        List<String> paragraphs;
        try (InputStream in = Files.newInputStream(written); XWPFDocument doc = new XWPFDocument(in)) {
            paragraphs = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
        }
        assertAll(() -> assertTrue(paragraphs.contains("INFORME DEL RELATOR"), paragraphs.toString()),
                () -> assertTrue(paragraphs.contains("CEREMONIA INAUGURAL"), paragraphs.toString()));
        WaitForAsyncUtils.sleep(100, TimeUnit.MILLISECONDS);
    }
}
