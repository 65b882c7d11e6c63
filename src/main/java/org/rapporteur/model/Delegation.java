package org.rapporteur.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A delegation at the meeting: a member state, an observer, an international organization or the
 * secretariat.
 *
 * @param name      the name as it stands in a list ("Dominican Republic", "Bahamas")
 * @param proseName the form used inside a sentence ("the Dominican Republic"); null means {@code name}
 * @param aliases   other spellings the rapporteur may type ("St. Kitts and Nevis")
 * @param names     the rapporteur's own name for the delegation in a report language, where the roster's
 *                  (or, for a delegation the roster does not know, {@code name}) will not do; none by default
 */
public record Delegation(Long id, String name, String proseName, DelegationKind kind, boolean present,
                         List<String> aliases, Map<Language, LocalName> names) {

    public Delegation {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        names = names == null || names.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(names));
    }

    /** A delegation named the same in every language of the report. */
    public Delegation(Long id, String name, String proseName, DelegationKind kind, boolean present, List<String> aliases) {
        this(id, name, proseName, kind, present, aliases, Map.of());
    }

    /** The form to use in a sentence: "the delegation of " + {@code inProse()}. */
    public String inProse() {
        return proseName == null || proseName.isBlank() ? name : proseName;
    }

    /** Whether the text names this delegation, by its name, prose form, an alias or a name of its own in a language. */
    public boolean isCalled(String text) {
        if (text == null) {
            return false;
        }
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        if (name.toLowerCase(Locale.ROOT).equals(wanted) || inProse().toLowerCase(Locale.ROOT).equals(wanted)) {
            return true;
        }
        return aliases.stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).equals(wanted))
                || names.values().stream().anyMatch(n -> n.name().toLowerCase(Locale.ROOT).equals(wanted)
                        || n.inProse().toLowerCase(Locale.ROOT).equals(wanted));
    }

    public Delegation withId(Long newId) {
        return new Delegation(newId, name, proseName, kind, present, aliases, names);
    }

    public Delegation withPresent(boolean isPresent) {
        return new Delegation(id, name, proseName, kind, isPresent, aliases, names);
    }

    public Delegation withName(String newName) {
        return new Delegation(id, newName, proseName, kind, present, aliases, names);
    }

    public Delegation withProseName(String newProseName) {
        return new Delegation(id, name, newProseName, kind, present, aliases, names);
    }

    public Delegation withKind(DelegationKind newKind) {
        return new Delegation(id, name, proseName, newKind, present, aliases, names);
    }

    public Delegation withAliases(List<String> newAliases) {
        return new Delegation(id, name, proseName, kind, present, newAliases, names);
    }

    /** The same delegation with these names of its own, by language (an empty map: none). */
    public Delegation withNames(Map<Language, LocalName> newNames) {
        return new Delegation(id, name, proseName, kind, present, aliases, newNames);
    }
}
