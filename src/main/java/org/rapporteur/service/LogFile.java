package org.rapporteur.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.ConsoleHandler;
import java.util.logging.FileHandler;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Where the details go: {@value #FOLDER}/rapporteur-N.log in the data folder (rotated, a few megabytes at
 * most), with every stack trace; on stderr only a warning's one line, never a stack trace, because a person
 * reads stderr. Installed once, by the command line, as soon as the data folder is known.
 */
public final class LogFile {
    static final String FOLDER = "logs";
    private static final int LIMIT_BYTES = 2 * 1024 * 1024;
    private static final int FILES = 5;
    private static volatile Path current;
    /**
     * The loggers whose level is set here, held: the log manager keeps loggers only weakly, and one collected would
     * come back at the default level. jOOQ's open-source edition warns at every connection that PostgreSQL 15 is
     * older than the newest it targets; what the store sends it is plain SQL, tested on 15, so that warning is noise.
     */
    private static final List<Logger> QUIETENED = List.of(Logger.getLogger("org.flywaydb"), Logger.getLogger("org.jooq"),
            Logger.getLogger("org.jooq.impl.DefaultExecuteContext.logVersionSupport"));

    private LogFile() {
    }

    /**
     * Sends the application's logging to a file in {@code dataFolder}; when the folder cannot take one, only
     * the one-line warnings on stderr remain (the reason is one of them). Returns the log file, or null.
     */
    public static synchronized Path install(Path dataFolder) {
        LogManager.getLogManager().reset();
        Logger root = Logger.getLogger("");
        root.setLevel(Level.INFO);
        // Libraries that narrate every start at INFO: only their warnings are worth keeping.
        QUIETENED.get(0).setLevel(Level.WARNING);
        QUIETENED.get(1).setLevel(Level.WARNING);
        QUIETENED.get(2).setLevel(Level.SEVERE);
        Handler console = new ConsoleHandler();
        console.setLevel(Level.WARNING);
        console.setFormatter(new OneLine());
        root.addHandler(console);
        try {
            Path folder = Files.createDirectories(dataFolder.toAbsolutePath().resolve(FOLDER));
            FileHandler file = new FileHandler(folder.resolve("rapporteur-%u-%g.log").toString(), LIMIT_BYTES, FILES, true);
            file.setEncoding("UTF-8");
            file.setFormatter(new SimpleFormatter());
            file.setLevel(Level.INFO);
            root.addHandler(file);
            current = folder.resolve("rapporteur-0-0.log");
        } catch (IOException | SecurityException e) {
            current = null;
            root.warning("No log file could be written in " + dataFolder + ": " + e.getMessage());
        }
        return current;
    }

    /** The log file in use (the first one's name), or null before {@link #install} or when none could be written. */
    public static Path current() {
        return current;
    }

    /** "WARNING: message" and nothing else: the cause's class and stack stay in the file. */
    static final class OneLine extends Formatter {
        @Override
        public String format(LogRecord record) {
            return record.getLevel().getName() + ": " + formatMessage(record) + System.lineSeparator();
        }
    }
}
