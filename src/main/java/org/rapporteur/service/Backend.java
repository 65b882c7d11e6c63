package org.rapporteur.service;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.rapporteur.store.Store;

/**
 * The services over one opened store: what a window or a command works with. Opening it opens (and
 * migrates) the store; closing it lets queued writes finish, then closes the store.
 */
public final class Backend implements AutoCloseable {
    private final Store store;
    private final Workers workers;
    private final MeetingService meetings;
    private final EditService edits;
    private final ImportService imports;
    private final ReportService reports;
    private final BackupService backups;

    private Backend(Store store, Workers workers, Clock clock, Duration backupEvery) {
        this.store = store;
        this.workers = workers;
        StoreWriter writer = new StoreWriter(store, workers, clock, MeetingCache.keeping());
        this.meetings = new MeetingService(writer, workers);
        this.edits = new EditService(writer, clock);
        this.imports = new ImportService(writer, edits, workers);
        this.reports = new ReportService(store, workers, writer.cache());
        this.backups = new BackupService(writer, backupEvery);
    }

    /** Opens the store in {@code folder}; a {@code StoreException} says in plain words why it cannot be. */
    public static Backend open(Path folder, Workers workers) {
        return open(folder, workers, Clock.systemDefaultZone());
    }

    /** The same, with the clock that stamps entries and saves (tests set the time). */
    public static Backend open(Path folder, Workers workers, Clock clock) {
        return open(folder, workers, clock, BackupService.EVERY);
    }

    /** The same, with how often a backup is taken while there are changes (zero: only on close). */
    public static Backend open(Path folder, Workers workers, Clock clock, Duration backupEvery) {
        return new Backend(Store.open(folder, clock), workers, clock, backupEvery);
    }

    public MeetingService meetings() {
        return meetings;
    }

    public EditService edits() {
        return edits;
    }

    public ImportService imports() {
        return imports;
    }

    public ReportService reports() {
        return reports;
    }

    public BackupService backups() {
        return backups;
    }

    /** Never on the FX thread: waits for the writer, backs up what changed, then syncs and closes the file. */
    @Override
    public void close() {
        workers.close();
        backups.closeAfterWrites();
        store.close();
    }
}
