package org.rapporteur.model;

/** An office filled by election; {@code OTHER} carries its name in the election's label. */
public enum Office {
    CHAIR, VICE_CHAIR, RAPPORTEUR, OTHER
}
