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
 */
public record Election(Long id, Office office, String officeLabel, Long nomineeId, Long nominatedById,
                       List<Long> secondedByIds, ElectionOutcome outcome, VoteCount votes) {

    public Election {
        Objects.requireNonNull(office, "office");
        Objects.requireNonNull(outcome, "outcome");
        secondedByIds = secondedByIds == null ? List.of() : List.copyOf(secondedByIds);
    }

    public Election withId(Long newId) {
        return new Election(newId, office, officeLabel, nomineeId, nominatedById, secondedByIds, outcome, votes);
    }
}
