package org.rapporteur.ui.home;

import java.util.List;

/** One line of a meeting's outline (a part, a session, an agenda item), with what stands under it. */
public record OutlineNode(Kind kind, String label, List<OutlineNode> children) {

    /** What a line of the outline stands for. */
    public enum Kind { MEETING, PART, SESSION, DAY, ITEM }

    public OutlineNode {
        children = List.copyOf(children);
    }
}
