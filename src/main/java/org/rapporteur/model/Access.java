package org.rapporteur.model;

/**
 * What the person logged in may change, as the database itself grants it (docs/shared-meeting.md): on a shared
 * meeting PostgreSQL refuses anything else, and the screens only follow what it says. A local store grants all.
 *
 * @param setUp     the meeting's facts, parts and agenda
 * @param log       the entries of the log (who took the floor, what they said)
 * @param decisions elections, adoptions and proposals
 * @param speakers  the speakers list: requests, calling the next speaker, the clock, the rules
 */
public record Access(boolean setUp, boolean log, boolean decisions, boolean speakers) {
    /** Everything: a local store, or a shared meeting's owner. */
    public static final Access ALL = new Access(true, true, true, true);

    /** Reads only: the chair's login. */
    public boolean readOnly() {
        return !setUp && !log && !decisions && !speakers;
    }
}
