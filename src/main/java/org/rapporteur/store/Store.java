package org.rapporteur.store;

import org.rapporteur.model.Access;
import org.rapporteur.model.SharedLogin;
import org.rapporteur.model.BackupInfo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfoService;
import org.h2.api.ErrorCode;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.rapporteur.text.Sentence;

/**
 * Where meetings are kept: the embedded H2 file in a folder (the default), or a shared PostgreSQL database that
 * several laptops open at once ({@link #openShared}; docs/adr/0012-shared-meeting-on-postgresql.md).
 *
 * <p>Opening migrates the file with the same Flyway scripts jOOQ's classes were generated from. The
 * durability settings are deliberate; docs/adr/0002-h2-durability.md says why:
 * <ul>
 *   <li>{@code WRITE_DELAY=0}: each commit is written to the file at once, so a killed process loses
 *       nothing it acknowledged; {@link #sync()} ({@code CHECKPOINT SYNC}) forces it to the disk itself.</li>
 *   <li>{@code MAX_COMPACT_TIME=0}: no compaction when the file is closed. The kill harness found that a process
 *       killed while H2 moved chunks to compact the file on close could reopen to an older state of some rows
 *       (docs/reliability.md); the store is small, and H2 still reuses free space while it runs.</li>
 *   <li>never {@code AUTO_SERVER}: nothing listens on a port, and a second process gets a clear refusal
 *       from H2's file lock instead of silently sharing the file.</li>
 * </ul>
 * Callers must never interrupt a thread that is inside a store call: H2 may then close the file
 * channel under itself and mark the database broken.
 */
public final class Store implements AutoCloseable {
    static final String FILE_NAME = "rapporteur";
    private static final String FILE_SYSTEM = "file";
    static final String FILE_SYSTEM_PROPERTY = "rapporteur.store.fileSystem";
    /** H2's settings; ADR 0002 and docs/reliability.md say why each one. */
    private static final String SETTINGS = "WRITE_DELAY=0;MAX_COMPACT_TIME=0;REUSE_SPACE=FALSE";
    /** The version of the last script in db/migration; StoreTest holds it to the scripts there. */
    static final String SCHEMA_VERSION = "5";

    /** The H2 store's folder; null for a shared store. */
    private final Path folder;
    /** The shared store's server and login; null for an H2 file. */
    private final SharedLogin server;
    private final javax.sql.DataSource pool;
    private final Runnable closePool;
    private final DSLContext dsl;
    private final MeetingRepository meetings;
    private final MeetingEditor editor;
    private final Backups backups;
    private final Access access;

    private final StoreLock lock;

    private Store(Path folder, ReopeningDataSource pool, Clock clock, StoreLock lock) {
        this.lock = lock;
        this.folder = folder;
        this.server = null;
        this.pool = pool;
        this.closePool = pool::dispose;
        this.dsl = DSL.using(pool, SQLDialect.H2);
        this.meetings = new MeetingRepository(dsl);
        this.editor = new MeetingEditor(dsl);
        this.backups = new Backups(folder, pool, clock);
        this.access = Access.ALL;
    }

    private Store(SharedLogin server, SharedPool pool) {
        this.lock = null;
        this.folder = null;
        this.server = server;
        this.pool = pool.dataSource();
        this.closePool = pool::close;
        this.dsl = pool.dsl();
        this.meetings = new MeetingRepository(dsl);
        this.editor = new MeetingEditor(dsl);
        this.backups = null;
        this.access = pool.access();
    }

    /**
     * Opens a shared meeting's database on a PostgreSQL server, setting it up or upgrading it first when the login
     * may (its owner's may; a rapporteur's, secretariat's or chair's login finds it ready or is told who can).
     * Throws {@link StoreException} in plain words: unreachable, wrong password, certificate not trusted.
     */
    public static Store openShared(SharedLogin login) {
        return openShared(login, java.util.UUID.randomUUID().toString());
    }

    /** The same, naming this app instance {@code clientId} in the change notifications (see {@link ChangeFeed}). */
    public static Store openShared(SharedLogin login, String clientId) {
        return new Store(login, SharedPool.open(login, clientId));
    }

    /** Opens (creating if needed) the store in {@code folder}; throws {@link StoreException} in plain words. */
    public static Store open(Path folder) {
        return open(folder, Clock.systemDefaultZone());
    }

    /**
     * The same, with the clock that names backups. A store made by an earlier version is backed up (and the
     * backup verified) before its schema is upgraded.
     */
    public static Store open(Path folder, Clock clock) {
        return open(folder, clock, fileSystem(), true);
    }

    /**
     * H2's file system for the store: {@code file}, unless {@value #FILE_SYSTEM_PROPERTY} names another one (the
     * tests register one whose disk they can fill).
     */
    private static String fileSystem() {
        return System.getProperty(FILE_SYSTEM_PROPERTY, FILE_SYSTEM);
    }

    /** For reading a backup's copy: no backup of the copy before it is upgraded. */
    static Store openWithoutBackup(Path folder) {
        return open(folder, Clock.systemDefaultZone(), fileSystem(), false);
    }

