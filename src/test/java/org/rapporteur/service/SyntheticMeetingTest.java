package org.rapporteur.service;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.model.AgendaItem;
import org.rapporteur.model.Delegation;
import org.rapporteur.model.DelegationKind;
import org.rapporteur.model.Entry;
import org.rapporteur.model.Meeting;
import org.rapporteur.model.OasRoster;
import org.rapporteur.model.Part;
import org.rapporteur.model.PartKind;
import org.rapporteur.model.Person;
import org.rapporteur.report.ReportComposer;
import org.rapporteur.report.ReportOptions;

/** The made-up meetings the benchmarks run on: the size asked for, shaped like a real record, the same every time. */
class SyntheticMeetingTest {
    private final Meeting thousand = SyntheticMeeting.generate(1000, SyntheticMeeting.DEFAULT_SEED);

    @TempDir
    Path store;

    @Test
    void hasExactlyTheEntriesAskedFor() {
        assertAll(() -> assertEquals(1000, thousand.entries().count()),
                () -> assertEquals(1, SyntheticMeeting.generate(1, 7).entries().count()),
                () -> assertEquals(10_000, SyntheticMeeting.generate(10_000, 7).entries().count()),
                () -> assertThrows(IllegalArgumentException.class, () -> SyntheticMeeting.generate(0, 7)));
    }

    @Test
    void theSameSeedGivesTheSameMeetingAndAnotherSeedAnother() {
        assertEquals(thousand, SyntheticMeeting.generate(1000, SyntheticMeeting.DEFAULT_SEED));
        assertNotEquals(thousand, SyntheticMeeting.generate(1000, SyntheticMeeting.DEFAULT_SEED + 1));
    }

    @Test
    void isShapedLikeAReport() {
        List<PartKind> kinds = thousand.parts().stream().map(Part::kind).toList();
        List<Part> sessions = thousand.sessions();
        assertAll(() -> assertEquals(PartKind.OPENING_CEREMONY, kinds.get(0)),
                () -> assertEquals(List.of(PartKind.PRELIMINARY_REPORT, PartKind.CLOSING_CEREMONY, PartKind.CONCLUSION),
                        kinds.subList(kinds.size() - 3, kinds.size())),
                () -> assertEquals(sessions.size(), kinds.stream().filter(k -> k == PartKind.SESSION).count()),
                () -> assertTrue(sessions.size() >= 5, "sessions: " + sessions.size()),
                () -> assertEquals(java.util.stream.IntStream.rangeClosed(1, sessions.size()).boxed().toList(),
                        sessions.stream().map(Part::sessionNumber).toList(), "sessions numbered in order"),
                () -> assertTrue(sessions.stream().allMatch(p -> p.chairId() != null && p.date() != null), "chaired, dated"),
                () -> assertTrue(sessions.stream().flatMap(p -> p.items().stream()).allMatch(AgendaItem::hasTitle)),
                () -> assertTrue(sessions.stream().flatMap(p -> p.items().stream()).allMatch(i -> i.entries().size() <= 90)));
    }

    @Test
    void theRosterIsTheOasMemberStatesPresentWithObserversAndTheSecretariat() {
        List<String> states = OasRoster.memberStates().stream().map(Delegation::name).toList();
        List<Delegation> delegations = thousand.delegations();
        assertAll(() -> assertEquals(states, delegations.stream().filter(d -> d.kind() == DelegationKind.MEMBER_STATE)
                        .map(Delegation::name).toList()),
                () -> assertTrue(delegations.stream().allMatch(Delegation::present)),
                () -> assertTrue(delegations.stream().anyMatch(d -> d.kind() == DelegationKind.SECRETARIAT)),
                () -> assertTrue(delegations.stream().anyMatch(d -> d.kind() == DelegationKind.OBSERVER)));
        Map<Long, Person> persons = thousand.persons().stream().collect(Collectors.toMap(Person::id, p -> p));
        assertTrue(thousand.entries().allMatch(e -> persons.containsKey(e.personId())
                && e.delegationId().equals(persons.get(e.personId()).delegationId())), "each speaker speaks for their own");
    }

    @Test
    void summariesAreAsLongAsTheSamplesAndEveryEntryIsTimed() {
        List<Integer> sample = SampleMeeting.load().entries().map(Entry::summary).filter(s -> s != null && !s.isBlank())
                .map(String::length).sorted().toList();
        List<Integer> made = thousand.entries().map(e -> e.summary().length()).sorted().toList();
        int sampleMedian = sample.get(sample.size() / 2);
        int madeMedian = made.get(made.size() / 2);
        assertAll(() -> assertTrue(made.get(0) >= sample.get(0), "no summary shorter than the sample's shortest"),
                () -> assertTrue(Math.abs(madeMedian - sampleMedian) < sampleMedian / 3,
                        "median " + madeMedian + " near the sample's " + sampleMedian),
                () -> assertTrue(thousand.entries().allMatch(e -> e.startedAt() != null && e.endedAt().isAfter(e.startedAt()))));
    }

    @Test
    void itTakesDecisionsAndItsReportComposes() {
        long elections = thousand.elections().count();
        long adoptions = thousand.adoptions().count();
        long proposals = thousand.proposals().count();
        assertAll(() -> assertEquals(3, elections, "the officers, in the first session"),
                () -> assertTrue(adoptions >= 3, "adoptions: " + adoptions),
                () -> assertTrue(proposals >= 2, "proposals: " + proposals));
        var report = new ReportComposer(thousand, Locale.ENGLISH, ReportOptions.plain()).compose();
        assertTrue(report.blocks().size() > 1000, "at least a paragraph per entry: " + report.blocks().size());
    }

    @Test
    void itIsStoredAndReadBackWhole() {
        try (Backend backend = TestBackends.open(store, Workers.sameThread())) {
            long id = backend.meetings().addSynthetic(300, 11).join();
            Meeting back = backend.meetings().loadMeeting(id).join();
            Meeting made = SyntheticMeeting.generate(300, 11);
            assertAll(() -> assertEquals(made.title(), back.title()),
                    () -> assertEquals(made.entries().map(Entry::summary).toList(), back.entries().map(Entry::summary).toList()),
                    () -> assertEquals(made.parts().size(), back.parts().size()),
                    () -> assertEquals(made.elections().count() + made.adoptions().count() + made.proposals().count(),
                            back.elections().count() + back.adoptions().count() + back.proposals().count()));
        }
    }
}
