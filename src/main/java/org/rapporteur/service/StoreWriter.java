package org.rapporteur.service;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.function.UnaryOperator;
import org.rapporteur.model.Meeting;
import org.rapporteur.store.Store;

/**
 * The one way to write to the store: every write runs on the writer thread, in order, and is in the file and
 * on the disk ({@code CHECKPOINT SYNC}) when its future completes. Should that sync fail, it is tried again
 * every {@value #SYNC_EVERY_SECONDS} seconds (ADR 0002). Listeners hear the time of each committed write.
 */
final class StoreWriter {
    /** How often committed work is forced to the disk while there are changes. */
    static final long SYNC_EVERY_SECONDS = 2;

    private static final Logger LOG = Logger.getLogger(StoreWriter.class.getName());

    private final Store store;
    private final Workers workers;
    private final Clock clock;
    private final AtomicBoolean unsynced = new AtomicBoolean();
    private final List<Consumer<LocalDateTime>> savedListeners = new CopyOnWriteArrayList<>();
    private final MeetingCache cache;

    StoreWriter(Store store, Workers workers, Clock clock, MeetingCache cache) {
        this.store = store;
        this.workers = workers;
        this.clock = clock;
        this.cache = cache;
        workers.writer().scheduleWithFixedDelay(this::syncIfChanged, SYNC_EVERY_SECONDS, SYNC_EVERY_SECONDS,
                TimeUnit.SECONDS);
    }

    Store store() {
        return store;
    }

    /** The meeting last read, kept while this writer has written nothing that changes it. */
    MeetingCache cache() {
        return cache;
    }

    /** Adds a listener; running the answer removes it again. */
    Runnable onSaved(Consumer<LocalDateTime> listener) {
        savedListeners.add(listener);
        return () -> savedListeners.remove(listener);
    }

    <T> CompletableFuture<T> write(Supplier<T> work) {
        return write(work, (UnaryOperator<Meeting>) null);
    }

    /** A write whose change to a meeting is known: the meeting kept in the cache gets it too (see MeetingCache). */
    <T> CompletableFuture<T> write(Supplier<T> work, UnaryOperator<Meeting> change) {
        return writeAnswering(work, result -> change);
    }

    /** The same, when the change depends on what the write answered. */
    <T> CompletableFuture<T> writeAnswering(Supplier<T> work, java.util.function.Function<T, UnaryOperator<Meeting>> change) {
        return CompletableFuture.supplyAsync(() -> {
            T result;
            try {
                result = work.get();
            } catch (RuntimeException | Error failed) {
                // A failed write was rolled back, but the kept meeting goes anyway: nothing is assumed of it.
                cache.written(null);
                throw failed;
            }
            cache.written(change.apply(result));
            unsynced.set(true);
            // H2 writes a commit's pages on a thread of its own: without this, a process killed a few
            // milliseconds after an acknowledged edit could lose it (the kill harness saw it, docs/reliability.md).
            forceToDisk();
            LocalDateTime at = LocalDateTime.now(clock).withNano(0);
            savedListeners.forEach(l -> l.accept(at));
            return result;
        }, workers.writer());
    }

    CompletableFuture<Void> run(Runnable work) {
        return write(() -> {
            work.run();
            return null;
        });
    }

    /** Completes on the writer thread after every write queued before it; writes nothing and tells no listener. */
    CompletableFuture<Void> afterQueuedWrites() {
        return CompletableFuture.runAsync(() -> { }, workers.writer());
    }

    /** Forces committed work to the disk now, after every write queued before it. */
    CompletableFuture<Void> sync() {
        return CompletableFuture.runAsync(() -> {
            store.sync();
            unsynced.set(false);
        }, workers.writer());
    }

    /**
     * Waits until what was committed is in the file and on the disk. A failure here (a full disk) is logged and
     * left to the periodic sync: the commit itself succeeded, and the store says so on the next write.
     */
    private void forceToDisk() {
        try {
            store.sync();
            unsynced.set(false);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not force an edit to the disk at once; the periodic sync tries again", e);
        }
    }

    /** A failure must not escape: a periodic task that throws is never run again (a full disk would end syncing). */
    private void syncIfChanged() {
        if (unsynced.getAndSet(false)) {
            try {
                store.sync();
            } catch (RuntimeException e) {
                unsynced.set(true);
                LOG.log(Level.WARNING, "Could not force the store to the disk; trying again in " + SYNC_EVERY_SECONDS + " s", e);
            }
        }
    }
}
