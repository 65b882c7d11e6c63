package org.rapporteur.ui.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The autosave's timing: after a pause in the typing, and, with a longest wait, while the typing goes on. */
class DebouncerTest {
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    /** Stands for the FX thread: the debouncer is used from one thread only. */
    private final ExecutorService fx = Executors.newSingleThreadExecutor();
    private final List<Long> ran = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        timer.shutdownNow();
        fx.shutdownNow();
    }

    /** Pokes every 50 ms for {@code millis}, as a typist who never pauses; answers when the pokes started. */
    private long typeFor(Debouncer debouncer, long millis) throws Exception {
        long start = System.nanoTime();
        while (System.nanoTime() - start < TimeUnit.MILLISECONDS.toNanos(millis)) {
            fx.submit(debouncer::poke).get();
            Thread.sleep(50);
        }
        return start;
    }

    @Test
    void withoutALongestWaitNothingRunsWhileThePokesKeepComing() throws Exception {
        Debouncer debouncer = new Debouncer(Duration.ofMillis(300), timer, fx, () -> ran.add(System.nanoTime()));
        typeFor(debouncer, 1500);
        assertEquals(List.of(), ran, "nothing ran while poked every 50 ms");
        Thread.sleep(600);
        assertEquals(1, ran.size(), "it ran once the pokes stopped");
    }

    @Test
    void aLongestWaitRunsItWhileThePokesKeepComingAndOnceMoreAfterThem() throws Exception {
        Debouncer debouncer = new Debouncer(Duration.ofMillis(300), Duration.ofMillis(400), timer, fx,
                () -> ran.add(System.nanoTime()));
        long start = typeFor(debouncer, 1500);
        long stopped = System.nanoTime();
        List<Long> during = List.copyOf(ran);
        assertTrue(during.size() >= 2, "it ran while poked every 50 ms for 1.5 s: " + during.size() + " times");
        long firstAfter = TimeUnit.NANOSECONDS.toMillis(during.get(0) - start);
        assertTrue(firstAfter >= 350, "not before the longest wait: " + firstAfter + " ms");
        Thread.sleep(600);
        assertTrue(ran.stream().anyMatch(t -> t > stopped), "and once more after the last poke");
    }

    @Test
    void cancelForgetsTheWaitingPokeAndItsLongestWait() throws Exception {
        Debouncer debouncer = new Debouncer(Duration.ofMillis(300), Duration.ofMillis(400), timer, fx,
                () -> ran.add(System.nanoTime()));
        typeFor(debouncer, 200);
        fx.submit(debouncer::cancel).get();
        Thread.sleep(600);
        assertEquals(List.of(), ran, "a cancelled poke never runs");
    }
}
