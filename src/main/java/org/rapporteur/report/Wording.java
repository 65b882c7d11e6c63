package org.rapporteur.report;

import java.util.Locale;
import org.rapporteur.model.Language;
import org.rapporteur.model.Meeting;

/**
 * The report's words for one meeting in one language: the bundle, its grammar, and how the meeting's
 * delegations and persons are named in it. The composers share one.
 */
final class Wording {
    final Prose prose;
    final Grammar grammar;
    final DelegationNames delegations;
    final PersonPhrases persons;
    final Language language;

    private Wording(Prose prose, Language language, Language original) {
        this.prose = prose;
        this.grammar = new Grammar(prose);
        this.language = language;
        this.delegations = new DelegationNames(language, original, grammar);
        this.persons = new PersonPhrases(prose, grammar);
    }

    static Wording of(Meeting meeting, Prose prose) {
        return new Wording(prose, language(prose.locale()), meeting.facts().originalLanguage());
    }

    /** The working language a locale is in; English for any other, as the bundle falls back to it. */
    static Language language(Locale locale) {
        for (Language l : Language.values()) {
            if (l.code().equals(locale.getLanguage())) {
                return l;
            }
        }
        return Language.EN;
    }
}
