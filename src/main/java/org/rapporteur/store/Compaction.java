package org.rapporteur.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Shrinks the store file before it is opened, once it has grown past {@link #ABOVE} bytes.
 *
 * <p>The store never reuses space inside its file (REUSE_SPACE=FALSE: the kill harness showed that a process
 * killed while H2 wrote into freed space could reopen to an older state), so the file grows with every edit,
 * about 12 KB each. Compacting rebuilds it rather than moving pages in place: the store is written out as SQL,
 * run into a new file beside it, checked table by table against the old one, and only then moved over it in
 * one step. A kill at any moment leaves the old file or the whole new one; the next start removes what was
 * left. It runs only while the store's lock is held and before the file is opened, so nothing writes meanwhile.
 */
final class Compaction {
    /** 64 MB: a few days of a plenary's typing; {@code -Drapporteur.store.compactAboveBytes} changes it (tests). */
    static final long ABOVE = Long.getLong("rapporteur.store.compactAboveBytes", 64L * 1024 * 1024);
    private static final Logger LOG = Logger.getLogger(Compaction.class.getName());
    private static final String NEW = "rapporteur-compacted";
    private static final String SCRIPT = "rapporteur-compacting.zip";

    private Compaction() {
    }

    /** Compacts the store in {@code folder} if its file is larger than {@link #ABOVE}; a failure is logged only. */
    static void ifGrown(Path folder, String settings) {
        Path file = folder.resolve(Store.FILE_NAME + ".mv.db");
        Path fresh = folder.resolve(NEW + ".mv.db");
        Path script = folder.resolve(SCRIPT);
        try {
            Files.deleteIfExists(fresh);
            Files.deleteIfExists(folder.resolve(NEW + ".trace.db"));
            Files.deleteIfExists(script);
            if (!Files.isRegularFile(file) || Files.size(file) <= ABOVE) {
                return;
            }
            long before = Files.size(file);
            List<Long> counts;
            try (Connection old = DriverManager.getConnection(url(folder, Store.FILE_NAME, settings), "sa", "");
                 Statement s = old.createStatement()) {
                s.execute("SCRIPT TO '" + quoted(script) + "' COMPRESSION ZIP");
                counts = rowCounts(old);
            }
            try (Connection built = DriverManager.getConnection(url(folder, NEW, settings), "sa", "");
                 Statement s = built.createStatement()) {
                s.execute("RUNSCRIPT FROM '" + quoted(script) + "' COMPRESSION ZIP");
                if (!counts.equals(rowCounts(built))) {
                    throw new SQLException("The rebuilt store does not hold the same rows: " + counts + " / " + rowCounts(built));
                }
                s.execute("CHECKPOINT SYNC");
                s.execute("SHUTDOWN");
            }
            Files.move(fresh, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            Files.deleteIfExists(script);
            LOG.info("Compacted the store file from " + before + " to " + Files.size(file) + " bytes");
        } catch (IOException | SQLException | RuntimeException e) {
            LOG.log(Level.WARNING, "Could not compact the store in " + folder + "; opening it as it is", e);
        }
    }

    private static String url(Path folder, String name, String settings) {
        return "jdbc:h2:file:" + folder.resolve(name) + ";" + settings;
    }

    private static String quoted(Path path) {
        return path.toString().replace("'", "''");
    }

    /** The number of rows of every table of the application's schema, in the same order each time. */
    private static List<Long> rowCounts(Connection c) throws SQLException {
        List<String> tables = new java.util.ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                "SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC' ORDER BY TABLE_NAME")) {
            while (r.next()) {
                tables.add(r.getString(1));
            }
        }
        List<Long> counts = new java.util.ArrayList<>();
        for (String table : tables) {
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT COUNT(*) FROM \"" + table + "\"")) {
                r.next();
                counts.add(r.getLong(1));
            }
        }
        return counts;
    }
}
