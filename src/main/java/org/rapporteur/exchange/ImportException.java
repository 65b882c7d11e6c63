package org.rapporteur.exchange;

import org.rapporteur.text.Said;
import org.rapporteur.text.Sentence;

/**
 * A participants or documents list was refused whole: it is not a spreadsheet Rapporteur can read, or it
 * lacks the column every row needs. Problems with single rows are not this: they are {@link RowProblem}s in
 * the preview, so the rows that can be read still are.
 */
public final class ImportException extends Exception implements Said {
    private static final long serialVersionUID = 1L;

    private final transient Sentence sentence;

    public ImportException(String key, Object... args) {
        this(Sentence.of(key, args), null);
    }

    public ImportException(Sentence sentence, Throwable cause) {
        super(sentence.toString(), cause);
        this.sentence = sentence;
    }

    @Override
    public Sentence sentence() {
        return sentence;
    }
}
