package org.rapporteur.model;

/** The kinds of part a rapporteur's report is made of, in their usual order. */
public enum PartKind {
    OPENING_CEREMONY, SESSION, PRELIMINARY_REPORT, CLOSING_CEREMONY, CONCLUSION
}
