package org.rapporteur.model;

import java.util.List;
import java.util.Objects;

/**
 * A nomination to an office and how it ended.
 *
 * @param officeLabel   the office's name when {@code office} is {@link Office#OTHER}; may be null otherwise
 * @param nominatedById the delegation that nominated
 * @param secondedByIds the delegations that seconded, in order
 * @param votes         the counts when it went to a vote; null otherwise
 * @param proseOverride the rapporteur's own sentence for the report instead of the generated one; null when
 *                      the generated sentence stands
 */
public record Election(Long id, Office office, String officeLabel, Long nomineeId, Long nominatedById,
                       List<Long> secondedByIds, ElectionOutcome outcome, VoteCount votes, String proseOverride) {

    public Election {
        Objects.requireNonNull(office, "office");
        Objects.requireNonNull(outcome, "outcome");
        secondedByIds = secondedByIds == null ? List.of() : List.copyOf(secondedByIds);
        proseOverride = Texts.blankToNull(proseOverride);
    }

    /** An election whose report sentence is generated. */
    public Election(Long id, Office office, String officeLabel, Long nomineeId, Long nominatedById,
                    List<Long> secondedByIds, ElectionOutcome outcome, VoteCount votes) {
        this(id, office, officeLabel, nomineeId, nominatedById, secondedByIds, outcome, votes, null);
    }

    public Election withId(Long newId) {
        return new Election(newId, office, officeLabel, nomineeId, nominatedById, secondedByIds, outcome, votes, proseOverride);
    }

    public Election withProseOverride(String sentence) {
        return new Election(id, office, officeLabel, nomineeId, nominatedById, secondedByIds, outcome, votes, sentence);
    }
}
