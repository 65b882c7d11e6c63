package org.rapporteur.ui.workspace;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * Undo and redo for what the rapporteur does to the structure (delete, move, reorder an entry). Typing has
 * its own undo in each text field; this stack holds the actions a text field cannot undo. FX thread only.
 */
final class UndoStack {
    /** An action done once, that can be undone and done again; each step completes when stored. */
    interface Change {
        CompletableFuture<?> undo();

        CompletableFuture<?> redo();
    }

    private static final int KEPT = 200;

    private final Deque<Change> done = new ArrayDeque<>();
    private final Deque<Change> undone = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(false);

    /** Records an action that has just been done; whatever was undone before can no longer be redone. */
    void did(Change change) {
        done.push(change);
        if (done.size() > KEPT) {
            done.removeLast();
        }
        undone.clear();
        update();
    }

    /** Undoes the last action; completes when the store has it (immediately when there is nothing to undo). */
    CompletableFuture<?> undo() {
        Change change = done.poll();
        if (change == null) {
            return CompletableFuture.completedFuture(null);
        }
        undone.push(change);
        update();
        return change.undo();
    }

    CompletableFuture<?> redo() {
        Change change = undone.poll();
        if (change == null) {
            return CompletableFuture.completedFuture(null);
        }
        done.push(change);
        update();
        return change.redo();
    }

    ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    private void update() {
        canUndo.set(!done.isEmpty());
        canRedo.set(!undone.isEmpty());
    }
}
