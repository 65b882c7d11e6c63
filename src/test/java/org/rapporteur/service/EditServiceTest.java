package org.rapporteur.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.model.AgendaItem;
import org.rapporteur.model.Delegation;
import org.rapporteur.model.DelegationKind;
import org.rapporteur.model.Entry;
import org.rapporteur.model.EntryKind;
import org.rapporteur.model.Gender;
import org.rapporteur.model.Language;
import org.rapporteur.model.LocalName;
import org.rapporteur.model.Meeting;
import org.rapporteur.model.MeetingFacts;
import org.rapporteur.model.PartKind;
import org.rapporteur.model.Person;
import org.rapporteur.model.Venue;

/** Single edits on a real store: they land, keep lists in order, and survive reopening. */
class EditServiceTest {
    @TempDir
    Path folder;

    private final Clock clock = Clock.fixed(Instant.parse("2010-11-18T14:05:09Z"), ZoneId.of("UTC"));
    private Backend backend;
    private final List<LocalDateTime> saves = new ArrayList<>();

    @BeforeEach
    void open() {
        backend = TestBackends.open(folder, Workers.sameThread(), clock);
        backend.edits().onSaved(saves::add);
    }

    @AfterEach
    void close() {
        backend.close();
    }

    private static MeetingFacts facts() {
        return new MeetingFacts("Meeting of Experts", "Organization of American States", null, null, null,
                new Venue("Santiago", "Chile"), java.time.LocalDate.of(2010, 11, 18), java.time.LocalDate.of(2010, 11, 19),
                Language.EN, null);
    }

    private Meeting load(long id) {
        return backend.meetings().loadMeeting(id).join();
    }

    private static Entry entry(Long delegationId, String summary) {
        return new Entry(null, EntryKind.STATEMENT, null, delegationId, null, null, List.of(), summary, null, null);
    }

    @Test
    void aNewMeetingStartsWithTheUsualPartsSpreadOverItsDays() {
        long id = backend.edits().createMeeting(facts(), 6, 2).join();
        Meeting m = load(id);
        assertEquals(List.of(PartKind.OPENING_CEREMONY, PartKind.SESSION, PartKind.SESSION, PartKind.SESSION,
                        PartKind.SESSION, PartKind.SESSION, PartKind.SESSION, PartKind.PRELIMINARY_REPORT,
                        PartKind.CLOSING_CEREMONY, PartKind.CONCLUSION),
                m.parts().stream().map(p -> p.kind()).toList());
        assertEquals(List.of(1, 1, 1, 2, 2, 2), m.sessions().stream().map(p -> p.day()).toList());
        assertEquals(java.time.LocalDate.of(2010, 11, 19), m.sessions().get(3).date());
        assertTrue(m.parts().stream().allMatch(p -> p.items().size() == 1), "every part has an item to type in");
    }

    @Test
    void aPersonsGenderAndADelegationsNamesByLanguageAreStoredChangedAndKeptOnReopening() {
        long id = backend.edits().createMeeting(facts(), 1, 1).join();
        Delegation holySee = new Delegation(null, "Holy See", "the Holy See", DelegationKind.OBSERVER, true, List.of(),
                Map.of(Language.ES, new LocalName("Santa Sede", "la Santa Sede")));
        long see = backend.edits().addDelegation(id, holySee).join();
        long envoy = backend.edits().addPerson(id, new Person(null, "Ana Pérez", "Sra.", null, see, Gender.FEMININE)).join();
        Delegation stored = load(id).delegation(see).orElseThrow();
        Map<Language, LocalName> more = Map.of(Language.ES, new LocalName("Santa Sede", "la Santa Sede"),
                Language.FR, new LocalName("Saint-Siège", "le Saint-Siège"));

        backend.edits().updateDelegation(stored.withNames(more).withAliases(List.of("Vatican"))).join();
        backend.edits().updatePerson(load(id).person(envoy).orElseThrow().withTitle("Nuncio")).join();
        backend.close();
        backend = TestBackends.open(folder, Workers.sameThread(), clock);

        Meeting reopened = load(id);
        assertEquals(more, reopened.delegation(see).orElseThrow().names());
        assertEquals(Gender.FEMININE, reopened.person(envoy).orElseThrow().gender(), "changing the title keeps the gender");
        backend.edits().updateDelegation(reopened.delegation(see).orElseThrow().withNames(Map.of())).join();
        assertEquals(Map.of(), load(id).delegation(see).orElseThrow().names());
    }

