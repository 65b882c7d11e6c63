package org.rapporteur.report;

/** The annexes a report may carry after its conclusion, in the order they are printed. */
public enum Annex {
    /** The meeting's documents by series, with their symbols and titles. */
    DOCUMENTS,
    /** Who attended, delegation by delegation. */
    PARTICIPANTS,
    /** Every election, adoption and proposal, with the positions taken on the proposals. */
    DECISIONS,
    /** How often each delegation took the floor, and for how long when the times were recorded. */
    STATISTICS
}
