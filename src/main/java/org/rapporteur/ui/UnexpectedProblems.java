package org.rapporteur.ui;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.rapporteur.service.LogFile;
import org.rapporteur.service.Problems;

/**
 * A failure nobody caught, on any thread: its stack trace goes to the log file, and the person sees one
 * sentence saying what happened, that the work is in the store, and where the details are — never a trace.
 * One message at a time: a failure repeating on every pulse must not bury the window under dialogs.
 */
final class UnexpectedProblems {
    private static final Logger LOG = Logger.getLogger(UnexpectedProblems.class.getName());

    private final UiText texts;
    private final Window owner;
    private final AtomicBoolean showing = new AtomicBoolean();

    private UnexpectedProblems(UiText texts, Window owner) {
        this.texts = texts;
        this.owner = owner;
    }

    /** Catches what every thread of this process lets fall, from now on. */
    static void catchOn(UiText texts, Window owner) {
        UnexpectedProblems problems = new UnexpectedProblems(texts, owner);
        Thread.setDefaultUncaughtExceptionHandler(problems::fell);
        Thread.currentThread().setUncaughtExceptionHandler(problems::fell);
    }

    private void fell(Thread thread, Throwable failure) {
        LOG.log(Level.SEVERE, "Uncaught on " + thread.getName(), failure);
        String sentence = Problems.sentence(failure, texts.locale());
        if (Platform.isFxApplicationThread()) {
            show(sentence);
        } else {
            Platform.runLater(() -> show(sentence));
        }
    }

    private void show(String sentence) {
        if (!showing.compareAndSet(false, true)) {
            return;
        }
        Path log = LogFile.current();
        Alert alert = new Alert(Alert.AlertType.ERROR, log == null ? texts.format("problem.unexpected.noLog", sentence)
                : texts.format("problem.unexpected.text", sentence, log.getParent().toString()), ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle(texts.get("problem.unexpected.title"));
        alert.setHeaderText(texts.get("problem.unexpected.header"));
        alert.getDialogPane().setId("unexpectedProblem");
        alert.setOnHidden(closed -> showing.set(false));
        alert.show();
    }
}