    @Test
    void entriesAddedMovedAndDeletedKeepEachListInOrderAndSurviveReopening() {
        long id = backend.edits().createMeeting(facts(), 2, 1).join();
        long chile = backend.edits().addDelegation(id, new Delegation(null, "Chile", null,
                DelegationKind.MEMBER_STATE, true, List.of())).join();
        Meeting m = load(id);
        long first = m.sessions().get(0).items().get(0).id();
        long second = m.sessions().get(1).items().get(0).id();
        long a = backend.edits().addEntry(first, 0, entry(chile, "A")).join();
        long c = backend.edits().addEntry(first, 1, entry(chile, "C")).join();
        backend.edits().addEntry(first, 1, entry(chile, "B")).join();
        long d = backend.edits().addEntry(second, 0, entry(chile, "D")).join();

        backend.edits().moveEntry(c, second, 0).join();
        backend.edits().deleteEntry(a).join();
        backend.edits().updateEntry(new Entry(d, EntryKind.TOOK_FLOOR_AGAIN, null, chile, null, null, List.of(),
                "D, again", clock.instant().atZone(clock.getZone()).toLocalDateTime(), null)).join();
        backend.close();

        backend = TestBackends.open(folder, Workers.sameThread(), clock);
        Meeting again = load(id);
        assertEquals(List.of("B"), summaries(again.sessions().get(0).items().get(0)));
        assertEquals(List.of("C", "D, again"), summaries(again.sessions().get(1).items().get(0)));
        Entry dAgain = again.sessions().get(1).items().get(0).entries().get(1);
        assertEquals(EntryKind.TOOK_FLOOR_AGAIN, dAgain.kind());
        assertEquals(LocalDateTime.of(2010, 11, 18, 14, 5, 9), dAgain.startedAt());
    }

    @Test
    void everyCommittedEditIsHeardWithItsTime() {
        long id = backend.edits().createMeeting(facts()).join();
        backend.edits().addDelegation(id, new Delegation(null, "Peru", null, DelegationKind.MEMBER_STATE, true,
                List.of())).join();
        assertEquals(List.of(LocalDateTime.of(2010, 11, 18, 14, 5, 9), LocalDateTime.of(2010, 11, 18, 14, 5, 9)),
                saves);
    }

    @Test
    void aSummaryTooLongForTheStoreIsRefusedAtOnceInWords() {
        long id = backend.edits().createMeeting(facts(), 1, 1).join();
        long item = load(id).sessions().get(0).items().get(0).id();
        ServiceException e = assertThrows(ServiceException.class,
                () -> backend.edits().addEntry(item, 0, entry(null, "x".repeat(1_000_001))));
        assertEquals("The summary has 1000001 characters; at most 1000000 fit. Shorten it or split it into several"
                + " entries.", e.getMessage());
        assertEquals(List.of(), load(id).sessions().get(0).items().get(0).entries());
    }

    @Test
    void anEditOfSomethingDeletedMeanwhileSaysSoAndChangesNothing() {
        long id = backend.edits().createMeeting(facts(), 1, 1).join();
        long item = load(id).sessions().get(0).items().get(0).id();
        long e = backend.edits().addEntry(item, 0, entry(null, "gone soon")).join();
        backend.edits().deleteEntry(e).join();
        var failure = assertThrows(java.util.concurrent.CompletionException.class,
                () -> backend.edits().updateEntry(new Entry(e, EntryKind.STATEMENT, null, null, null, null, List.of(),
                        "late edit", null, null)).join());
        assertTrue(Problems.sentence(failure, java.util.Locale.ENGLISH).startsWith("What you changed is no longer"));
    }

