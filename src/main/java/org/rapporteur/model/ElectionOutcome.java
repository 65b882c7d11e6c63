package org.rapporteur.model;

/** How a nomination ended. */
public enum ElectionOutcome {
    PENDING, ACCLAMATION, ELECTED_BY_VOTE, NOT_ELECTED_BY_VOTE, WITHDRAWN, OTHER_CANDIDATE_ELECTED;

    /** Whether the nominee now holds the office. */
    public boolean elected() {
        return this == ACCLAMATION || this == ELECTED_BY_VOTE;
    }
}
