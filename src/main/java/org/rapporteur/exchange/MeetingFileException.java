package org.rapporteur.exchange;

/** A meeting file could not be read; the message is one sentence for a person, naming what and where. */
public final class MeetingFileException extends Exception {
    private static final long serialVersionUID = 1L;

    public MeetingFileException(String message) {
        super(message);
    }

    public MeetingFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