    @Test
    void partsAndItemsCanBePreparedAheadAndChangedAtAnyTime() {
        long id = backend.edits().createMeeting(facts(), 1, 1).join();
        Meeting m = load(id);
        var session = m.sessions().get(0);
        long added = backend.edits().addItem(session.id(), 0, new AgendaItem(null, "Election of officers", null,
                null, List.of(), List.of(), List.of(), List.of(), List.of())).join();
        backend.edits().updateItem(new AgendaItem(added, "Election of the officers", null, "The results were:",
                List.of(), List.of(), List.of(), List.of(), List.of())).join();
        var items = load(id).sessions().get(0).items();
        assertEquals(2, items.size());
        assertEquals("Election of the officers", items.get(0).title());
        assertEquals("The results were:", items.get(0).introduction());
    }

    @Test
    void electionsAdoptionsAndProposalsAreRecordedChangedAndRemoved() {
        long id = backend.edits().createMeeting(facts(), 1, 1).join();
        var edits = backend.edits();
        long uruguay = edits.addDelegation(id, new Delegation(null, "Uruguay", null, DelegationKind.MEMBER_STATE, true,
                List.of())).join();
        long dr = edits.addDelegation(id, new Delegation(null, "Dominican Republic", "the Dominican Republic",
                DelegationKind.MEMBER_STATE, true, List.of())).join();
        long ubilla = edits.addPerson(id, new org.rapporteur.model.Person(null, "Rodrigo Ubilla Mackenney", null,
                "Vice-Minister of the Interior of Chile", null)).join();
        long agenda = edits.addDocument(id, new org.rapporteur.model.Document(null, "MISPA-III/RE/doc. 2/10 Rev.1",
                "Draft Agenda", org.rapporteur.model.DocumentKind.WORKING_DOCUMENT)).join();
        long item = load(id).sessions().get(0).items().get(0).id();

        long election = edits.addElection(item, new org.rapporteur.model.Election(null, org.rapporteur.model.Office.CHAIR,
                null, ubilla, uruguay, List.of(), org.rapporteur.model.ElectionOutcome.PENDING, null)).join();
        long replaced = edits.replaceElection(new org.rapporteur.model.Election(election, org.rapporteur.model.Office.CHAIR,
                null, ubilla, uruguay, List.of(dr), org.rapporteur.model.ElectionOutcome.ACCLAMATION, null)).join();
        edits.addAdoption(item, new org.rapporteur.model.Adoption(null, agenda,
                org.rapporteur.model.AdoptionOutcome.ADOPTED_AS_AMENDED,
                List.of(new org.rapporteur.model.AmendmentRequest(uruguay, "move item 3 after item 5")))).join();
        long proposal = edits.addProposal(item, new org.rapporteur.model.Proposal(null, dr, null, "A theme", "Summary",
                List.of(new org.rapporteur.model.ProposalPosition(null, uruguay, org.rapporteur.model.Stance.SUPPORTS,
                        "It supports.", List.of())), org.rapporteur.model.ProposalOutcome.FORWARDED,
                "forwarded to the Committee")).join();
        backend.close();
        backend = TestBackends.open(folder, Workers.sameThread(), clock);

        AgendaItem stored = load(id).sessions().get(0).items().get(0);
        assertEquals(1, stored.elections().size());
        assertEquals(replaced, stored.elections().get(0).id());
        assertEquals(org.rapporteur.model.ElectionOutcome.ACCLAMATION, stored.elections().get(0).outcome());
        assertEquals(List.of(dr), stored.elections().get(0).secondedByIds());
        assertEquals("move item 3 after item 5", stored.adoptions().get(0).amendments().get(0).request());
        assertEquals(org.rapporteur.model.Stance.SUPPORTS, stored.proposals().get(0).positions().get(0).stance());

        backend.edits().deleteElection(replaced).join();
        backend.edits().deleteProposal(proposal).join();
        AgendaItem after = load(id).sessions().get(0).items().get(0);
        assertEquals(List.of(), after.elections());
        assertEquals(List.of(), after.proposals());
        assertEquals(1, after.adoptions().size());
    }

