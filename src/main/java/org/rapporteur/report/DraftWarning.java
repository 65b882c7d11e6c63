package org.rapporteur.report;

import java.util.Objects;
import org.rapporteur.text.Sentence;

/**
 * Something in a draft a reader of the report would trip over, with the place to fix it. A warning never
 * stops an export: the rapporteur decides.
 */
public record DraftWarning(Kind kind, Sentence sentence, Place place) {

    /** What is wrong, so a screen can group the warnings or show each with its own mark. */
    public enum Kind {
        /** The same person's name written two ways. */
        NAME_SPELLING,
        /** One person given two titles, or a title written two ways. */
        TITLE,
        /** A delegation that spoke or took part in a decision but is not marked present. */
        NOT_PRESENT,
        /** A document symbol not written like the meeting's others. */
        SYMBOL,
        /** An entry without a summary. */
        NO_SUMMARY,
        /** A session without a chair. */
        NO_CHAIR
    }

    public DraftWarning {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(sentence, "sentence");
        Objects.requireNonNull(place, "place");
    }
}
