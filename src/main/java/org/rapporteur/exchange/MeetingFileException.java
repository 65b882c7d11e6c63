package org.rapporteur.exchange;

import org.rapporteur.text.Said;
import org.rapporteur.text.Sentence;

/** A meeting file could not be read; the sentence names what is wrong and where. */
public final class MeetingFileException extends Exception implements Said {
    private static final long serialVersionUID = 1L;

    private final transient Sentence sentence;

    public MeetingFileException(String key, Object... args) {
        this(Sentence.of(key, args), null);
    }

    public MeetingFileException(Sentence sentence, Throwable cause) {
        super(sentence.toString(), cause);
        this.sentence = sentence;
    }

    @Override
    public Sentence sentence() {
        return sentence;
    }
}
