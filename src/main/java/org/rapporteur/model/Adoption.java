package org.rapporteur.model;

import java.util.List;
import java.util.Objects;

/**
 * The plenary's decision on a document, with the amendments asked for on the way.
 *
 * @param proseOverride the rapporteur's own words for the report's note on this adoption (the sentence after the
 *                      list of adopted documents); null when the generated note stands
 */
public record Adoption(Long id, Long documentId, AdoptionOutcome outcome, List<AmendmentRequest> amendments,
                       String proseOverride) {

    public Adoption {
        Objects.requireNonNull(outcome, "outcome");
        amendments = amendments == null ? List.of() : List.copyOf(amendments);
        proseOverride = Texts.blankToNull(proseOverride);
    }

    /** An adoption whose report note is generated. */
    public Adoption(Long id, Long documentId, AdoptionOutcome outcome, List<AmendmentRequest> amendments) {
        this(id, documentId, outcome, amendments, null);
    }

    public Adoption withId(Long newId) {
        return new Adoption(newId, documentId, outcome, amendments, proseOverride);
    }

    public Adoption withProseOverride(String sentence) {
        return new Adoption(id, documentId, outcome, amendments, sentence);
    }
}
