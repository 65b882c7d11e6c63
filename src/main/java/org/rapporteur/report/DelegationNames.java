package org.rapporteur.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.rapporteur.model.Delegation;
import org.rapporteur.model.Language;
import org.rapporteur.model.LocalName;
import org.rapporteur.model.OasRoster;

/**
 * A meeting's delegations named in the report's language. In order: the delegation's own name for that
 * language (the rapporteur's, set up per language); its name as typed, when it was typed in that language (the
 * rapporteur's preferred form, such as "St. Kitts and Nevis", stands); the roster's name for a state,
 * observer or organization it knows; and for any other, the name as typed, which is then a proper name
 * ("AMERIPOL").
 */
final class DelegationNames {
    private final Language language;
    private final Language original;
    private final Grammar grammar;

    DelegationNames(Language language, Language original, Grammar grammar) {
        this.language = language;
        this.original = original;
        this.grammar = grammar;
    }

    /** "Estados Unidos", "Dominican Republic": as a list gives it. */
    String list(Delegation d) {
        return name(d).name();
    }

    /** "los Estados Unidos", "the Dominican Republic", "l'Uruguay": as a sentence gives it. */
    String inSentence(Delegation d) {
        return name(d).inProse();
    }

    /** "de los Estados Unidos", "of the Dominican Republic", "de l'Uruguay", "du Mexique", "do Brasil". */
    String of(Delegation d) {
        return grammar.of(inSentence(d));
    }

    /** Every way the report may name the delegation, in any language: to see whether a title already names it. */
    List<String> everyName(Delegation d) {
        LinkedHashSet<String> names = new LinkedHashSet<>(List.of(d.name(), d.inProse()));
        d.names().values().forEach(n -> names.addAll(List.of(n.name(), n.inProse())));
        OasRoster.find(d).ifPresent(e -> e.names().values().forEach(n -> names.addAll(List.of(n.name(), n.inProse()))));
        return new ArrayList<>(names);
    }

    /** A country as the venue gives it ("Chile"), named in the report's language when the roster knows it. */
    String country(String typed) {
        return OasRoster.find(typed).filter(e -> e.languagesNaming(typed).stream().noneMatch(language::equals))
                .map(e -> e.name(language).name()).orElse(typed);
    }

    LocalName name(Delegation d) {
        LocalName own = d.names().get(language);
        if (own != null) {
            return own;
        }
        Optional<OasRoster.Entry> known = OasRoster.find(d);
        if (known.isEmpty()) {
            return new LocalName(d.name(), d.proseName());
        }
        OasRoster.Entry entry = known.get();
        if (typedIn(entry, d) != language) {
            return entry.name(language);
        }
        String prose = d.proseName() != null && !d.proseName().isBlank() ? d.proseName() : entry.name(language).proseName();
        return new LocalName(d.name(), prose);
    }

    /** The language the delegation's name was typed in, by the roster: the meeting's own first; null for none. */
    private Language typedIn(OasRoster.Entry entry, Delegation d) {
        List<Language> naming = entry.languagesNaming(d.name());
        if (naming.isEmpty()) {
            return null;
        }
        return naming.contains(original) ? original : naming.getFirst();
    }
}
