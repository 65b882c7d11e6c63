package org.rapporteur.cli;

import java.nio.file.Path;
import org.rapporteur.model.StoreAddress;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.rapporteur.service.Backend;
import org.rapporteur.service.MeetingService;
import org.rapporteur.service.ReportService;
import org.rapporteur.service.Workers;

/** One command's use of the store: open it, run the use case on this thread, sync and close. */
final class StoreSession implements AutoCloseable {
    private final Backend backend;

    private final StoreAddress address;

    StoreSession(StoreAddress address) {
        this.address = address;
        backend = Backend.open(address, Workers.sameThread());
    }

    /** The laptop's own store folder (also a shared meeting's: its kept edits and log are there). */
    Path folder() {
        return address.folder();
    }

    StoreSession(Path folder) {
        this(StoreAddress.local(folder));
    }

    MeetingService meetings() {
        return backend.meetings();
    }

    ReportService reports() {
        return backend.reports();
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
        backend.close();
    }
}
