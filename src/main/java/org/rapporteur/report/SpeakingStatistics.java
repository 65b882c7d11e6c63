package org.rapporteur.report;

import java.text.Collator;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.rapporteur.model.AgendaItem;
import org.rapporteur.model.Delegation;
import org.rapporteur.model.Entry;
import org.rapporteur.model.EntryKind;
import org.rapporteur.model.FloorRequest;
import org.rapporteur.model.Language;
import org.rapporteur.model.Meeting;
import org.rapporteur.model.Person;

/**
 * Who took the floor how often and for how long, for one item or the whole meeting: the window's statistics
 * and the report's annex. Every entry of the log that names a speaker counts once, for its delegation (or its
 * speaker's; a speaker of no delegation counts by name). Points of order are counted apart, as chairs report
 * them. An entry's time comes from the speakers list when it was called from it (the list knows the pauses),
 * else from the entry's own start and end; an entry without both counts no time, since a rapporteur often
 * logs without times.
 */
public final class SpeakingStatistics {
    private SpeakingStatistics() {
    }

    /**
     * One delegation's (or one speaker's) share of the floor.
     *
     * @param delegation    null for a speaker of no delegation, then named by {@code speaker}
     * @param interventions the entries, points of order apart
     * @param time          the time of the turns that were timed; zero when none was
     */
    public record Row(String speaker, Delegation delegation, int interventions, Duration time, int pointsOfOrder) {
    }

    /**
     * Delegations by most interventions, then longest time, then name in the language's order; speakers of no
     * delegation after them. {@code itemId} null for the whole meeting; {@code now} the time a turn still going
     * on is counted to, or null to count finished turns only (a report).
     */
    public static List<Row> of(Meeting meeting, Long itemId, LocalDateTime now, Locale locale) {
        return of(meeting, itemId, now, locale, Delegation::name);
    }

    /** The same with the delegations named in a report language, as the statistics workbook gives them. */
    public static List<Row> of(Meeting meeting, Long itemId, LocalDateTime now, Language language) {
        Prose prose = new Prose(language.locale());
        DelegationNames names = Wording.of(meeting, prose).delegations;
        return of(meeting, itemId, now, language.locale(), names::list);
    }

    static List<Row> of(Meeting meeting, Long itemId, LocalDateTime now, Locale locale, Function<Delegation, String> name) {
        Map<String, Row> rows = new LinkedHashMap<>();
        for (AgendaItem item : meeting.items().filter(i -> itemId == null || i.id().equals(itemId)).toList()) {
            for (Entry entry : item.entries()) {
                Optional<Person> person = meeting.person(entry.personId());
                Long delegationId = entry.delegationId() != null ? entry.delegationId()
                        : person.map(Person::delegationId).orElse(null);
                Optional<Delegation> delegation = meeting.delegation(delegationId);
                if (delegation.isEmpty() && person.isEmpty()) {
                    continue;
                }
                String who = delegation.map(name).orElseGet(() -> person.get().name());
                boolean pointOfOrder = entry.kind() == EntryKind.POINT_OF_ORDER;
                Row one = new Row(who, delegation.orElse(null), pointOfOrder ? 0 : 1, time(entry, item, now),
                        pointOfOrder ? 1 : 0);
                rows.merge((delegation.isPresent() ? "d" : "p") + who, one, SpeakingStatistics::add);
            }
        }
        Collator names = Collator.getInstance(locale);
        List<Row> sorted = new ArrayList<>(rows.values());
        sorted.sort(Comparator.comparing((Row r) -> r.delegation() == null)
                .thenComparing(Comparator.comparingInt(Row::interventions).reversed())
                .thenComparing(Row::time, Comparator.reverseOrder())
                .thenComparing(Row::speaker, names));
        return sorted;
    }

    private static Row add(Row a, Row b) {
        return new Row(a.speaker(), a.delegation(), a.interventions() + b.interventions(), a.time().plus(b.time()),
                a.pointsOfOrder() + b.pointsOfOrder());
    }

    private static Duration time(Entry entry, AgendaItem item, LocalDateTime now) {
        for (FloorRequest r : item.speakers()) {
            if (entry.id() != null && entry.id().equals(r.entryId()) && r.startedAt() != null) {
                if (r.endedAt() == null && now == null) {
                    return Duration.ZERO;
                }
                return r.spoken(now);
            }
        }
        if (entry.startedAt() != null && entry.endedAt() != null && !entry.endedAt().isBefore(entry.startedAt())) {
            return Duration.between(entry.startedAt(), entry.endedAt());
        }
        return Duration.ZERO;
    }
}
