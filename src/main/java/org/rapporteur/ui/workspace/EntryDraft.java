package org.rapporteur.ui.workspace;

import java.time.LocalDateTime;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.rapporteur.model.EntryKind;

/**
 * The entry in the editor, as typed: the speaker and documents as text (resolved when saved), the kind,
 * the subject and the summary. Every change is saved shortly after typing pauses.
 */
final class EntryDraft {
    final StringProperty speaker = new SimpleStringProperty("");
    final ObjectProperty<EntryKind> kind = new SimpleObjectProperty<>(EntryKind.STATEMENT);
    final StringProperty documents = new SimpleStringProperty("");
    final StringProperty subject = new SimpleStringProperty("");
    final StringProperty summary = new SimpleStringProperty("");
    /** Whether the rapporteur chose the kind: then it is not guessed any more. */
    final BooleanProperty kindChosen = new SimpleBooleanProperty(false);
    final ObjectProperty<LocalDateTime> startedAt = new SimpleObjectProperty<>();

    boolean isBlank() {
        return speaker.get().isBlank() && documents.get().isBlank() && subject.get().isBlank()
                && summary.get().isBlank();
    }
}
