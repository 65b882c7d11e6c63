package org.rapporteur.service;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The application's threads: one writer, two readers, all daemons with names that say what they do. */
final class ThreadWorkers implements Workers {
    private static final Logger LOG = Logger.getLogger(ThreadWorkers.class.getName());

    private final ScheduledThreadPoolExecutor writer;
    private final ExecutorService reader;

    ThreadWorkers() {
        writer = new ScheduledThreadPoolExecutor(1, named("rapporteur-writer"));
        writer.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        writer.setContinueExistingPeriodicTasksAfterShutdownPolicy(false);
        reader = Executors.newFixedThreadPool(2, named("rapporteur-reader"));
    }

    @Override
    public ScheduledExecutorService writer() {
        return writer;
    }

    @Override
    public Executor reader() {
        return reader;
    }

    @Override
    public void close() {
        reader.shutdown();
        writer.shutdown();
        try {
            if (!writer.awaitTermination(30, TimeUnit.SECONDS)) {
                LOG.warning("The writer thread is still busy after 30 s; leaving it to finish on its own.");
            }
            reader.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static ThreadFactory named(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread t = new Thread(runnable, prefix + "-" + count.incrementAndGet());
            t.setDaemon(true);
            t.setUncaughtExceptionHandler((thread, e) ->
                    LOG.log(Level.SEVERE, "Uncaught failure on " + thread.getName(), e));
            return t;
        };
    }
}
