package org.rapporteur.store;

import org.rapporteur.text.Said;
import org.rapporteur.text.Sentence;

/**
 * The store could not do what was asked. The message is a sentence for the person at the keyboard; the
 * reason lets a caller react (offer another folder, say which window holds the store).
 */
public final class StoreException extends RuntimeException implements Said {
    private static final long serialVersionUID = 1L;

    /** Why the store failed, as far as a person needs to know. */
    public enum Reason {
        /** Another Rapporteur window or command has the store open. */
        IN_USE,
        /** The folder cannot be created or written. */
        NOT_WRITABLE,
        /** The file is not a store this version can open (damaged, or from a newer version). */
        UNREADABLE,
        /** No meeting with that id. */
        NOT_FOUND,
        /** The edit breaks a rule of the record (a regular request on a closed speakers list). */
        REFUSED,
        /** A shared store's server cannot be reached, or the connection to it broke. */
        OFFLINE,
        /** A shared store refused the login, or an edit this login may not make (a chair's login writes nothing). */
        NOT_ALLOWED,
        /** Someone else changed the same thing at the same time (a shared meeting's optimistic check). */
        CONFLICT,
        /** Anything else the database reported. */
        FAILED
    }

    private final Reason reason;
    private final transient Sentence sentence;

    public StoreException(Reason reason, Sentence sentence, Throwable cause) {
        super(sentence.toString(), cause);
        this.reason = reason;
        this.sentence = sentence;
    }

    public StoreException(Reason reason, Sentence sentence) {
        this(reason, sentence, null);
    }

    public Reason reason() {
        return reason;
    }

    @Override
    public Sentence sentence() {
        return sentence;
    }
}