    private static Store open(Path folder, Clock clock, String fileSystem, boolean backupBeforeUpgrade) {
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
        StoreLock lock = StoreLock.take(absolute);
        if (lock.onlyUser()) {
            try {
                Compaction.ifGrown(absolute, SETTINGS);
            } catch (RuntimeException e) {
                lock.release();
                throw e;
            }
        }
        String url = "jdbc:h2:" + fileSystem + ":" + absolute.resolve(FILE_NAME) + ";" + SETTINGS;
        ReopeningDataSource pool = new ReopeningDataSource(url);
        try {
            Store store = new Store(absolute, pool, clock, lock);
            if (backupBeforeUpgrade) {
                store.backups.removeLeftovers();
            }
            if (!isCurrent(pool, "PUBLIC", SCHEMA_VERSION)) {
                Flyway flyway = Flyway.configure()
                        .dataSource(pool)
                        .locations("classpath:db/migration")
                        .failOnMissingLocations(true)
                        .load();
                MigrationInfoService info = flyway.info();
                if (backupBeforeUpgrade && info.current() != null && info.pending().length > 0) {
                    store.backups.take(BackupInfo.Reason.UPGRADE);
                }
                flyway.migrate();
            }
            return store;
        } catch (SQLException e) {
            pool.dispose();
            lock.release();
            throw translate(e, absolute);
        } catch (StoreException e) {
            pool.dispose();
            lock.release();
            throw e;
        } catch (FlywayException e) {
            pool.dispose();
            lock.release();
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
    static boolean isCurrent(javax.sql.DataSource pool, String schema, String version) throws SQLException {
        try (var connection = pool.getConnection(); var statement = connection.createStatement()) {
            var tables = connection.getMetaData().getTables(null, schema, "flyway_schema_history", null);
            if (!tables.next()) {
                return false;
            }
            try (var rows = statement.executeQuery("SELECT \"version\", \"success\" FROM \"flyway_schema_history\""
                    + " ORDER BY \"installed_rank\" DESC LIMIT 1")) {
                if (!rows.next() || !rows.getBoolean(2) || !version.equals(rows.getString(1))) {
                    return false;
                }
            }
            try (var failed = statement.executeQuery("SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE NOT \"success\"")) {
                return failed.next() && failed.getLong(1) == 0;
            }
        }
    }

    /** The H2 store's folder; null for a shared store. */
    public Path folder() {
        return folder;
    }

    /** Whether this is a shared meeting's database on a server, rather than this laptop's own file. */
    public boolean isShared() {
        return server != null;
    }

    /** The shared store's server and login, when it is one. */
    public java.util.Optional<SharedLogin> server() {
        return java.util.Optional.ofNullable(server);
    }

    /**
     * {@code entry} as this store gives it back once saved: itself on H2; on a shared meeting's server, with what
     * PostgreSQL's text cannot hold replaced (see ServerText). What a kept copy of the meeting must show.
     */
    public org.rapporteur.model.Entry asStored(org.rapporteur.model.Entry entry) {
        return isShared() ? ServerText.entry(entry) : entry;
    }

    /** What the login may change (all, for a local store). */
    public Access access() {
        return access;
    }

    /** The store's connections; for the services that listen to a shared store and for the store's own tests. */
    public javax.sql.DataSource dataSource() {
        return pool;
    }

    /** The jOOQ context of this store's database and dialect. */
    DSLContext dsl() {
        return dsl;
    }

    public MeetingRepository meetings() {
        return meetings;
    }

    /** The rolling backups beside the store file; a shared store's are its server's (docs/shared-meeting.md). */
    public Backups backups() {
        if (backups == null) {
            throw new IllegalStateException("A shared store is backed up on its server, not by the app");
        }
        return backups;
    }

    /** This laptop's queue of edits to shared meetings whose server could not be reached (an H2 store's only). */
    public PendingEdits pendingEdits() {
        if (isShared()) {
            throw new IllegalStateException("Edits waiting for a server are kept in this laptop's own store");
        }
        return new PendingEdits(this);
    }

    /** Single edits of stored meetings. */
    public MeetingEditor editor() {
        return editor;
    }

    /**
     * Forces everything committed so far onto the disk ({@code CHECKPOINT SYNC}). A shared store's server has
     * already done so when a commit returns (PostgreSQL's {@code synchronous_commit}).
     */
    public void sync() {
        if (isShared()) {
            return;
        }
        try {
            dsl.execute("CHECKPOINT SYNC");
        } catch (org.jooq.exception.DataAccessException e) {
            throw StoreErrors.translate(e, "store.action.sync");
        }
    }

    /**
     * Closes the file: forces every commit to the disk, then lets H2 go without its close-time housekeeping
     * ({@code SHUTDOWN IMMEDIATELY}), so the file is left exactly as a crash after the last commit would leave
     * it. The kill harness found that a process killed during H2's ordinary close could reopen to a state older
     * than edits it had acknowledged (docs/reliability.md); reopening after a crash it always got right.
     */
    @Override
    public void close() {
        if (isShared()) {
            closePool.run();
            return;
        }
        try {
            sync();
            if (lock.onlyUser()) {
                dsl.execute("SHUTDOWN IMMEDIATELY");
            }
        } catch (StoreException | org.jooq.exception.DataAccessException ignored) {
            // Closing must go on even when the last sync failed; what was committed is already in the file.
        }
        closePool.run();
        lock.release();
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
