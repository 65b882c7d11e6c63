package org.rapporteur.ui.outline;

import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.rapporteur.model.AgendaItem;
import org.rapporteur.model.Meeting;
import org.rapporteur.model.Part;
import org.rapporteur.ui.UiText;

/**
 * The outline of a meeting as the rapporteur sees it in the side panel: days, then the parts of the
 * report, then their agenda items, each line knowing which item it opens. All words come from the UI's bundle.
 */
public final class OutlineBuilder {
    private final UiText texts;

    public OutlineBuilder(UiText texts) {
        this.texts = texts;
    }

    public OutlineNode outline(Meeting meeting) {
        List<OutlineNode> days = new ArrayList<>();
        Integer currentDay = null;
        List<OutlineNode> partsOfDay = new ArrayList<>();
        String dayLabel = null;
        for (Part part : meeting.parts()) {
            Integer day = part.day();
            if (day != null && !Objects.equals(day, currentDay)) {
                if (dayLabel != null) {
                    days.add(new OutlineNode(OutlineNode.Kind.DAY, dayLabel, null, null, partsOfDay));
                }
                currentDay = day;
                partsOfDay = new ArrayList<>();
                dayLabel = part.date() == null ? texts.format("outline.day", day)
                        : texts.format("outline.dayWithDate", day, texts.date(part.date(), FormatStyle.LONG));
            }
            OutlineNode node = part(part);
            if (dayLabel == null) {
                days.add(node);
            } else {
                partsOfDay.add(node);
            }
        }
        if (dayLabel != null) {
            days.add(new OutlineNode(OutlineNode.Kind.DAY, dayLabel, null, null, partsOfDay));
        }
        return new OutlineNode(OutlineNode.Kind.MEETING, meeting.title(), null, null, days);
    }

    private OutlineNode part(Part part) {
        List<OutlineNode> items = part.items().stream().filter(i -> i.hasTitle() || !isOnlyItem(part, i))
                .map(i -> item(part, i)).toList();
        // A part holding one untitled item opens that item itself.
        Long opens = items.isEmpty() && part.items().size() == 1 ? part.items().get(0).id() : null;
        if (part.isSession()) {
            String label = part.sessionNumber() == null ? texts.get("part.SESSION")
                    : texts.format("outline.session", part.sessionNumber());
            return new OutlineNode(OutlineNode.Kind.SESSION, label, part.id(), opens, items);
        }
        return new OutlineNode(OutlineNode.Kind.PART, texts.get("part." + part.kind().name()), part.id(), opens, items);
    }

    private static boolean isOnlyItem(Part part, AgendaItem item) {
        return part.items().size() == 1 && part.items().get(0) == item;
    }

    private OutlineNode item(Part part, AgendaItem item) {
        String title = item.hasTitle() ? item.title() : texts.get("outline.untitledItem");
        int entries = item.entries().size();
        String label = entries == 0 ? title : texts.format("outline.itemWithEntries", title, entries);
        return new OutlineNode(OutlineNode.Kind.ITEM, label, part.id(), item.id(), List.of());
    }
}
