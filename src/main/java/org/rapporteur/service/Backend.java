package org.rapporteur.service;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.rapporteur.model.SharedLogin;
import org.rapporteur.model.StoreAddress;
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

    /** This laptop's own store, where a shared meeting's edits wait while its server is away; null otherwise. */
    private final Store local;
    private final SharedLink link;

    private Backend(Store store, Store local, Workers workers, Clock clock, Duration backupEvery) {
        this.store = store;
        this.local = local;
        this.workers = workers;
        StoreWriter writer = new StoreWriter(store, workers, clock, MeetingCache.keeping());
        EntrySaves saves = new EntrySaves(store);
        this.link = local == null ? null : new SharedLink(store.server().orElseThrow(), local.pendingEdits(),
                local.folder().resolve("unsent"), writer, saves);
        this.meetings = new MeetingService(writer, workers);
        this.edits = new EditService(writer, clock, saves, link);
        this.imports = new ImportService(writer, edits, workers);
        this.reports = new ReportService(store, workers, writer.cache());
        this.backups = new BackupService(writer, backupEvery);
    }

    /** Opens the meetings at {@code address}: a folder's own store, or a shared meeting on its server. */
    public static Backend open(StoreAddress address, Workers workers) {
        return address.isShared() ? openShared(address.shared(), address.folder(), workers, Clock.systemDefaultZone())
                : open(address.folder(), workers);
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
        return new Backend(Store.open(folder, clock), null, workers, clock, backupEvery);
    }

    /**
     * Opens a shared meeting's database on its server (docs/shared-meeting.md), with this laptop's own store in
     * {@code localFolder} for the edits made while the server cannot be reached. Edits kept there from an earlier
     * time are sent first. A {@code StoreException} says in plain words why it cannot be opened.
     */
    public static Backend openShared(SharedLogin login, Path localFolder, Workers workers, Clock clock) {
        Store local = Store.open(localFolder, clock);
        String clientId = UUID.randomUUID().toString();
        Store shared;
        try {
            shared = Store.openShared(login, clientId);
        } catch (RuntimeException e) {
            local.close();
            throw e;
        }
        Backend backend = new Backend(shared, local, workers, clock, Duration.ZERO);
        backend.link.start(clientId, workers);
        return backend;
    }

    /** Whether this is a shared meeting's database on a server. */
    public boolean isShared() {
        return link != null;
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
        if (link != null) {
            link.close();
        }
        workers.close();
        backups.closeAfterWrites();
        store.close();
        if (local != null) {
            local.close();
        }
    }
}
