package org.rapporteur.ui.outline;

import java.util.List;

/**
 * One line of a meeting's outline (a day, a part, a session, an agenda item), with what stands under it.
 *
 * @param itemId the agenda item this line opens: the item itself, or a part's only (untitled) item; null for a
 *               day, or a part whose items are listed under it
 */
public record OutlineNode(Kind kind, String label, Long partId, Long itemId, List<OutlineNode> children) {

    /** What a line of the outline stands for. */
    public enum Kind { MEETING, PART, SESSION, DAY, ITEM }

    public OutlineNode {
        children = List.copyOf(children);
    }
}
