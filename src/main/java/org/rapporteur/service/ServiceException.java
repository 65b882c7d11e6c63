package org.rapporteur.service;

/** A use case could not be carried out; the message is a sentence for the person who asked. */
public final class ServiceException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ServiceException(String message, Throwable cause) {
        super(message, cause);
    }

    public ServiceException(String message) {
        super(message);
    }
}
