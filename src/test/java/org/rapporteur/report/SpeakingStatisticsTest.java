package org.rapporteur.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.rapporteur.model.AgendaItem;
import org.rapporteur.model.Delegation;
import org.rapporteur.model.DelegationKind;
import org.rapporteur.model.Entry;
import org.rapporteur.model.EntryKind;
import org.rapporteur.model.FloorRequest;
import org.rapporteur.model.FloorRequestKind;
import org.rapporteur.model.FloorRequestStatus;
import org.rapporteur.model.Language;
import org.rapporteur.model.Meeting;
import org.rapporteur.model.MeetingFacts;
import org.rapporteur.model.Part;
import org.rapporteur.model.PartKind;
import org.rapporteur.model.Person;

class SpeakingStatisticsTest {
    private static final LocalDateTime NINE = LocalDateTime.of(2010, 11, 19, 9, 0);

    private static Entry entry(long id, EntryKind kind, Long delegation, Long person, int fromMinute, Integer toMinute) {
        return new Entry(id, kind, person, delegation, null, null, List.of(), null, NINE.plusMinutes(fromMinute),
                toMinute == null ? null : NINE.plusMinutes(toMinute));
    }

    private static Meeting meeting() {
        var mexico = new Delegation(1L, "Mexico", null, DelegationKind.MEMBER_STATE, true, List.of());
        var brazil = new Delegation(2L, "Brazil", null, DelegationKind.MEMBER_STATE, true, List.of());
        var guest = new Person(1L, "Ana Pérez", null, "Guest of honour", null);
        // Mexico: 3 min from its entry's times, then 2 min on the list less 30 s of pause; a point of order.
        var first = new AgendaItem(1L, "First", null, null, List.of(
                entry(11, EntryKind.STATEMENT, 1L, null, 0, 3),
                entry(12, EntryKind.POINT_OF_ORDER, 1L, null, 3, 4),
                entry(13, EntryKind.STATEMENT, 2L, null, 4, null),
                entry(14, EntryKind.SPEECH, null, 1L, 5, 15)), List.of(), List.of(), List.of(), List.of());
        var second = new AgendaItem(2L, "Second", null, null, List.of(
                entry(21, EntryKind.TOOK_FLOOR_AGAIN, 1L, null, 20, null)),
                List.of(new FloorRequest(1L, FloorRequestKind.REGULAR, FloorRequestStatus.DONE, null, 1L, 21L, NINE,
                        NINE.plusMinutes(20), NINE.plusMinutes(22), 30, null)), List.of(), List.of(), List.of());
        var part = new Part(1L, PartKind.SESSION, 1, 1, null, null, null, null, List.of(first, second));
        return new Meeting(1L, new MeetingFacts("M", null, null, null, null, null, null, null, Language.EN, null), null, null,
                List.of(mexico, brazil), List.of(guest), List.of(), List.of(part));
    }

    @Test
    void theMeetingCountsInterventionsAndTimePerDelegationWithPointsOfOrderApart() {
        List<SpeakingStatistics.Row> rows = SpeakingStatistics.of(meeting(), null, NINE.plusHours(1), Locale.ENGLISH);
        assertEquals(List.of("Mexico 2/1 330s", "Brazil 1/0 0s", "Ana Pérez 1/0 600s"),
                rows.stream().map(r -> r.speaker() + " " + r.interventions() + "/" + r.pointsOfOrder() + " "
                        + r.time().toSeconds() + "s").toList(), "delegations first, then speakers of none");
    }

    @Test
    void aTurnStillGoingOnCountsToNowInTheWindowAndNotInTheReport() {
        Meeting m = meeting();
        var item = m.parts().get(0).items().get(1);
        var speaking = new FloorRequest(1L, FloorRequestKind.REGULAR, FloorRequestStatus.SPEAKING, null, 1L, 21L, NINE,
                NINE.plusMinutes(20), null, 0, null);
        var withTurn = new AgendaItem(item.id(), item.title(), null, null, item.entries(), List.of(speaking), List.of(),
                List.of(), List.of());
        var part = m.parts().get(0);
        Meeting live = new Meeting(m.id(), m.facts(), null, null, m.delegations(), m.persons(), List.of(),
                List.of(new Part(part.id(), part.kind(), 1, 1, null, null, null, null, List.of(part.items().get(0), withTurn))));

        assertEquals(Duration.ofMinutes(5), SpeakingStatistics.of(live, 2L, NINE.plusMinutes(25), Locale.ENGLISH).get(0).time());
        assertEquals(Duration.ZERO, SpeakingStatistics.of(live, 2L, null, Locale.ENGLISH).get(0).time());
    }

    @Test
    void oneItemCountsOnlyItsOwnEntries() {
        List<SpeakingStatistics.Row> rows = SpeakingStatistics.of(meeting(), 2L, NINE.plusHours(1), Locale.ENGLISH);
        assertEquals(1, rows.size());
        assertEquals("Mexico", rows.get(0).speaker());
        assertEquals(Duration.ofSeconds(90), rows.get(0).time());
    }
}
