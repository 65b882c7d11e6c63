package org.rapporteur.report;

import org.rapporteur.model.AgendaItem;
import org.rapporteur.model.Entry;
import org.rapporteur.model.Part;

/**
 * Where in the meeting record something of the report comes from, so a screen can open that place: a part,
 * an item of it, an entry of that item. An id is null when the place is not that deep; all three are null
 * for what belongs to the meeting as a whole (its facts, its lists of people and documents).
 */
public record Place(Long partId, Long itemId, Long entryId) {
    public static final Place MEETING = new Place(null, null, null);

    public static Place of(Part part) {
        return new Place(part.id(), null, null);
    }

    public static Place of(Part part, AgendaItem item) {
        return new Place(part.id(), item.id(), null);
    }

    public static Place of(Part part, AgendaItem item, Entry entry) {
        return new Place(part.id(), item.id(), entry.id());
    }

    public boolean isMeeting() {
        return partId == null && itemId == null && entryId == null;
    }
}
