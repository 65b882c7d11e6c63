package org.rapporteur.model;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A delegation at the meeting: a member state, an observer, an international organization or the
 * secretariat.
 *
 * @param name      the name as it stands in a list ("Dominican Republic", "Bahamas")
 * @param proseName the form used inside a sentence ("the Dominican Republic"); null means {@code name}
 * @param aliases   other spellings the rapporteur may type ("St. Kitts and Nevis")
 */
public record Delegation(Long id, String name, String proseName, DelegationKind kind, boolean present,
                         List<String> aliases) {

    public Delegation {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }

    /** The form to use in a sentence: "the delegation of " + {@code inProse()}. */
    public String inProse() {
        return proseName == null || proseName.isBlank() ? name : proseName;
    }

    /** Whether the text names this delegation, by its name, prose form or an alias, ignoring case. */
    public boolean isCalled(String text) {
        if (text == null) {
            return false;
        }
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        if (name.toLowerCase(Locale.ROOT).equals(wanted) || inProse().toLowerCase(Locale.ROOT).equals(wanted)) {
            return true;
        }
        return aliases.stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).equals(wanted));
    }

    public Delegation withId(Long newId) {
        return new Delegation(newId, name, proseName, kind, present, aliases);
    }

    public Delegation withPresent(boolean isPresent) {
        return new Delegation(id, name, proseName, kind, isPresent, aliases);
    }
}
