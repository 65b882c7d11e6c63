package org.rapporteur.model;

import java.util.List;
import java.util.Objects;

/** The plenary's decision on a document, with the amendments asked for on the way. */
public record Adoption(Long id, Long documentId, AdoptionOutcome outcome, List<AmendmentRequest> amendments) {

    public Adoption {
        Objects.requireNonNull(outcome, "outcome");
        amendments = amendments == null ? List.of() : List.copyOf(amendments);
    }

    public Adoption withId(Long newId) {
        return new Adoption(newId, documentId, outcome, amendments);
    }
}
