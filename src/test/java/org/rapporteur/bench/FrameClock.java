package org.rapporteur.bench;

import java.util.ArrayList;
import java.util.List;
import javafx.animation.AnimationTimer;
import javafx.scene.Scene;

/**
 * The FX thread's heartbeat: an animation timer asks for a pulse every frame, so the time between two of its calls
 * is how long the screen could not change: 16.7 ms when all is well, more when the FX thread was busy (a stall).
 * It also times each pulse's CSS and layout pass (from the scene's pre-layout to its post-layout listener) and
 * hands that time to whatever asked for it since the pulse before, so a keystroke's cost can include the layout it
 * caused. FX thread only.
 */
final class FrameClock {
    private final List<Double> gapsMillis = new ArrayList<>();
    private final List<Runnable> afterLayout = new ArrayList<>();
    private long lastFrame;
    private long layoutStarted;
    private long lastLayoutNanos;
    private boolean recording;
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long pulse) {
            long now = System.nanoTime();
            if (recording && lastFrame != 0) {
                gapsMillis.add((now - lastFrame) / 1e6);
            }
            lastFrame = now;
        }
    };

    FrameClock(Scene scene) {
        scene.addPreLayoutPulseListener(() -> layoutStarted = System.nanoTime());
        scene.addPostLayoutPulseListener(() -> {
            lastLayoutNanos = System.nanoTime() - layoutStarted;
            List<Runnable> waiting = List.copyOf(afterLayout);
            afterLayout.clear();
            waiting.forEach(Runnable::run);
        });
        timer.start();
    }

    /** Starts (again) counting the time between frames. */
    void record() {
        gapsMillis.clear();
        lastFrame = 0;
        recording = true;
    }

    /** Stops counting; answers every gap between two frames since {@link #record()}, in milliseconds. */
    List<Double> stop() {
        recording = false;
        return List.copyOf(gapsMillis);
    }

    /** Runs {@code then} after the next pulse's layout; {@link #lastLayoutNanos()} is that pulse's CSS and layout time. */
    void afterNextLayout(Runnable then) {
        afterLayout.add(then);
    }

    long lastLayoutNanos() {
        return lastLayoutNanos;
    }

    void close() {
        timer.stop();
    }
}
