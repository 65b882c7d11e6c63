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

    /** The plenary role these grants make, for saying who one is logged in as. */
    public enum Role { OWNER, RAPPORTEUR, SECRETARIAT, CHAIR, OTHER }

    public Role role() {
        if (setUp) {
            return Role.OWNER;
        }
        if (readOnly()) {
            return Role.CHAIR;
        }
        if (speakers && log && !decisions) {
            return Role.SECRETARIAT;
        }
        if (log && decisions && !speakers) {
            return Role.RAPPORTEUR;
        }
        return Role.OTHER;
    }
}
