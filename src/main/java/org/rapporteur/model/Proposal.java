package org.rapporteur.model;

import java.util.List;
import java.util.Objects;

/**
 * A proposal put to the meeting, the positions delegations took on it, and its outcome.
 *
 * @param proposerId  the proposing delegation
 * @param presenterId the person who presented it; may be null
 * @param outcomeText the outcome in words ("forwarded to the Committee on Hemispheric Security …")
 */
public record Proposal(Long id, Long proposerId, Long presenterId, String title, String summary,
                       List<ProposalPosition> positions, ProposalOutcome outcome, String outcomeText) {

    public Proposal {
        Objects.requireNonNull(outcome, "outcome");
        positions = positions == null ? List.of() : List.copyOf(positions);
    }

    public Proposal withId(Long newId) {
        return new Proposal(newId, proposerId, presenterId, title, summary, positions, outcome, outcomeText);
    }
}
