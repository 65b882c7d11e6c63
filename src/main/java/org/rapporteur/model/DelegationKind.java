package org.rapporteur.model;

/** What a delegation is: it decides where it stands in the attendance sentence. */
public enum DelegationKind {
    MEMBER_STATE, OBSERVER, INTERNATIONAL_ORGANIZATION, SECRETARIAT
}
