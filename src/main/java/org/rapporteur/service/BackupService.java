package org.rapporteur.service;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.rapporteur.model.BackupInfo;
import org.rapporteur.store.Store;
import org.rapporteur.store.StoreException;
import org.rapporteur.text.Sentence;

/**
 * Rolling backups while there are changes, and one when the store closes after changes.
 *
 * <p>Backups run on a thread of their own, not the writer: H2's {@code BACKUP TO} is consistent while others
 * write, and verifying a backup takes long enough that typing must not wait for it. A failed backup is logged
 * and kept as the last problem (the next one tries again); it never stops the rapporteur's work.
 */
public final class BackupService {
    /** How often a backup is taken while there are changes. */
    public static final Duration EVERY = Duration.ofMinutes(5);
    private static final Logger LOG = Logger.getLogger(BackupService.class.getName());

    private final Store store;
    private final StoreWriter writer;
    private final AtomicBoolean changed = new AtomicBoolean();
    private final AtomicReference<StoreException> lastProblem = new AtomicReference<>();
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread t = new Thread(runnable, "rapporteur-backup");
        t.setDaemon(true);
        return t;
    });

    BackupService(StoreWriter writer, Duration every) {
        this.store = writer.store();
        this.writer = writer;
        writer.onSaved(at -> changed.set(!store.isShared()));
        if (!every.isZero() && !store.isShared()) {
            thread.scheduleWithFixedDelay(this::backupIfChanged, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** The verified backups, newest first. */
    public CompletableFuture<List<BackupInfo>> list() {
        // A shared meeting is backed up on its server (docs/shared-meeting.md): the app keeps no backups of it.
        return CompletableFuture.supplyAsync(() -> store.isShared() ? List.of() : store.backups().list(), thread);
    }

    /** A backup now, whatever has changed; completes with what it holds. */
    public CompletableFuture<BackupInfo> backUpNow() {
        return CompletableFuture.supplyAsync(() -> take(BackupInfo.Reason.MANUAL), thread);
    }

    /**
     * Copies one meeting out of a backup into the store under {@code title}, beside the meeting as it is now
     * (nothing in the store is replaced, so a restore can never lose work); completes with the copy's id.
     */
    public CompletableFuture<Long> restore(Path backup, long meetingId, String title) {
        return CompletableFuture.supplyAsync(() -> store.backups().readMeeting(backup, meetingId), thread)
                .thenCompose(meeting -> writer.write(() -> store.meetings().insert(meeting.withTitle(title))));
    }

    /** What went wrong with the last backup, if it failed; empty once one succeeds again. */
    public java.util.Optional<Sentence> lastProblem() {
        return java.util.Optional.ofNullable(lastProblem.get()).map(StoreException::sentence);
    }

    /** Stops the timer; then, if anything changed since the last backup, takes one (on the calling thread). */
    void closeAfterWrites() {
        thread.shutdown();
        try {
            thread.awaitTermination(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (changed.get()) {
            try {
                take(BackupInfo.Reason.CLOSE);
            } catch (StoreException e) {
                // Logged by take; closing goes on: the store itself holds everything.
            }
        }
    }

    private void backupIfChanged() {
        if (changed.get()) {
            try {
                take(BackupInfo.Reason.TIMER);
            } catch (StoreException e) {
                // Logged by take; the flag stays set, so the next round tries again.
            }
        }
    }

    private BackupInfo take(BackupInfo.Reason reason) {
        if (store.isShared()) {
            throw new StoreException(StoreException.Reason.REFUSED, Sentence.of("store.sharedBackups"));
        }
        boolean wasChanged = changed.getAndSet(false);
        try {
            BackupInfo info = store.backups().take(reason);
            lastProblem.set(null);
            return info;
        } catch (StoreException e) {
            changed.compareAndSet(false, wasChanged);
            lastProblem.set(e);
            LOG.log(Level.WARNING, "Backup failed", e);
            throw e;
        }
    }
}
