package org.rapporteur.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.rapporteur.text.Sentence;

/**
 * The embedded store: one H2 file in a folder, holding any number of meetings.
 *
 * <p>Opening migrates the file with the same Flyway scripts jOOQ's classes were generated from. The
 * durability settings are deliberate; docs/adr/0002-h2-durability.md says why:
 * <ul>
 *   <li>{@code WRITE_DELAY=0}: each commit is written to the file at once, so a killed process loses
 *       nothing it acknowledged; {@link #sync()} ({@code CHECKPOINT SYNC}) forces it to the disk itself.</li>
 *   <li>never {@code AUTO_SERVER}: nothing listens on a port, and a second process gets a clear refusal
 *       from H2's file lock instead of silently sharing the file.</li>
 * </ul>
 * Callers must never interrupt a thread that is inside a store call: H2 may then close the file
 * channel under itself and mark the database broken.
 */
public final class Store implements AutoCloseable {
    static final String FILE_NAME = "rapporteur";
    /** The version of the last script in db/migration; StoreTest holds it to the scripts there. */
    static final String SCHEMA_VERSION = "3";

    private final Path folder;
    private final JdbcConnectionPool pool;
    private final DSLContext dsl;
    private final MeetingRepository meetings;
    private final MeetingEditor editor;

    private Store(Path folder, JdbcConnectionPool pool) {
        this.folder = folder;
        this.pool = pool;
        this.dsl = DSL.using(pool, SQLDialect.H2);
        this.meetings = new MeetingRepository(dsl);
        this.editor = new MeetingEditor(dsl);
    }

    /** Opens (creating if needed) the store in {@code folder}; throws {@link StoreException} in plain words. */
    public static Store open(Path folder) {
        Path absolute = folder.toAbsolutePath().normalize();
        try {
            Files.createDirectories(absolute);
        } catch (IOException e) {
            throw new StoreException(StoreException.Reason.NOT_WRITABLE,
                    Sentence.of("store.folderNotCreatable", absolute.toString(), String.valueOf(e.getMessage())), e);
        }
        if (!Files.isWritable(absolute)) {
            throw new StoreException(StoreException.Reason.NOT_WRITABLE,
                    Sentence.of("store.folderNotWritable", absolute.toString()));
        }
        String url = "jdbc:h2:file:" + absolute.resolve(FILE_NAME) + ";WRITE_DELAY=0";
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sa", "");
        pool.setMaxConnections(8);
        try {
            if (!isCurrent(pool)) {
                Flyway.configure()
                        .dataSource(pool)
                        .locations("classpath:db/migration")
                        .failOnMissingLocations(true)
                        .load()
                        .migrate();
            }
            return new Store(absolute, pool);
        } catch (SQLException e) {
            pool.dispose();
            throw translate(e, absolute);
        } catch (FlywayException e) {
            pool.dispose();
            SQLException cause = sqlCause(e);
            if (cause != null) {
                throw translate(cause, absolute);
            }
            throw new StoreException(StoreException.Reason.UNREADABLE,
                    Sentence.of("store.newerVersion", absolute.toString()), e);
        }
    }

    /**
     * Whether the file's schema is exactly this version's: its last migration is {@link #SCHEMA_VERSION} and none
     * failed. Then Flyway, which takes a good part of a second to start, has nothing to do and is not started. Any
     * other file (new, older, newer, half migrated) goes through Flyway, which migrates it or says what is wrong.
     */
    private static boolean isCurrent(JdbcConnectionPool pool) throws SQLException {
        try (var connection = pool.getConnection(); var statement = connection.createStatement()) {
            var tables = connection.getMetaData().getTables(null, "PUBLIC", "flyway_schema_history", null);
            if (!tables.next()) {
                return false;
            }
            try (var rows = statement.executeQuery("SELECT \"version\", \"success\" FROM \"flyway_schema_history\""
                    + " ORDER BY \"installed_rank\" DESC LIMIT 1")) {
                if (!rows.next() || !rows.getBoolean(2) || !SCHEMA_VERSION.equals(rows.getString(1))) {
                    return false;
                }
            }
            try (var failed = statement.executeQuery("SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE NOT \"success\"")) {
                return failed.next() && failed.getLong(1) == 0;
            }
        }
    }

    public Path folder() {
        return folder;
    }

    /** For the store's own tests, which count rows behind the repositories' backs. */
    javax.sql.DataSource dataSource() {
        return pool;
    }

    public MeetingRepository meetings() {
        return meetings;
    }

    /** Single edits of stored meetings. */
    public MeetingEditor editor() {
        return editor;
    }

    /** Forces everything committed so far onto the disk ({@code CHECKPOINT SYNC}). */
    public void sync() {
        try {
            dsl.execute("CHECKPOINT SYNC");
        } catch (org.jooq.exception.DataAccessException e) {
            throw StoreErrors.translate(e, "store.action.sync");
        }
    }

    /** Closes the file; the pool's last connection closing makes H2 write and close it cleanly. */
    @Override
    public void close() {
        try {
            sync();
        } catch (StoreException ignored) {
            // Closing must go on even when the last sync failed; what was committed is already in the file.
        }
        pool.dispose();
    }

    private static StoreException translate(SQLException e, Path folder) {
        return switch (e.getErrorCode()) {
            case ErrorCode.DATABASE_ALREADY_OPEN_1 -> new StoreException(StoreException.Reason.IN_USE,
                    Sentence.of("store.inUse", folder.toString()), e);
            case ErrorCode.FILE_CORRUPTED_1, ErrorCode.FILE_VERSION_ERROR_1, ErrorCode.WRONG_USER_OR_PASSWORD ->
                    new StoreException(StoreException.Reason.UNREADABLE, Sentence.of("store.unreadable", folder.toString()), e);
            default -> new StoreException(StoreException.Reason.FAILED,
                    Sentence.of("store.openFailed", folder.toString(), firstLine(e.getMessage())), e);
        };
    }

    private static SQLException sqlCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql;
            }
        }
        return null;
    }

    /** The database's own words, without the SQL it was running (of no use to a person). */
    static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int end = message.indexOf('\n');
        String line = end < 0 ? message : message.substring(0, end);
        int sql = line.indexOf("; SQL statement:");
        return (sql < 0 ? line : line.substring(0, sql)).strip();
    }
}
