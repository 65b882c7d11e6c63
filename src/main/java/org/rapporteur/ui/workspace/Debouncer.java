package org.rapporteur.ui.workspace;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs an action once typing has paused: each {@link #poke()} restarts the wait. The action runs on the
 * FX thread; {@link #cancel()} forgets a waiting poke when the caller saves at once (leaving an entry, say).
 * FX thread only, except that the timer thread hands the action back to the FX thread.
 */
final class Debouncer {
    private final Duration quiet;
    private final ScheduledExecutorService timer;
    private final Executor fx;
    private final Runnable action;
    private ScheduledFuture<?> pending;
    private long generation;

    Debouncer(Duration quiet, ScheduledExecutorService timer, Executor fx, Runnable action) {
        this.quiet = quiet;
        this.timer = timer;
        this.fx = fx;
        this.action = action;
    }

    void poke() {
        if (pending != null) {
            pending.cancel(false);
        }
        long mine = ++generation;
        pending = timer.schedule(() -> fx.execute(() -> {
            if (mine == generation && pending != null) {
                pending = null;
                action.run();
            }
        }), quiet.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Forgets a waiting poke: the caller does the work itself, now. */
    void cancel() {
        if (pending != null) {
            pending.cancel(false);
            pending = null;
        }
        generation++;
    }

    boolean isPending() {
        return pending != null;
    }
}
