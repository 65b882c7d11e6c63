package org.rapporteur.cli;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.rapporteur.service.MeetingService;
import org.rapporteur.service.Workers;
import org.rapporteur.store.Store;

/** One command's use of the store: open it, run the use case on this thread, sync and close. */
final class StoreSession implements AutoCloseable {
    private final Store store;
    private final Workers workers = Workers.sameThread();
    private final MeetingService meetings;

    StoreSession(Path folder) {
        store = Store.open(folder);
        meetings = new MeetingService(store, workers);
    }

    MeetingService meetings() {
        return meetings;
    }

    /** The result of a use case that ran on this thread; its failure rethrown unwrapped. */
    static <T> T await(CompletableFuture<T> future) throws Exception {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        }
    }

    @Override
    public void close() {
        workers.close();
        store.close();
    }
}
