package org.rapporteur.model;

/** What the plenary decided on a document. */
public enum AdoptionOutcome {
    PENDING, ADOPTED, ADOPTED_AS_AMENDED, DEFERRED, NOT_ADOPTED
}
