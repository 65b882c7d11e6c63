package org.rapporteur.model;

/** Why someone asks for the floor; a point of order goes to the top of the list. */
public enum FloorRequestKind {
    REGULAR, POINT_OF_ORDER, RIGHT_OF_REPLY
}
