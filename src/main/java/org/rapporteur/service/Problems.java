package org.rapporteur.service;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.rapporteur.exchange.MeetingFileException;
import org.rapporteur.store.StoreException;

/** Turns any failure into the one sentence a person should read; the stack trace goes to the log only. */
public final class Problems {
    private Problems() {
    }

    /** The failure behind a future's wrapping, as thrown by the use case. */
    public static Throwable cause(Throwable failure) {
        Throwable t = failure;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    public static String sentence(Throwable failure) {
        Throwable t = cause(failure);
        if (t instanceof StoreException || t instanceof MeetingFileException || t instanceof ServiceException) {
            return t.getMessage();
        }
        String detail = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return "Something went wrong: " + detail;
    }
}
