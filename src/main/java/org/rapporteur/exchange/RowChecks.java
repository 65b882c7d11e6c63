package org.rapporteur.exchange;

import java.util.List;
import org.rapporteur.text.Sentence;

/**
 * Checks shared by the imports. A text longer than the store's column is refused here, in the preview,
 * with the row it is in, rather than failing the whole import later in the store.
 */
final class RowChecks {
    private RowChecks() {
    }

    /** Adds a sentence to {@code wrong} when the text has more than {@code max} characters. */
    static void fits(List<Sentence> wrong, String text, int max, String columnKey) {
        if (text != null && text.length() > max) {
            wrong.add(Sentence.of("import.tooLong", Sentence.of(columnKey), String.valueOf(text.length()),
                    String.valueOf(max)));
        }
    }
}
