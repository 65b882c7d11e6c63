package org.rapporteur.model;

import java.util.List;
import java.util.Objects;

/**
 * One delegation's position on a proposal; a delegation may take several (consults, and has concerns).
 *
 * @param note          what it said, short ("Development of a System of Connectivity and Monitoring …")
 * @param secondedByIds who seconded it, for a position others can second (asking to add an item)
 * @param proseOverride the rapporteur's own sentence for this position in the report; null when the generated
 *                      one stands
 */
public record ProposalPosition(Long id, Long delegationId, Stance stance, String note, List<Long> secondedByIds,
                               String proseOverride) {

    public ProposalPosition {
        Objects.requireNonNull(stance, "stance");
        secondedByIds = secondedByIds == null ? List.of() : List.copyOf(secondedByIds);
        proseOverride = Texts.blankToNull(proseOverride);
    }

    /** A position whose report sentence is generated. */
    public ProposalPosition(Long id, Long delegationId, Stance stance, String note, List<Long> secondedByIds) {
        this(id, delegationId, stance, note, secondedByIds, null);
    }

    public ProposalPosition withId(Long newId) {
        return new ProposalPosition(newId, delegationId, stance, note, secondedByIds, proseOverride);
    }

    public ProposalPosition withProseOverride(String sentence) {
        return new ProposalPosition(id, delegationId, stance, note, secondedByIds, sentence);
    }
}
