package org.rapporteur.model;

import java.util.List;
import java.util.Objects;

/**
 * One delegation's position on a proposal; a delegation may take several (consults, and has concerns).
 *
 * @param note          what it said, short ("Development of a System of Connectivity and Monitoring …")
 * @param secondedByIds who seconded it, for a position others can second (asking to add an item)
 */
public record ProposalPosition(Long id, Long delegationId, Stance stance, String note, List<Long> secondedByIds) {

    public ProposalPosition {
        Objects.requireNonNull(stance, "stance");
        secondedByIds = secondedByIds == null ? List.of() : List.copyOf(secondedByIds);
    }

    public ProposalPosition withId(Long newId) {
        return new ProposalPosition(newId, delegationId, stance, note, secondedByIds);
    }
}
