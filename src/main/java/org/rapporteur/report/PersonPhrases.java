package org.rapporteur.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.rapporteur.model.Gender;
import org.rapporteur.model.Language;
import org.rapporteur.model.Person;

/**
 * A person as the report names them: with the honorific ("Ambassador Jorge Skinner-Klée", a list's form), and
 * inside a sentence, where Spanish, French and Portuguese put an article before a title ("el Embajador …",
 * "la Sra. …", "l'Ambassadeur …", "o Sr. …") but not before a courtesy of their own ("M.", "Don") nor before
 * another language's ("Mr.").
 */
final class PersonPhrases {
    private final Prose prose;
    private final Grammar grammar;
    private final List<String> withoutArticle;

    PersonPhrases(Prose prose, Grammar grammar) {
        this.prose = prose;
        this.grammar = grammar;
        List<String> none = new ArrayList<>(split(prose.format("honorifics.withoutArticle")));
        // A courtesy of another language ("Mr." in a Spanish report) is a foreign form of address: no article either,
        // unless this language writes it the same ("Sra." is Spanish and Portuguese).
        List<String> own = split(prose.format("speaker.courtesyHonorifics"));
        for (Language other : Language.values()) {
            if (!other.code().equals(prose.locale().getLanguage())) {
                split(new Prose(other.locale()).format("speaker.courtesyHonorifics")).stream().filter(h -> !own.contains(h))
                        .forEach(none::add);
            }
        }
        this.withoutArticle = List.copyOf(none);
    }

    private static List<String> split(String list) {
        return Arrays.stream(list.split("\\|")).map(String::strip).filter(h -> !h.isEmpty()).toList();
    }

    /** "Mr. Glen Linder", or the name alone. */
    String withHonorific(Person p) {
        String honorific = MeetingPhrases.blankToNull(p.honorific());
        return honorific == null ? p.name() : prose.format("person.withHonorific", honorific, p.name());
    }

    /** The same inside a sentence: Spanish "el Sr. Glen Linder"; a name without honorific as it is. */
    String inSentence(Person p) {
        String honorific = MeetingPhrases.blankToNull(p.honorific());
        if (honorific == null || withoutArticle.contains(honorific)) {
            return withHonorific(p);
        }
        return grammar.elideArticle(prose.format("person.inSentence", withHonorific(p), gender(p.gender())));
    }

    /** The number the templates choose by: 0 unspecified, 1 feminine, 2 masculine. */
    static int gender(Gender gender) {
        return switch (gender == null ? Gender.UNSPECIFIED : gender) {
            case UNSPECIFIED -> 0;
            case FEMININE -> 1;
            case MASCULINE -> 2;
        };
    }
}
