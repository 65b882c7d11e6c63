package org.rapporteur.ui.workspace;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs an action once typing has paused: each {@link #poke()} restarts the wait. With a longest wait, it also
 * runs while the pokes keep coming, that long after the first poke it has not yet answered, so that a typist who
 * never pauses still has their words saved. The action runs on the FX thread; {@link #cancel()} forgets a waiting
 * poke when the caller saves at once (leaving an entry, say). FX thread only, except that the timer thread hands
 * the action back to the FX thread.
 */
final class Debouncer {
    private final Duration quiet;
    private final Duration longest;
    private final ScheduledExecutorService timer;
    private final Executor fx;
    private final Runnable action;
    private ScheduledFuture<?> pending;
    private long generation;
    /** System.nanoTime() of the first poke the action has not yet answered; 0 when there is none. */
    private long waitingSince;

    /** Waits for {@code quiet} after the last poke, however long the pokes go on. */
    Debouncer(Duration quiet, ScheduledExecutorService timer, Executor fx, Runnable action) {
        this(quiet, null, timer, fx, action);
    }

    /** The same, but never longer than {@code longest} after the first poke not yet answered; null: no such bound. */
    Debouncer(Duration quiet, Duration longest, ScheduledExecutorService timer, Executor fx, Runnable action) {
        this.quiet = quiet;
        this.longest = longest;
        this.timer = timer;
        this.fx = fx;
        this.action = action;
    }

    void poke() {
        if (pending != null) {
            pending.cancel(false);
        }
        long now = System.nanoTime();
        if (waitingSince == 0) {
            waitingSince = now;
        }
        long delay = quiet.toNanos();
        if (longest != null) {
            delay = Math.max(0, Math.min(delay, waitingSince + longest.toNanos() - now));
        }
        long mine = ++generation;
        pending = timer.schedule(() -> fx.execute(() -> {
            if (mine == generation && pending != null) {
                pending = null;
                waitingSince = 0;
                action.run();
            }
        }), delay, TimeUnit.NANOSECONDS);
    }

    /** Forgets a waiting poke: the caller does the work itself, now. */
    void cancel() {
        if (pending != null) {
            pending.cancel(false);
            pending = null;
        }
        waitingSince = 0;
        generation++;
    }

    boolean isPending() {
        return pending != null;
    }
}