    @Test
    void theRapporteursOwnSentencesAreStoredOnEachDecisionAndSurviveReopening() {
        long id = backend.edits().createMeeting(facts(), 1, 1).join();
        var edits = backend.edits();
        long uruguay = edits.addDelegation(id, new Delegation(null, "Uruguay", null, DelegationKind.MEMBER_STATE, true,
                List.of())).join();
        long ubilla = edits.addPerson(id, new org.rapporteur.model.Person(null, "Rodrigo Ubilla Mackenney", null,
                null, null)).join();
        long agenda = edits.addDocument(id, new org.rapporteur.model.Document(null, "doc. 2/10", "Draft Agenda",
                org.rapporteur.model.DocumentKind.WORKING_DOCUMENT)).join();
        long item = load(id).sessions().get(0).items().get(0).id();
        edits.addElection(item, new org.rapporteur.model.Election(null, org.rapporteur.model.Office.CHAIR, null, ubilla,
                uruguay, List.of(), org.rapporteur.model.ElectionOutcome.ACCLAMATION, null, "Chair: Mr. Ubilla.")).join();
        edits.addAdoption(item, new org.rapporteur.model.Adoption(null, agenda, org.rapporteur.model.AdoptionOutcome.ADOPTED,
                List.of(), "The agenda was adopted at once.")).join();
        edits.addProposal(item, new org.rapporteur.model.Proposal(null, uruguay, null, "A theme", null,
                List.of(new org.rapporteur.model.ProposalPosition(null, uruguay, org.rapporteur.model.Stance.SUPPORTS,
                        null, List.of(), "Uruguay spoke warmly of it.")), org.rapporteur.model.ProposalOutcome.ADOPTED,
                null, "It was adopted.")).join();
        backend.close();
        backend = TestBackends.open(folder, Workers.sameThread(), clock);

        AgendaItem stored = load(id).sessions().get(0).items().get(0);
        assertEquals("Chair: Mr. Ubilla.", stored.elections().get(0).proseOverride());
        assertEquals("The agenda was adopted at once.", stored.adoptions().get(0).proseOverride());
        assertEquals("It was adopted.", stored.proposals().get(0).proseOverride());
        assertEquals("Uruguay spoke warmly of it.", stored.proposals().get(0).positions().get(0).proseOverride());

        // Changing the facts keeps the override; taking it back gives the generated sentence again.
        var election = stored.elections().get(0);
        long changed = backend.edits().replaceElection(new org.rapporteur.model.Election(election.id(), election.office(),
                null, ubilla, uruguay, List.of(uruguay), election.outcome(), null, election.proseOverride())).join();
        assertEquals("Chair: Mr. Ubilla.", load(id).sessions().get(0).items().get(0).elections().get(0).proseOverride());
        backend.edits().replaceElection(load(id).sessions().get(0).items().get(0).elections().get(0).withProseOverride(null))
                .join();
        assertEquals(null, load(id).sessions().get(0).items().get(0).elections().get(0).proseOverride());
        assertTrue(changed > 0);
    }

    @Test
    void savingWhatWasTypedKeepsTheEntrysTimesAndTitleAsStored() {
        long id = backend.edits().createMeeting(facts(), 1, 1).join();
        long item = load(id).sessions().get(0).items().get(0).id();
        LocalDateTime started = LocalDateTime.of(2010, 11, 18, 10, 0);
        LocalDateTime ended = LocalDateTime.of(2010, 11, 18, 10, 4);
        long e = backend.edits().addEntry(item, 0, new Entry(null, EntryKind.STATEMENT, null, null, "Ambassador", null,
                List.of(), "First words", started, ended)).join();

        backend.edits().updateTypedEntry(new Entry(e, EntryKind.STATEMENT, null, null, null, null, List.of(),
                "First words, and more", null, null)).join();

        Entry stored = load(id).sessions().get(0).items().get(0).entries().get(0);
        assertEquals("First words, and more", stored.summary());
        assertEquals(started, stored.startedAt());
        assertEquals(ended, stored.endedAt());
        assertEquals("Ambassador", stored.speakerTitle());
    }

    @Test
    void aListenerThatStoppedHearsNoMoreSaves() {
        List<LocalDateTime> heard = new ArrayList<>();
        Runnable stop = backend.edits().onSaved(heard::add);
        backend.edits().createMeeting(facts()).join();
        stop.run();
        backend.edits().createMeeting(facts()).join();

        assertEquals(1, heard.size());
        assertEquals(2, saves.size(), "the other listener still hears every save");
    }

    private static List<String> summaries(AgendaItem item) {
        return item.entries().stream().map(Entry::summary).toList();
    }
}
