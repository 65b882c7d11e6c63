package org.rapporteur.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.service.Settings;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window in Spanish, as a Spanish-speaking rapporteur starts it ({@code -Drapporteur.language=es}), and the
 * language changed in the window: the screen shown is built again in French where it was, the entry being typed
 * and all, and the choice is kept beside the store for the next start.
 */
class LanguageWindowTest {
    @TempDir
    Path store;

    private final FxRobot robot = new FxRobot();
    private final Locale machine = Locale.getDefault();
    private AppContext context;
    private Application app;
    private Stage stage;

    @BeforeEach
    void startInSpanish() throws TimeoutException {
        System.setProperty(UiLanguage.PROPERTY, "es");
        stage = FxToolkit.registerPrimaryStage();
        context = AppContext.forFolder(store);
        app = FxToolkit.setupApplication(() -> new RapporteurApp(context));
    }

    @AfterEach
    void stop() throws TimeoutException {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        context.close();
        System.clearProperty(UiLanguage.PROPERTY);
        // The window sets the JVM's default locale for JavaFX's own words; the tests after this one expect the machine's.
        Locale.setDefault(machine);
    }

    @Test
    void theWindowSpeaksSpanishAndTurnsFrenchWhereItWas() throws Exception {
        waitUntil(() -> "La base de datos está vacía.".equals(status()));
        assertEquals("Reuniones", labelled("Reuniones"));
        assertEquals("Abrir la reunión de _ejemplo", robot.lookup("#openSample").queryButton().getText());
        assertEquals("Bienvenido/a a Rapporteur", labelled("Bienvenido/a a Rapporteur"));
        assertEquals("Español", robot.lookup("#languageMenu").queryLabeled().getText());

        robot.clickOn("#openSample");
        waitUntil(() -> status().startsWith("Se abrió"));
        String facts = robot.lookup(".meeting-facts").queryLabeled().getText();
        assertTrue(facts.contains("de noviembre de 2010") && facts.contains("Estados Miembros"),
                "dates and words of the facts in Spanish: " + facts);

        robot.clickOn("#openMeeting");
        waitUntil(() -> heading().startsWith("Sesión 1"), this::heading);
        assertEquals("Informe (Ctrl+R)", robot.lookup("#reportButton").queryButton().getText());
        assertEquals("Intervenciones", labelled("Intervenciones"));
        assertEquals("Lista de oradores", labelled("Lista de oradores"));

        // An entry being typed when the language changes.
        robot.press(KeyCode.CONTROL).type(KeyCode.N).release(KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#summary").queryAs(TextArea.class).isFocused()
                || robot.lookup("#speaker").queryAs(TextField.class).isFocused());
        robot.clickOn("#summary").write("Se refirió al proyecto de declaración.");
        String item = heading();

        robot.clickOn("#languageMenu");
        robot.clickOn("Français");
        waitUntil(() -> heading().startsWith("Séance 1"), this::heading);
        assertEquals(item.replace("Sesión", "Séance"), heading(), "the same item is open");
        waitUntil(() -> "Se refirió al proyecto de declaración.".equals(robot.lookup("#summary").queryAs(TextArea.class).getText()),
                () -> robot.lookup("#summary").queryAs(TextArea.class).getText());
        assertEquals("Rapport (Ctrl+R)", robot.lookup("#reportButton").queryButton().getText());
        assertEquals("Liste des orateurs", labelled("Liste des orateurs"));
        assertEquals("Français", robot.lookup("#languageMenu").queryLabeled().getText());
        assertTrue(stage.getTitle().startsWith("Rapporteur — "), stage.getTitle());
        waitUntil(() -> Settings.of(store).get(Settings.LANGUAGE).orElse("").equals("fr"));

        // The shortcut sheet speaks French and says how to change the language.
        robot.type(KeyCode.F1);
        waitUntil(() -> robot.lookup("#cheatSheet").tryQuery().isPresent());
        List<String> sheet = robot.lookup("#cheatSheet .label").queryAllAs(Labeled.class).stream().map(Labeled::getText).toList();
        assertTrue(sheet.contains("Ctrl+Maj+L") && sheet.contains("Tout ce que le Rapporteur fait souvent a sa touche."),
                sheet::toString);
        robot.type(KeyCode.ESCAPE);

        robot.clickOn("#back");
        waitUntil(() -> robot.lookup("#openSample").tryQuery().isPresent());
        assertEquals("Ouvrir la réunion d’_exemple", robot.lookup("#openSample").queryButton().getText());
        assertFalse(robot.lookup("#meetingList").queryListView().getItems().isEmpty());
    }

    @Test
    void ctrlShiftLOpensTheLanguagesAndTheMeetingsAreShownAgainWithTheSameOneSelected() throws Exception {
        waitUntil(() -> "La base de datos está vacía.".equals(status()));
        robot.clickOn("#openSample");
        waitUntil(() -> status().startsWith("Se abrió"));

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.L).release(KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#languageMenu").queryAs(javafx.scene.control.MenuButton.class).isShowing());
        robot.clickOn("Português");
        waitUntil(() -> "Abrir a reunião de _exemplo".equals(robot.lookup("#openSample").queryButton().getText()));
        waitUntil(() -> robot.lookup(".meeting-facts").queryLabeled().getText().contains("de novembro de 2010"));
        ListCell<?> selected = robot.lookup("#meetingList .list-cell").queryAllAs(ListCell.class).stream()
                .filter(ListCell::isSelected).findFirst().orElseThrow();
        assertTrue(selected.getText().contains("MISPA"), "the meeting selected before stays selected");
    }

    @Test
    void aNewMeetingBeingSetUpKeepsWhatWasTypedAndTakesTheNewLanguagesDefaults() throws Exception {
        waitUntil(() -> "La base de datos está vacía.".equals(status()));
        robot.clickOn("#newMeeting");
        waitUntil(() -> robot.lookup("#factsTitle").tryQuery().isPresent());
        assertEquals("Organización de los Estados Americanos", robot.lookup("#factsOrganization").queryAs(TextField.class).getText());
        robot.clickOn("#factsTitle").write("Reunión de expertos");

        robot.clickOn("#languageMenu");
        robot.clickOn("Português");
        waitUntil(() -> "_Voltar às reuniões".equals(robot.lookup("#backToMeetings").queryButton().getText()));
        assertEquals("Reunión de expertos", robot.lookup("#factsTitle").queryAs(TextField.class).getText(),
                "what was typed stays");
        assertEquals("Organização dos Estados Americanos", robot.lookup("#factsOrganization").queryAs(TextField.class).getText(),
                "the organization left as it came takes the new language's name");
    }

    private String heading() {
        return robot.lookup("#itemHeading").tryQuery().map(n -> ((Labeled) n).getText()).orElse("");
    }

    private String status() {
        return robot.lookup(".status-bar").queryAs(org.controlsfx.control.StatusBar.class).getText();
    }

    /** The text of a shown label that reads exactly so; fails when none does. */
    private String labelled(String exactly) {
        return robot.lookup((Node n) -> n instanceof Labeled l && exactly.equals(l.getText()) && n.isVisible())
                .queryLabeled().getText();
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition);
    }

    private static void waitUntil(Callable<Boolean> condition, java.util.function.Supplier<String> seen) throws TimeoutException {
        try {
            waitUntil(condition);
        } catch (TimeoutException e) {
            throw new AssertionError("waited 60 s; saw " + seen.get(), e);
        }
    }
}
