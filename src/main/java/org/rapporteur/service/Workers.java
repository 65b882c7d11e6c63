package org.rapporteur.service;

import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;

/**
 * Where store work runs: every write in order on one writer thread, reads on a small pool. Injected, so
 * tests and the command line can run everything on the calling thread and stay deterministic.
 */
public interface Workers extends AutoCloseable {

    /** The one thread that writes to the store, in submission order; also runs the periodic disk sync. */
    ScheduledExecutorService writer();

    /** Reads for the UI; never the FX thread. */
    Executor reader();

    /** Lets queued writes finish and stops the threads; never interrupts one (H2 forbids it). */
    @Override
    void close();

    /** Named daemon threads: the real application. */
    static Workers threads() {
        return new ThreadWorkers();
    }

    /** Everything on the caller's thread (the periodic sync never runs): tests and the command line. */
    static Workers sameThread() {
        return new SameThreadWorkers();
    }
}
