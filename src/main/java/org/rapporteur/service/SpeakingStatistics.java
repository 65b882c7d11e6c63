package org.rapporteur.service;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rapporteur.model.AgendaItem;
import org.rapporteur.model.Delegation;
import org.rapporteur.model.Entry;
import org.rapporteur.model.EntryKind;
import org.rapporteur.model.FloorRequest;
import org.rapporteur.model.Meeting;

/**
 * Who spoke how often and for how long, per delegation, for one item or the whole meeting. Every entry of the
 * log is an intervention; its time comes from the speakers list when the entry was called from it (the list
 * knows the pauses), else from the entry's own start and end; an entry without both counts no time. Points of
 * order are counted apart, as chairs report them.
 */
public final class SpeakingStatistics {
    private SpeakingStatistics() {
    }

    /** One delegation's (or, for speakers without one, one person's) share of the floor. */
    public record Row(String speaker, int interventions, Duration time, int pointsOfOrder) {
    }

    /** The meeting's rows, most interventions first; {@code itemId} null for the whole meeting. */
    public static List<Row> of(Meeting meeting, Long itemId, LocalDateTime now) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        Map<String, Duration> times = new LinkedHashMap<>();
        List<AgendaItem> items = meeting.items().filter(i -> itemId == null || i.id().equals(itemId)).toList();
        for (AgendaItem item : items) {
            for (Entry e : item.entries()) {
                String who = speaker(meeting, e);
                if (who == null) {
                    continue;
                }
                int[] n = counts.computeIfAbsent(who, k -> new int[2]);
                if (e.kind() == EntryKind.POINT_OF_ORDER) {
                    n[1]++;
                } else {
                    n[0]++;
                }
                times.merge(who, time(item, e, now), Duration::plus);
            }
        }
        List<Row> rows = new ArrayList<>();
        counts.forEach((who, n) -> rows.add(new Row(who, n[0], times.get(who), n[1])));
        rows.sort(Comparator.comparingInt(Row::interventions).reversed()
                .thenComparing(Row::time, Comparator.reverseOrder()).thenComparing(Row::speaker));
        return rows;
    }

    private static String speaker(Meeting meeting, Entry e) {
        if (e.delegationId() != null) {
            return meeting.delegation(e.delegationId()).map(Delegation::name).orElse(null);
        }
        return meeting.person(e.personId()).map(p -> p.name()).orElse(null);
    }

    private static Duration time(AgendaItem item, Entry e, LocalDateTime now) {
        for (FloorRequest r : item.speakers()) {
            if (e.id() != null && e.id().equals(r.entryId())) {
                return r.spoken(now);
            }
        }
        if (e.startedAt() != null && e.endedAt() != null && !e.endedAt().isBefore(e.startedAt())) {
            return Duration.between(e.startedAt(), e.endedAt());
        }
        return Duration.ZERO;
    }
}
