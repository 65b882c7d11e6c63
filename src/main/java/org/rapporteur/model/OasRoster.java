package org.rapporteur.model;

import java.util.List;

/**
 * The OAS's 35 member states, to pick a meeting's delegations from: the name as lists give it, the form
 * used inside a sentence where it differs ("the Bahamas"), and spellings a rapporteur may type instead.
 * Each comes as a delegation not yet marked present and without an id.
 */
public final class OasRoster {
    private OasRoster() {
    }

    public static List<Delegation> memberStates() {
        return List.of(
                state("Antigua and Barbuda", null),
                state("Argentina", null),
                state("Bahamas", "the Bahamas", "The Bahamas", "Commonwealth of The Bahamas"),
                state("Barbados", null),
                state("Belize", null),
                state("Bolivia", null, "Plurinational State of Bolivia"),
                state("Brazil", null, "Brasil"),
                state("Canada", null),
                state("Chile", null),
                state("Colombia", null),
                state("Costa Rica", null),
                state("Cuba", null),
                state("Dominica", null, "Commonwealth of Dominica"),
                state("Dominican Republic", "the Dominican Republic"),
                state("Ecuador", null),
                state("El Salvador", null),
                state("Grenada", null),
                state("Guatemala", null),
                state("Guyana", null),
                state("Haiti", null),
                state("Honduras", null),
                state("Jamaica", null),
                state("Mexico", null, "México"),
                state("Nicaragua", null),
                state("Panama", null, "Panamá"),
                state("Paraguay", null),
                state("Peru", null, "Perú"),
                state("Saint Kitts and Nevis", null, "St. Kitts and Nevis", "St. Kitts"),
                state("Saint Lucia", null, "St. Lucia"),
                state("Saint Vincent and the Grenadines", null, "St. Vincent and the Grenadines", "St. Vincent"),
                state("Suriname", null),
                state("Trinidad and Tobago", null),
                state("United States", "the United States", "United States of America", "USA", "U.S."),
                state("Uruguay", null),
                state("Venezuela", null, "Bolivarian Republic of Venezuela"));
    }

    private static Delegation state(String name, String proseName, String... aliases) {
        return new Delegation(null, name, proseName, DelegationKind.MEMBER_STATE, false, List.of(aliases));
    }
}
