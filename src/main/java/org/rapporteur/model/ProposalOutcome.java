package org.rapporteur.model;

/** Where a proposal ended; the proposal's outcome text says the rest ("… to begin negotiating …"). */
public enum ProposalOutcome {
    PENDING, FORWARDED, ADOPTED, NOT_ADOPTED, WITHDRAWN
}
