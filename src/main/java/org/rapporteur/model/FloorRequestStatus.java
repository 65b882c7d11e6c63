package org.rapporteur.model;

/** Where a request for the floor stands on the speakers list. */
public enum FloorRequestStatus {
    WAITING, SPEAKING, DONE, WITHDRAWN
}
