package org.rapporteur.service;

import java.nio.file.Path;
import org.rapporteur.store.Store;

/**
 * The services over one opened store: what a window or a command works with. Opening it opens (and
 * migrates) the store; closing it lets queued writes finish, then closes the store.
 */
public final class Backend implements AutoCloseable {
    private final Store store;
    private final Workers workers;
    private final MeetingService meetings;

    private Backend(Store store, Workers workers) {
        this.store = store;
        this.workers = workers;
        this.meetings = new MeetingService(store, workers);
    }

    /** Opens the store in {@code folder}; a {@code StoreException} says in plain words why it cannot be. */
    public static Backend open(Path folder, Workers workers) {
        return new Backend(Store.open(folder), workers);
    }

    public MeetingService meetings() {
        return meetings;
    }

    /** Never on the FX thread: waits for the writer, then syncs and closes the file. */
    @Override
    public void close() {
        workers.close();
        store.close();
    }
}
