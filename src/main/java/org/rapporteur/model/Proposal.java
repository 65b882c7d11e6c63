package org.rapporteur.model;

import java.util.List;
import java.util.Objects;

/**
 * A proposal put to the meeting, the positions delegations took on it, and its outcome.
 *
 * @param proposerId  the proposing delegation
 * @param presenterId the person who presented it; may be null
 * @param outcomeText the outcome in words ("forwarded to the Committee on Hemispheric Security …")
 * @param proseOverride the rapporteur's own sentence for the report's outcome sentence; null when the generated
 *                      one stands
 */
public record Proposal(Long id, Long proposerId, Long presenterId, String title, String summary,
                       List<ProposalPosition> positions, ProposalOutcome outcome, String outcomeText,
                       String proseOverride) {

    public Proposal {
        Objects.requireNonNull(outcome, "outcome");
        positions = positions == null ? List.of() : List.copyOf(positions);
        proseOverride = Texts.blankToNull(proseOverride);
    }

    /** A proposal whose outcome sentence is generated. */
    public Proposal(Long id, Long proposerId, Long presenterId, String title, String summary,
                    List<ProposalPosition> positions, ProposalOutcome outcome, String outcomeText) {
        this(id, proposerId, presenterId, title, summary, positions, outcome, outcomeText, null);
    }

    public Proposal withId(Long newId) {
        return new Proposal(newId, proposerId, presenterId, title, summary, positions, outcome, outcomeText, proseOverride);
    }

    public Proposal withProseOverride(String sentence) {
        return new Proposal(id, proposerId, presenterId, title, summary, positions, outcome, outcomeText, sentence);
    }

    public Proposal withPositions(List<ProposalPosition> newPositions) {
        return new Proposal(id, proposerId, presenterId, title, summary, newPositions, outcome, outcomeText, proseOverride);
    }
}
