package org.rapporteur.ui.workspace;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.LogManager;
import javafx.application.Platform;
import javafx.scene.control.DialogPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.service.LogFile;
import org.testfx.api.FxRobot;

/** A failure nobody caught shows one plain message naming the log folder; the trace is in the log, not on screen. */
class UnexpectedProblemWindowTest {
    @TempDir
    Path store;

    private final FxRobot robot = new FxRobot();
    private RunningApp app;

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            app.stop();
        }
        LogManager.getLogManager().readConfiguration();
    }

    @Test
    void anUncaughtFailureOnTheFxThreadIsOneSentenceAndTheDetailsGoToTheLog() throws Exception {
        Path log = LogFile.install(store);
        app = new RunningApp(store).start();
        Platform.runLater(() -> {
            throw new IllegalStateException("a cell was asked for row -1");
        });
        Driving.waitUntil(() -> robot.lookup("#unexpectedProblem").tryQuery().isPresent());
        String shown = ((DialogPane) robot.lookup("#unexpectedProblem").query()).getContentText();
        assertTrue(shown.contains("a cell was asked for row -1"), shown);
        assertTrue(shown.contains(log.getParent().toString()), "names the log folder: " + shown);
        assertFalse(shown.contains("Exception") || shown.contains("\tat "), "no Java on screen: " + shown);
        Driving.waitUntil(() -> Files.readString(log).contains("java.lang.IllegalStateException: a cell was asked for row -1"));
        robot.targetWindow(robot.lookup("#unexpectedProblem").query().getScene().getWindow());
        robot.type(javafx.scene.input.KeyCode.ENTER);
    }
}
