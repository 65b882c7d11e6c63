package org.rapporteur.ui.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.service.TestBackends;
import org.testfx.api.FxRobot;

/**
 * Hostile pastes into the workspace's summary, through the clipboard and Ctrl+V as a rapporteur does it: what
 * the field shows is what the store holds, a megabyte included, and the window keeps answering.
 */
class HostilePasteWindowTest {
    private static final String HOSTILE = String.join("\n", List.of(
            "NUL \u0000 bell \u0007 escape \u001b[31m", "form feed\fnext page", "lone \uD800 surrogate",
            "emoji 🙂 👨‍👩‍👧 🇨🇱", "RTL مرحبا بالعالم \u202Eoverride\u202C", "Robert'); DROP TABLE meeting;--",
            "<w:p><w:r><w:t>injected</w:t></w:r></w:p>", "{0} '' %s"));

    @TempDir
    Path store;

    private final FxRobot robot = new FxRobot();
    private RunningApp app;
    private long meetingId;

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            app.stop();
        }
    }

    @Test
    void hostileTextAndAMegabytePastedIntoASummaryAreSavedAsTheFieldShowsThem() throws Exception {
        meetingId = TypingMeeting.create(store);
        app = new RunningApp(store).start();
        Driving.openFirstMeeting(robot);
        TextArea summary = TypingMeeting.startAnEntryByChile(robot);

        paste(HOSTILE);
        Driving.waitUntil(() -> summary.getText().contains("DROP TABLE"));
        String shown = summary.getText();
        assertTrue(shown.contains("مرحبا بالعالم") && shown.contains("👨‍👩‍👧") && shown.contains("<w:p>"), shown);
        // (On a shared meeting PostgreSQL keeps U+FFFD for what its text cannot hold: NUL, a lone surrogate.)
        Driving.waitUntil(() -> TestBackends.asStored(shown).equals(storedSummary()), () -> "stored: " + storedSummary());

        String megabyte = megabyte();
        robot.interact(summary::selectAll);
        paste(megabyte);
        Driving.waitUntil(() -> summary.getLength() == megabyte.length(), () -> summary.getLength() + " characters shown");
        Driving.waitUntil(() -> TestBackends.asStored(megabyte).equals(storedSummary()),
                () -> "stored " + String.valueOf(storedSummary()).length() + " characters");
        robot.write(" End.");
        Driving.waitUntil(() -> (megabyte + " End.").equals(summary.getText()));
        Driving.waitUntil(() -> TestBackends.asStored(summary.getText()).equals(storedSummary()),
                () -> "the last words are saved too");
        assertEquals("", robot.lookup("#problem").queryLabeled().getText(), "no problem shown");
    }

    private void paste(String text) {
        robot.interact(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(text);
            Clipboard.getSystemClipboard().setContent(content);
        });
        Driving.shortcut(robot, KeyCode.CONTROL, KeyCode.V);
    }

    private String storedSummary() {
        return TypingMeeting.storedSummary(app, meetingId);
    }

    /** 999,000 characters of words and paragraphs: room left for a sentence typed after the paste. */
    private static String megabyte() {
        Random random = new Random(3);
        String[] words = {"la", "delegación", "expressed", "support", "for", "the", "draft", "résolution", "\n", "\n\n"};
        StringBuilder text = new StringBuilder();
        while (text.length() < 999_000) {
            text.append(words[random.nextInt(words.length)]).append(' ');
        }
        text.setLength(999_000);
        return text.toString().strip();
    }
}
