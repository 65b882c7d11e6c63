package org.rapporteur.service;

import java.util.Locale;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.rapporteur.text.Said;
import org.rapporteur.text.Sentence;

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

    /** The sentence in the reader's language; an unforeseen failure says so with its own (English) detail. */
    public static String sentence(Throwable failure, Locale locale) {
        Throwable t = cause(failure);
        if (t instanceof Said said) {
            return said.sentence().in(locale);
        }
        String detail = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return Sentence.of("problem.unexpected", detail).in(locale);
    }
}
