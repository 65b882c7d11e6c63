package org.rapporteur.exchange;

import java.util.Objects;
import org.rapporteur.text.Sentence;

/**
 * A row of an imported list that was left out, and why, so the person can fix it in the spreadsheet.
 *
 * @param line the spreadsheet's row number (1-based, the header is 1), or the line of a pasted list
 * @param why  what is wrong with the row, without the row number
 */
public record RowProblem(int line, Sentence why) {

    public RowProblem {
        Objects.requireNonNull(why, "why");
    }

    /** "Row 7: This row has no name.": for a place that shows the problem without a row column. */
    public Sentence said() {
        return Sentence.of("import.atRow", String.valueOf(line), why);
    }
}
