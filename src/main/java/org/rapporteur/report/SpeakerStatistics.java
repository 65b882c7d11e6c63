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
import org.rapporteur.model.AgendaItem;
import org.rapporteur.model.Delegation;
import org.rapporteur.model.Entry;
import org.rapporteur.model.FloorRequest;
import org.rapporteur.model.Meeting;
import org.rapporteur.model.Person;

/**
 * How often each delegation took the floor: every entry that names a speaker counts once, for the entry's
 * delegation (or its speaker's). Speaking time adds up what was timed — the entry's own start and end, else
 * those of the speakers' list request it was opened from — since a rapporteur often logs without times.
 */
final class SpeakerStatistics {

    /**
     * One delegation's interventions.
     *
     * @param delegation null for speakers of no delegation
     * @param timed      the time of the interventions that have a start and an end; zero when none has
     */
    record Row(Delegation delegation, int interventions, Duration timed) {
    }

    private SpeakerStatistics() {
    }

    /** Most interventions first, ties in the language's alphabetical order; speakers of no delegation last. */
    static List<Row> of(Meeting meeting, Locale locale) {
        Map<Long, Row> byDelegation = new LinkedHashMap<>();
        Row unattached = new Row(null, 0, Duration.ZERO);
        for (AgendaItem item : meeting.items().toList()) {
            for (Entry entry : item.entries()) {
                Optional<Person> person = meeting.person(entry.personId());
                Long delegationId = entry.delegationId() != null ? entry.delegationId()
                        : person.map(Person::delegationId).orElse(null);
                Optional<Delegation> delegation = meeting.delegation(delegationId);
                if (delegation.isEmpty() && person.isEmpty()) {
                    continue;
                }
                Duration time = timed(entry, item.speakers());
                if (delegation.isPresent()) {
                    byDelegation.merge(delegation.get().id(), new Row(delegation.get(), 1, time), SpeakerStatistics::add);
                } else {
                    unattached = add(unattached, new Row(null, 1, time));
                }
            }
        }
        Collator names = Collator.getInstance(locale);
        List<Row> rows = new ArrayList<>(byDelegation.values());
        rows.sort(Comparator.comparingInt(Row::interventions).reversed()
                .thenComparing((Row r) -> r.delegation().name(), names));
        if (unattached.interventions() > 0) {
            rows.add(unattached);
        }
        return rows;
    }

    private static Row add(Row a, Row b) {
        return new Row(a.delegation(), a.interventions() + b.interventions(), a.timed().plus(b.timed()));
    }

    private static Duration timed(Entry entry, List<FloorRequest> speakers) {
        Optional<Duration> own = between(entry.startedAt(), entry.endedAt());
        if (own.isPresent()) {
            return own.get();
        }
        return speakers.stream().filter(r -> entry.id() != null && entry.id().equals(r.entryId()))
                .map(r -> between(r.startedAt(), r.endedAt())).flatMap(Optional::stream).findFirst()
                .orElse(Duration.ZERO);
    }

    private static Optional<Duration> between(LocalDateTime start, LocalDateTime end) {
        if (start == null || end == null || end.isBefore(start)) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(start, end));
    }
}
