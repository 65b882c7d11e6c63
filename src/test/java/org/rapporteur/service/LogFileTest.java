package org.rapporteur.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The details of a failure go to the log file in the data folder; the person reads one sentence. */
class LogFileTest {
    @TempDir
    Path folder;

    @AfterEach
    void restoreLogging() throws Exception {
        LogManager.getLogManager().readConfiguration();
    }

    @Test
    void anUnexpectedFailureIsOneSentenceForThePersonAndAStackTraceInTheLog() throws Exception {
        Path log = LogFile.install(folder);
        assertEquals(folder.toAbsolutePath().resolve("logs").resolve("rapporteur-0-0.log"), log);

        String sentence = Problems.sentence(new IllegalStateException("the index is out of step"), Locale.ENGLISH);

        assertEquals("Something went wrong: the index is out of step", sentence);
        String written = Files.readString(log);
        assertTrue(written.contains("java.lang.IllegalStateException: the index is out of step"), written);
        assertTrue(written.contains("\tat org.rapporteur.service.LogFileTest"), "with the stack trace: " + written);
    }

    @Test
    void stderrGetsOneLineWithoutTheStackTrace() {
        LogRecord record = new LogRecord(Level.WARNING, "Backup failed");
        record.setThrown(new IllegalStateException("disk"));
        String line = new LogFile.OneLine().format(record);
        assertEquals("WARNING: Backup failed" + System.lineSeparator(), line);
        assertFalse(line.contains("Exception"));
    }

    @Test
    void aFolderThatCannotHoldALogLeavesOnlyTheWarningsOnStderr() throws Exception {
        Path file = Files.writeString(folder.resolve("not a folder"), "x");
        assertNull(LogFile.install(file));
        assertNull(LogFile.current());
    }
}
