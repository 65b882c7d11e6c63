package org.rapporteur.model;

/** The position a delegation takes on a proposal. */
public enum Stance {
    SUPPORTS, SECONDS, ASKS_TO_ADD_ITEM, NEEDS_TO_CONSULT, HAS_CONCERNS, OPPOSES, COMMENTS
}
