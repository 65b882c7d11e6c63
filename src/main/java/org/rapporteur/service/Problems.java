package org.rapporteur.service;

import java.util.Locale;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.rapporteur.text.Said;
import org.rapporteur.text.Sentence;

/** Turns any failure into the one sentence a person should read; the stack trace goes to the log only. */
public final class Problems {
    private static final Logger LOG = Logger.getLogger(Problems.class.getName());

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

    /**
     * The sentence in the reader's language; an unforeseen failure says so with its own (English) detail. The
     * failure itself, with its stack trace, goes to the log file.
     */
    public static String sentence(Throwable failure, Locale locale) {
        Throwable t = cause(failure);
        if (t instanceof Said said) {
            LOG.log(Level.INFO, "Told the user: " + said.sentence().in(Locale.ENGLISH), t);
            return said.sentence().in(locale);
        }
        LOG.log(Level.WARNING, "Unexpected failure", t);
        String detail = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return Sentence.of("problem.unexpected", detail).in(locale);
    }
}
