package org.rapporteur.ui.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.model.Entry;
import org.testfx.api.FxRobot;

/**
 * The promise of the workspace, through the real UI: what the rapporteur typed a second ago is there after the
 * app's process is killed (no shutdown, no close) and started again.
 */
class TypingSurvivesAKilledAppTest {
    private static final String TYPED = "Chile presented its plan for public security; it rests on prevention.";
    private static final String MORE = " It asked for cooperation.";

    @TempDir
    Path store;

    private final FxRobot robot = new FxRobot();
    private RunningApp app;

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            app.stop();
        }
    }

    @Test
    void whatWasTypedASecondBeforeTheKillIsInTheWorkspaceAfterARestart() throws Exception {
        TypingMeeting.create(store);
        List<String> said = runAndKillTheApp();
        assertTrue(said.contains("typed"), "the typist got the first sentence in: " + said);

        app = new RunningApp(store).start();
        Driving.openFirstMeeting(robot);
        ListView<?> entries = robot.lookup("#entries").queryListView();
        Driving.waitUntil(() -> entries.getItems().size() == 1, () -> entries.getItems().toString());
        Entry entry = (Entry) entries.getItems().get(0);
        assertTrue(entry.summary().startsWith(TYPED), "the sentence acknowledged before the kill: " + entry.summary());
        assertTrue(MORE.startsWith(entry.summary().substring(TYPED.length())),
                "and at most the rest of what was being typed: " + entry.summary());
        Driving.waitUntil(() -> robot.lookup("#entries .list-cell").queryAll().stream()
                .anyMatch(cell -> cell instanceof javafx.scene.control.Labeled l && l.getText() != null
                        && l.getText().contains("prevention")
                        || cell.lookupAll(".text").stream().anyMatch(t -> t instanceof javafx.scene.text.Text x
                        && x.getText().contains("prevention"))), () -> "no cell shows the summary");
        assertEquals(1, entries.getItems().size(), "and it is there once");
    }

    private List<String> runAndKillTheApp() throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                "-Dorg.jooq.no-logo=true", "-Dfile.encoding=UTF-8"));
        Stream.of("testfx.robot", "testfx.headless", "testfx.setup.timeout", "glass.platform", "monocle.platform",
                        "prism.order", "prism.text", "java.awt.headless", "user.language", "user.country")
                .filter(key -> System.getProperty(key) != null)
                .forEach(key -> command.add("-D" + key + "=" + System.getProperty(key)));
        command.addAll(List.of(KilledTypingApp.class.getName(), store.toString(), "Chi", TYPED, MORE));
        Path errors = Files.createTempFile("killed-app-", ".err");
        Process child = new ProcessBuilder(command).redirectError(errors.toFile()).start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                lines.add(line);
                if (line.equals("typed")) {
                    // Mid-way through the second sentence: some of it may be saved, none of it was promised.
                    Thread.sleep(1200);
                    break;
                }
            }
            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the app is gone");
        } finally {
            if (!lines.contains("typed")) {
                lines.add(Files.readString(errors));
            }
            Files.deleteIfExists(errors);
        }
        return lines;
    }
}
