package org.rapporteur.bench;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.event.EventTarget;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/** The FX thread as a benchmark drives it: run something there and wait, wait for a pulse that shows something, type. */
final class Fx {
    private static final long WAIT_SECONDS = 120;

    private Fx() {
    }

    static <T> T call(Callable<T> work) throws Exception {
        CompletableFuture<T> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                done.complete(work.call());
            } catch (Throwable t) {
                done.completeExceptionally(t);
            }
        });
        return done.get(WAIT_SECONDS, TimeUnit.SECONDS);
    }

    static void run(Runnable work) throws Exception {
        call(() -> {
            work.run();
            return null;
        });
    }

    /**
     * Waits for the first pulse, after its layout, at which {@code shown} holds on the FX thread: the moment the
     * screen is about to show it. Answers System.nanoTime() of that moment. Pulses must keep coming (a running
     * {@link FrameClock} sees to it).
     */
    static long awaitPulse(Scene scene, BooleanSupplier shown) throws Exception {
        CompletableFuture<Long> seen = new CompletableFuture<>();
        Runnable[] check = new Runnable[1];
        check[0] = () -> {
            if (!seen.isDone() && shown.getAsBoolean()) {
                seen.complete(System.nanoTime());
                // Not from inside the pulse's own list of listeners.
                Platform.runLater(() -> scene.removePostLayoutPulseListener(check[0]));
            }
        };
        Platform.runLater(() -> scene.addPostLayoutPulseListener(check[0]));
        return seen.get(WAIT_SECONDS, TimeUnit.SECONDS);
    }

    /** Waits until {@code holds} is true on the FX thread, looking every 20 ms. */
    static void await(BooleanSupplier holds, String what) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (System.nanoTime() < deadline) {
            if (call(holds::getAsBoolean)) {
                return;
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("waited " + WAIT_SECONDS + " s for " + what);
    }

    /** A node of the scene by its fx:id; null when the screen shown has none. */
    @SuppressWarnings("unchecked")
    static <T extends Node> T node(Scene scene, String id) {
        return (T) scene.lookup("#" + id);
    }

    /**
     * One keystroke as the keyboard delivers it: pressed, typed (for a character) and released, dispatched to the
     * node that has the focus through the window, the scene and every parent (their filters, accelerators and
     * handlers), as the scene does with a real key. FX thread only.
     */
    static void key(Scene scene, KeyCode code, String character, boolean shift, boolean control) {
        EventTarget target = scene.getFocusOwner() != null ? scene.getFocusOwner() : scene.getRoot();
        String text = character == null ? code.getChar() : character;
        Event.fireEvent(target, new KeyEvent(KeyEvent.KEY_PRESSED, KeyEvent.CHAR_UNDEFINED, text, code, shift, control,
                false, false));
        if (character != null) {
            Event.fireEvent(target, new KeyEvent(KeyEvent.KEY_TYPED, character, "", KeyCode.UNDEFINED, shift, control,
                    false, false));
        }
        Event.fireEvent(target, new KeyEvent(KeyEvent.KEY_RELEASED, KeyEvent.CHAR_UNDEFINED, text, code, shift, control,
                false, false));
    }

    /** A character typed: its key (a letter's, a digit's, space; others have none on every layout) and the character. */
    static void type(Scene scene, char c) {
        KeyCode code = c == ' ' ? KeyCode.SPACE : KeyCode.getKeyCode(String.valueOf(Character.toUpperCase(c)));
        key(scene, code == null ? KeyCode.UNDEFINED : code, String.valueOf(c), Character.isUpperCase(c), false);
    }
}
