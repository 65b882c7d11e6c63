package org.rapporteur.service;

import org.rapporteur.text.Said;
import org.rapporteur.text.Sentence;

/** A use case could not be carried out; the sentence is for the person who asked. */
public final class ServiceException extends RuntimeException implements Said {
    private static final long serialVersionUID = 1L;

    private final transient Sentence sentence;

    public ServiceException(Sentence sentence, Throwable cause) {
        super(sentence.toString(), cause);
        this.sentence = sentence;
    }

    @Override
    public Sentence sentence() {
        return sentence;
    }
}
