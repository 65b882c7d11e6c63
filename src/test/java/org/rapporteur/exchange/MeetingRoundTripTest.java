package org.rapporteur.exchange;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.model.Adoption;
import org.rapporteur.model.AdoptionOutcome;
import org.rapporteur.model.AgendaItem;
import org.rapporteur.model.AmendmentRequest;
import org.rapporteur.model.Delegation;
import org.rapporteur.model.DelegationKind;
import org.rapporteur.model.Document;
import org.rapporteur.model.DocumentKind;
import org.rapporteur.model.Election;
import org.rapporteur.model.ElectionOutcome;
import org.rapporteur.model.Entry;
import org.rapporteur.model.EntryKind;
import org.rapporteur.model.FloorRequest;
import org.rapporteur.model.FloorRequestKind;
import org.rapporteur.model.FloorRequestStatus;
import org.rapporteur.model.Gender;
import org.rapporteur.model.Language;
import org.rapporteur.model.LocalName;
import org.rapporteur.model.Meeting;
import org.rapporteur.model.MeetingFacts;
import org.rapporteur.model.MeetingSummary;
import org.rapporteur.model.Office;
import org.rapporteur.model.Part;
import org.rapporteur.model.PartKind;
import org.rapporteur.model.Person;
import org.rapporteur.model.Proposal;
import org.rapporteur.model.ProposalOutcome;
import org.rapporteur.model.ProposalPosition;
import org.rapporteur.model.Stance;
import org.rapporteur.model.Venue;
import org.rapporteur.model.VoteCount;
import org.rapporteur.service.MeetingService;
import org.rapporteur.service.SampleMeeting;
import org.rapporteur.service.Workers;
import org.rapporteur.store.Store;
import org.rapporteur.store.StoreException;

/**
 * A meeting goes out to a file and comes back into a store unchanged: the same bytes on the way out again,
 * the same record apart from the store's keys, and nothing at all when the file is refused.
 */
class MeetingRoundTripTest {

    private static final String SAMPLE = "/sample/mispa-iii-experts.rapporteur.json";

    @TempDir
    Path dir;

    private Workers workers;
    private Store store;
    private MeetingService service;

    @BeforeEach
    void openStore() {
        workers = Workers.sameThread();
        store = Store.open(dir.resolve("store"));
        service = new MeetingService(store, workers);
    }

    @AfterEach
    void closeStore() {
        workers.close();
        store.close();
    }

    // --- (a) the shipped sample ----------------------------------------------------------------------------

    @Test
    void theShippedSampleImportedIntoAFreshStoreExportsToExactlyTheShippedBytes() throws IOException {
        byte[] shipped = sampleBytes();
        Path file = Files.write(dir.resolve("mispa-iii-experts.rapporteur.json"), shipped);

        long id = service.importFile(file).join();
        Path exported = service.exportJson(id, dir.resolve("out/exported.rapporteur.json")).join();

        assertArrayEquals(shipped, Files.readAllBytes(exported),
                "exporting the imported sample changed it; first difference at byte "
                        + firstDifference(shipped, Files.readAllBytes(exported)));
    }

    // --- (b) export, import, export ------------------------------------------------------------------------

    @Test
    void exportImportExportGivesIdenticalBytesForAMeetingWithEveryOptionalFieldSet() throws IOException {
        long original = store.meetings().insert(everything());
        Path first = service.exportJson(original, dir.resolve("first.rapporteur.json")).join();

        long imported = service.importFile(first).join();
        Path second = service.exportJson(imported, dir.resolve("second.rapporteur.json")).join();

        byte[] one = Files.readAllBytes(first);
        byte[] two = Files.readAllBytes(second);
        assertAll(() -> assertTrue(imported != original, "the import made a second meeting"),
                () -> assertArrayEquals(one, two, "the second export differs at byte " + firstDifference(one, two)));
    }

    @Test
    void theMeetingWithEveryOptionalFieldSetReallyWritesEveryPropertyOfTheFormat() throws IOException {
        JsonNode file = new ObjectMapper().readTree(new MeetingFileWriter().toBytes(everything()));

        TreeSet<String> written = new TreeSet<>();
        propertiesWritten(file, MeetingFileDto.class, written);
        TreeSet<String> all = new TreeSet<>();
        propertiesOf(MeetingFileDto.class, all);

        TreeSet<String> missing = new TreeSet<>(all);
        missing.removeAll(written);
        assertTrue(missing.isEmpty(), () -> "the test meeting leaves out " + missing);
    }

    // --- (c) the model read back -----------------------------------------------------------------------------

    @Test
    void theMeetingReadBackFromTheStoreEqualsTheMeetingWrittenApartFromIds() throws IOException {
        Meeting written = everything();
        Path file = dir.resolve("everything.rapporteur.json");
        try (var out = Files.newOutputStream(file)) {
            new MeetingFileWriter().write(written, out);
        }

        long id = service.importFile(file).join();
        Meeting read = service.loadMeeting(id).join();

        assertEquals(withoutIds(written), withoutIds(read));
    }

    @Test
    void theSampleReadBackFromTheStoreEqualsTheSampleReadFromItsFileApartFromIds() {
        Meeting sample = SampleMeeting.load();

        long id = service.addSample().join();
        Meeting read = service.loadMeeting(id).join();

        assertEquals(withoutIds(sample), withoutIds(read));
    }

    @Test
    void aMeetingInsertedStraightIntoTheStoreLoadsBackEqualApartFromIds() {
        Meeting written = everything();

        Meeting read = store.meetings().load(store.meetings().insert(written));

        assertEquals(withoutIds(written), withoutIds(read));
    }

    // --- (d) a refused import leaves nothing behind ------------------------------------------------------------

    @Test
    void aFileWithADanglingReferenceInTheMiddleIsRefusedAndLeavesTheEmptyStoreEmpty() throws Exception {
        ObjectNode file = sampleTree();
        // The fourth session (parts[4]): Mexico's request to add an item, seconded by a delegation misspelt.
        ((ArrayNode) file.at("/parts/4/items/0/proposals/0/positions/1/secondedBy")).set(0, "trinidad-tobago");
        Path bad = write(file, "dangling.rapporteur.json");
        List<MeetingSummary> before = store.meetings().list();

        CompletableFuture<Long> result = service.importFile(bad);

        assertTrue(result.isCompletedExceptionally(), "the import should have failed");
        CompletionException failure = assertThrows(CompletionException.class, result::join);
        MeetingFileException cause = assertInstanceOf(MeetingFileException.class, failure.getCause());
        assertAll(() -> assertTrue(cause.getMessage().contains("dangling.rapporteur.json"), cause.getMessage()),
                () -> assertTrue(cause.getMessage().contains(
                        "parts[4].items[0].proposals[0].positions[1].secondedBy[0]"), cause.getMessage()),
                () -> assertTrue(cause.getMessage().contains("\"trinidad-tobago\""), cause.getMessage()),
                () -> assertEquals(before, store.meetings().list()),
                () -> assertEquals(Map.of(), nonEmptyTables()));
    }

    @Test
    void aFileWithADanglingReferenceLeavesAStoreThatHoldsAMeetingExactlyAsItWas() throws Exception {
        service.addSample().join();
        List<MeetingSummary> before = store.meetings().list();
        Map<String, Long> rowsBefore = rowCounts();
        ObjectNode file = sampleTree();
        ((ObjectNode) file.at("/parts/5/items/0/entries/3")).put("person", "nobody");
        Path bad = write(file, "second-copy.rapporteur.json");

        CompletableFuture<Long> result = service.importFile(bad);

        CompletionException failure = assertThrows(CompletionException.class, result::join);
        MeetingFileException cause = assertInstanceOf(MeetingFileException.class, failure.getCause());
        assertAll(() -> assertTrue(cause.getMessage().contains("second-copy.rapporteur.json"), cause.getMessage()),
                () -> assertTrue(cause.getMessage().contains("parts[5].items[0].entries[3].person"), cause.getMessage()),
                () -> assertEquals(before, store.meetings().list()),
                () -> assertEquals(rowsBefore, rowCounts()));
    }

    @Test
    void aMeetingTheStoreRefusesHalfWayThroughWritingLeavesTheStoreEmpty() throws Exception {
        // The reader refuses text longer than its column; a meeting built in code does not pass the reader.
        // The store's column for a summary holds at most 1,000,000 characters, so the insert fails after the
        // meeting, its delegations, persons, documents and first parts are written.
        Meeting sample = org.rapporteur.service.SampleMeeting.load();
        Meeting tooLong = withFirstSummaryOfPart(sample, 6, "x".repeat(1_000_001));

        StoreException failure = assertThrows(StoreException.class, () -> store.meetings().insert(tooLong));

        assertFalse(failure.getMessage().contains("SQL"), failure.getMessage());
        assertAll(() -> assertEquals(List.of(), store.meetings().list()),
                () -> assertEquals(Map.of(), nonEmptyTables()));
    }

    @Test
    void aSpeakersListNamingAnEntryOfALaterItemIsImported() throws Exception {
        // The entry a floor request opened may stand in a later item (the item was split after the call).
        ObjectNode file = sampleTree();
        String closingSpeech = file.at("/parts/8/items/0/entries/0/id").asText();
        assertFalse(closingSpeech.isEmpty(), "the sample's closing ceremony has a first entry");
        ArrayNode speakers = ((ObjectNode) file.at("/parts/1/items/0")).putArray("speakers");
        speakers.addObject().put("id", "request-1").put("kind", "regular").put("status", "done")
                .put("delegation", "chile").put("entry", closingSpeech);
        Path later = write(file, "later.rapporteur.json");

        long id = service.importFile(later).join();

        Meeting meeting = store.meetings().load(id);
        var called = meeting.parts().get(1).items().get(0).speakers().get(0);
        assertTrue(meeting.entries().anyMatch(e -> e.id().equals(called.entryId())),
                "the request points at an entry of the meeting");
    }

    private static Meeting withFirstSummaryOfPart(Meeting meeting, int partIndex, String summary) {
        List<Part> parts = new ArrayList<>(meeting.parts());
        Part part = parts.get(partIndex);
        AgendaItem item = part.items().get(0);
        List<Entry> entries = new ArrayList<>(item.entries());
        Entry first = entries.get(0);
        entries.set(0, new Entry(first.id(), first.kind(), first.personId(), first.delegationId(), first.speakerTitle(),
                first.subject(), first.documentIds(), summary, first.startedAt(), first.endedAt()));
        List<AgendaItem> items = new ArrayList<>(part.items());
        items.set(0, new AgendaItem(item.id(), item.title(), item.documentId(), item.introduction(), entries,
                item.speakers(), item.elections(), item.adoptions(), item.proposals(), item.speakingLimitSeconds(),
                item.speakersListClosed()));
        parts.set(partIndex, new Part(part.id(), part.kind(), part.sessionNumber(), part.day(), part.date(),
                part.chairId(), part.chairCapacity(), part.introduction(), items));
        return new Meeting(meeting.id(), meeting.facts(), meeting.rapporteurId(), meeting.participantsListId(),
                meeting.delegations(), meeting.persons(), meeting.documents(), parts);
    }

    // --- a meeting with every optional field set -----------------------------------------------------------

    private static final long TT = 101;
    private static final long DR = 102;
    private static final long SKN = 103;
    private static final long US = 104;
    private static final long HOLY_SEE = 105;
    private static final long IDB = 106;
    private static final long OAS = 107;
    private static final long MAUNDAY = 201;
    private static final long LONG = 202;
    private static final long MEJIA = 203;
    private static final long ALMEYDA = 204;
    private static final long GUEST = 205;
    private static final long AGENDA = 301;
    private static final long SCHEDULE = 302;
    private static final long THEME = 303;
    private static final long RESOLUTION = 304;
    private static final long PARTICIPANTS = 305;
    private static final long CONSENSUS = 306;

    private static LocalDateTime at(int day, int hour, int minute, int second) {
        return LocalDateTime.of(2012, 11, 13 + day, hour, minute, second);
    }

    /** A made-up meeting that sets every optional value of every object at least once. */
    static Meeting everything() {
        LocalDate day1 = LocalDate.of(2012, 11, 14);
        LocalDate day2 = LocalDate.of(2012, 11, 15);
        var facts = new MeetingFacts("Meeting of Government Experts in Preparation for MISPA IV",
                "Organization of American States", "OEA/Ser.K/XLIX.4", "MISPA-IV/RE/doc.9/12",
                "REPORT OF THE RAPPORTEUR AND OF THE CHAIR", new Venue("Port of Spain", "Trinidad and Tobago"),
                day1, day2, Language.ES,
                "The meeting was convened pursuant to resolution AG/RES. 2735 (XLII-O/12).\n\n"
                        + "It prepares the Fourth Meeting of Ministers Responsible for Public Security.");
        List<Delegation> delegations = List.of(
                new Delegation(TT, "Trinidad and Tobago", null, DelegationKind.MEMBER_STATE, true,
                        List.of("T&T", "Trinidad")),
                new Delegation(DR, "Dominican Republic", "the Dominican Republic", DelegationKind.MEMBER_STATE, true,
                        List.of("DR")),
                new Delegation(SKN, "Saint Kitts and Nevis", "St. Kitts and Nevis", DelegationKind.MEMBER_STATE, true,
                        List.of("St. Kitts and Nevis", "St. Kitts")),
                new Delegation(US, "United States", "the United States", DelegationKind.MEMBER_STATE, true,
                        List.of("United States of America")),
                new Delegation(HOLY_SEE, "Holy See", "the Holy See", DelegationKind.OBSERVER, false, List.of(),
                        Map.of(Language.ES, new LocalName("Santa Sede", "la Santa Sede"), Language.EN, new LocalName("Holy See", null),
                                Language.FR, new LocalName("Saint-Siège", "le Saint-Siège"),
                                Language.PT, new LocalName("Santa Sé", "a Santa Sé"))),
                new Delegation(IDB, "Inter-American Development Bank", null,
                        DelegationKind.INTERNATIONAL_ORGANIZATION, true, List.of("IDB")),
                new Delegation(OAS, "General Secretariat of the OAS", null, DelegationKind.SECRETARIAT, true,
                        List.of("OAS Secretariat")));
        List<Person> persons = List.of(
                new Person(MAUNDAY, "Ronald Maunday", "Brigadier General", "Head of Delegation for Trinidad and Tobago", TT),
                new Person(LONG, "Jeremy Long", "Mr.", "Head of Delegation for the United States", US),
                new Person(MEJIA, "Adriana Mejía Hernández", "Mrs.", "Director of the Department of Public Security", OAS,
                        Gender.FEMININE),
                new Person(ALMEYDA, "Franklin Almeyda", "Mr.", "Minister of Interior and Police", DR),
                new Person(GUEST, "Carolina Santa María", "Mrs.", "Guest of the Chair", null));
        List<Document> documents = List.of(
                new Document(AGENDA, "MISPA-IV/RE/doc. 2/12 Rev.1", "Draft Agenda", DocumentKind.WORKING_DOCUMENT),
                new Document(SCHEDULE, "MISPA-IV/RE/doc. 3/12 Rev. 2", "Draft Schedule", DocumentKind.WORKING_DOCUMENT),
                new Document(THEME, "MISPA-IV/RE/INF.8/12", "Police Management", DocumentKind.INFORMATION_DOCUMENT),
                new Document(RESOLUTION, "AG/RES. 2735 (XLII-O/12)", "Advancing Hemispheric Security",
                        DocumentKind.RESOLUTION),
                new Document(PARTICIPANTS, "MISPA-IV/RE/doc.6/12 rev. 1", "List of participants",
                        DocumentKind.WORKING_DOCUMENT),
                new Document(CONSENSUS, "Consensus of Santo Domingo", "Consensus of Santo Domingo on Public Security",
                        DocumentKind.OTHER));

        var opening = new Part(1L, PartKind.OPENING_CEREMONY, null, 1, day1, ALMEYDA,
                "in his capacity as the host of MISPA II", "The opening ceremony began at 9:30.",
                List.of(new AgendaItem(11L, null, null, null, List.of(
                        new Entry(401L, EntryKind.SPEECH, ALMEYDA, DR, "Minister of Interior and Police of the Dominican Republic",
                                "Welcome to Port of Spain", List.of(RESOLUTION, CONSENSUS),
                                "Minister Almeyda welcomed the delegations.\n\nHe recalled the Consensus of Santo Domingo.",
                                at(1, 9, 30, 0), at(1, 9, 42, 15))),
                        List.of(), List.of(), List.of(), List.of())));

        var elections = new AgendaItem(21L, "Election of officers", PARTICIPANTS,
                "The officers were elected in accordance with Articles 8 and 9 of the Rules of Procedure:",
                List.of(), List.of(),
                List.of(new Election(1L, Office.CHAIR, null, MAUNDAY, DR, List.of(SKN, US), ElectionOutcome.ACCLAMATION, null),
                        new Election(2L, Office.OTHER, "Second Vice Chair", LONG, SKN, List.of(TT),
                                ElectionOutcome.ELECTED_BY_VOTE, new VoteCount(18, 5, 3)),
                        new Election(3L, Office.RAPPORTEUR, null, GUEST, null, List.of(),
                                ElectionOutcome.NOT_ELECTED_BY_VOTE, new VoteCount(0, 20, 6)),
                        new Election(4L, Office.VICE_CHAIR, null, MEJIA, US, List.of(), ElectionOutcome.WITHDRAWN, null,
                                "The nomination of Mrs. Mejía was withdrawn before the vote.")),
                List.of(), List.of());
        var adoptions = new AgendaItem(22L, "Adoption of documents", SCHEDULE,
                "During the first session, the plenary also adopted the following documents:",
                List.of(), List.of(), List.of(),
                List.of(new Adoption(1L, AGENDA, AdoptionOutcome.ADOPTED, List.of()),
                        new Adoption(2L, SCHEDULE, AdoptionOutcome.ADOPTED_AS_AMENDED, List.of(
                                new AmendmentRequest(SKN, "move the discussion on the theme from session six to session four"),
                                new AmendmentRequest(US, "add a half-day session on cybersecurity"))),
                        new Adoption(3L, null, AdoptionOutcome.DEFERRED,
                                List.of(new AmendmentRequest(null, "a request from the floor, delegation not recorded")),
                                "The decision on this document was left to the next session.")),
                List.of());
        var first = new Part(2L, PartKind.SESSION, 1, 1, day1, ALMEYDA, "as the outgoing Chair of the MISPA process",
                "The first session was called to order at 10:00.", List.of(elections, adoptions));

        List<Entry> debate = List.of(
                new Entry(402L, EntryKind.PRESENTATION, MAUNDAY, TT, null, "Police Management",
                        List.of(THEME, RESOLUTION, CONSENSUS),
                        "General Maunday presented the proposal.\n\nIt focuses on Pillar III – “Police Management”.",
                        at(2, 9, 0, 0), at(2, 9, 25, 30)),
                new Entry(403L, EntryKind.STATEMENT, null, US, null, null, List.of(), "The United States supported it.",
                        at(2, 9, 26, 0), at(2, 9, 29, 59)),
                new Entry(404L, EntryKind.QUESTION, null, IDB, "Representative of the IDB", null, List.of(THEME),
                        "The IDB asked about indicators.", at(2, 9, 30, 0), null),
                new Entry(405L, EntryKind.REPLY, MEJIA, OAS, "Director of the Department of Public Security, SMS", null,
                        List.of(), "Mrs. Mejía replied.", at(2, 9, 35, 0), at(2, 9, 38, 0)),
                new Entry(406L, EntryKind.POINT_OF_ORDER, null, SKN, null, null, List.of(), "St. Kitts and Nevis rose on a point of order.",
                        null, null),
                new Entry(407L, EntryKind.TOOK_FLOOR_AGAIN, null, US, null, null, List.of(), "The United States took the floor again.",
                        at(2, 9, 45, 0), at(2, 9, 46, 0)));
        List<FloorRequest> speakers = List.of(
                new FloorRequest(1L, FloorRequestKind.REGULAR, FloorRequestStatus.DONE, MAUNDAY, TT, 402L,
                        at(2, 8, 55, 0), at(2, 9, 0, 0), at(2, 9, 25, 30)),
                new FloorRequest(2L, FloorRequestKind.REGULAR, FloorRequestStatus.DONE, null, US, 403L,
                        at(2, 9, 1, 0), at(2, 9, 26, 0), at(2, 9, 29, 59)),
                new FloorRequest(3L, FloorRequestKind.POINT_OF_ORDER, FloorRequestStatus.DONE, null, SKN, 406L,
                        at(2, 9, 39, 0), at(2, 9, 40, 0), at(2, 9, 41, 0)),
                new FloorRequest(4L, FloorRequestKind.RIGHT_OF_REPLY, FloorRequestStatus.SPEAKING, MEJIA, OAS, 405L,
                        at(2, 9, 31, 0), at(2, 9, 35, 0), null, 45, at(2, 9, 37, 10)),
                new FloorRequest(5L, FloorRequestKind.REGULAR, FloorRequestStatus.WAITING, ALMEYDA, DR, null,
                        at(2, 9, 44, 0), null, null),
                new FloorRequest(6L, FloorRequestKind.REGULAR, FloorRequestStatus.WITHDRAWN, null, IDB, null,
                        at(2, 9, 2, 0), null, null));
        List<Proposal> proposals = List.of(
                new Proposal(1L, TT, MAUNDAY, "Police Management (Pillar III) as the theme of MISPA IV",
                        "Focusing the ministerial on Pillar III.\n\nWith a vision that protects people and their rights.",
                        List.of(new ProposalPosition(1L, US, Stance.SUPPORTS, "a very positive step", List.of()),
                                new ProposalPosition(2L, DR, Stance.ASKS_TO_ADD_ITEM,
                                        "Development of a System of Connectivity and Monitoring of Police Management",
                                        List.of(TT, SKN)),
                                new ProposalPosition(3L, SKN, Stance.SECONDS, "seconded the request", List.of()),
                                new ProposalPosition(4L, IDB, Stance.COMMENTS, "offered its indicators programme", List.of()),
                                new ProposalPosition(5L, HOLY_SEE, Stance.NEEDS_TO_CONSULT, "will consult", List.of()),
                                new ProposalPosition(6L, HOLY_SEE, Stance.HAS_CONCERNS, "a very political topic", List.of()),
                                new ProposalPosition(7L, OAS, Stance.OPPOSES, "outside the mandate", List.of(),
                                        "The Secretariat recalled the limits of its mandate.")),
                        ProposalOutcome.FORWARDED,
                        "forwarded to the Committee on Hemispheric Security to begin negotiating the documents",
                        "The plenary forwarded the proposal to the Committee on Hemispheric Security."),
                new Proposal(2L, null, null, null, null, List.of(), ProposalOutcome.WITHDRAWN, null));
        var theme = new AgendaItem(31L, "Theme of MISPA IV", THEME, "The host country presented its proposal.",
                debate, speakers, List.of(), List.of(), proposals, 180, true);
        var second = new Part(3L, PartKind.SESSION, 2, 2, day2, MAUNDAY, null, null, List.of(theme));

        var preliminary = new Part(4L, PartKind.PRELIMINARY_REPORT, null, 2, day2, null, null,
                "The rapporteur presented a verbal summary of the proceedings.", List.of());
        var closing = new Part(5L, PartKind.CLOSING_CEREMONY, null, 2, day2, MAUNDAY, null,
                "The following people spoke during the closing ceremony.",
                List.of(new AgendaItem(51L, null, null, null, List.of(
                        new Entry(408L, EntryKind.SPEECH, MEJIA, OAS, null, null, List.of(), null, null, null),
                        new Entry(409L, EntryKind.SPEECH, GUEST, null, "Guest of honour", null, List.of(),
                                "She thanked the delegations.", at(2, 17, 0, 0), at(2, 17, 5, 0))),
                        List.of(), List.of(), List.of(), List.of())));
        var conclusion = new Part(6L, PartKind.CONCLUSION, null, null, null, null, null,
                "I am pleased to submit this report for the information of the participants.", List.of());

        return new Meeting(null, facts, LONG, PARTICIPANTS, delegations, persons, documents,
                List.of(opening, first, second, preliminary, closing, conclusion));
    }

    // --- comparing meetings apart from ids -------------------------------------------------------------------

    /**
     * The meeting with every id replaced: referable objects (delegations, persons, documents, entries) by
     * their place in the meeting, so references still say what they point at, and all other ids by null.
     */
    static Meeting withoutIds(Meeting m) {
        Map<Long, Long> delegations = places(m.delegations(), Delegation::id);
        Map<Long, Long> persons = places(m.persons(), Person::id);
        Map<Long, Long> documents = places(m.documents(), Document::id);
        Map<Long, Long> entries = places(m.entries().toList(), Entry::id);
        Function<Long, Long> d = id -> place(delegations, id);
        Function<Long, Long> p = id -> place(persons, id);
        Function<Long, Long> doc = id -> place(documents, id);
        Function<Long, Long> e = id -> place(entries, id);

        List<Part> parts = new ArrayList<>();
        for (Part part : m.parts()) {
            List<AgendaItem> items = new ArrayList<>();
            for (AgendaItem i : part.items()) {
                items.add(new AgendaItem(null, i.title(), doc.apply(i.documentId()), i.introduction(),
                        i.entries().stream().map(x -> new Entry(e.apply(x.id()), x.kind(), p.apply(x.personId()),
                                d.apply(x.delegationId()), x.speakerTitle(), x.subject(),
                                x.documentIds().stream().map(doc).toList(), x.summary(), x.startedAt(),
                                x.endedAt())).toList(),
                        i.speakers().stream().map(r -> new FloorRequest(null, r.kind(), r.status(), p.apply(r.personId()),
                                d.apply(r.delegationId()), e.apply(r.entryId()), r.requestedAt(), r.startedAt(),
                                r.endedAt(), r.pausedSeconds(), r.pausedAt())).toList(),
                        i.elections().stream().map(x -> new Election(null, x.office(), x.officeLabel(),
                                p.apply(x.nomineeId()), d.apply(x.nominatedById()),
                                x.secondedByIds().stream().map(d).toList(), x.outcome(), x.votes(), x.proseOverride()))
                                .toList(),
                        i.adoptions().stream().map(a -> new Adoption(null, doc.apply(a.documentId()), a.outcome(),
                                a.amendments().stream().map(r -> new AmendmentRequest(d.apply(r.delegationId()),
                                        r.request())).toList(), a.proseOverride())).toList(),
                        i.proposals().stream().map(x -> new Proposal(null, d.apply(x.proposerId()),
                                p.apply(x.presenterId()), x.title(), x.summary(),
                                x.positions().stream().map(s -> new ProposalPosition(null, d.apply(s.delegationId()),
                                        s.stance(), s.note(), s.secondedByIds().stream().map(d).toList(),
                                        s.proseOverride())).toList(),
                                x.outcome(), x.outcomeText(), x.proseOverride())).toList(),
                        i.speakingLimitSeconds(), i.speakersListClosed()));
            }
            parts.add(new Part(null, part.kind(), part.sessionNumber(), part.day(), part.date(),
                    p.apply(part.chairId()), part.chairCapacity(), part.introduction(), items));
        }
        return new Meeting(null, m.facts(), p.apply(m.rapporteurId()), doc.apply(m.participantsListId()),
                m.delegations().stream().map(x -> x.withId(d.apply(x.id()))).toList(),
                m.persons().stream().map(x -> new Person(p.apply(x.id()), x.name(), x.honorific(), x.title(),
                        d.apply(x.delegationId()))).toList(),
                m.documents().stream().map(x -> x.withId(doc.apply(x.id()))).toList(),
                parts);
    }

    private static <T> Map<Long, Long> places(List<T> all, Function<T, Long> id) {
        Map<Long, Long> places = new HashMap<>();
        long n = 0;
        for (T t : all) {
            assertNotNull(id.apply(t), "an object without an id");
            assertTrue(places.put(id.apply(t), n++) == null, "two objects of one kind share the id " + id.apply(t));
        }
        return places;
    }

    private static Long place(Map<Long, Long> places, Long id) {
        if (id == null) {
            return null;
        }
        Long place = places.get(id);
        assertNotNull(place, "a reference to id " + id + ", which is not in the meeting");
        return place;
    }

    // --- which properties a file sets ------------------------------------------------------------------------

    private static void propertiesWritten(JsonNode node, Class<?> type, TreeSet<String> into) {
        for (RecordComponent c : type.getRecordComponents()) {
            JsonNode value = node.get(c.getName());
            if (value == null) {
                continue;
            }
            into.add(type.getSimpleName() + "." + c.getName());
            Class<?> element = recordInside(c);
            if (element != null && value.isArray()) {
                value.forEach(v -> propertiesWritten(v, element, into));
            } else if (element != null) {
                propertiesWritten(value, element, into);
            }
        }
    }

    private static void propertiesOf(Class<?> type, TreeSet<String> into) {
        for (RecordComponent c : type.getRecordComponents()) {
            if (into.add(type.getSimpleName() + "." + c.getName())) {
                Class<?> element = recordInside(c);
                if (element != null) {
                    propertiesOf(element, into);
                }
            }
        }
    }

    /** The record type of a component, or of the elements of a list component; null for anything else. */
    private static Class<?> recordInside(RecordComponent c) {
        if (c.getType().isRecord()) {
            return c.getType();
        }
        if (List.class.isAssignableFrom(c.getType()) && c.getGenericType() instanceof ParameterizedType list) {
            Type element = list.getActualTypeArguments()[0];
            if (element instanceof Class<?> k && k.isRecord()) {
                return k;
            }
        }
        return null;
    }

    // --- the store's tables ----------------------------------------------------------------------------------

    /** Rows per table of the store's own schema (Flyway's history left out). */
    private Map<String, Long> rowCounts() throws SQLException {
        // The same URL the store opens: in one process H2 shares the open database between connections.
        String url = "jdbc:h2:file:" + store.folder().resolve("rapporteur") + ";WRITE_DELAY=0";
        Map<String, Long> counts = new TreeMap<>();
        try (Connection c = DriverManager.getConnection(url, "sa", "");
             Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet r = s.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES"
                    + " WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE'"
                    + " AND TABLE_NAME <> 'flyway_schema_history'")) {
                while (r.next()) {
                    tables.add(r.getString(1));
                }
            }
            assertTrue(tables.size() >= 17, "the store's tables were not found: " + tables);
            for (String table : tables) {
                try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM \"" + table + "\"")) {
                    r.next();
                    counts.put(table, r.getLong(1));
                }
            }
        }
        return counts;
    }

    private Map<String, Long> nonEmptyTables() throws SQLException {
        Map<String, Long> nonEmpty = new TreeMap<>(rowCounts());
        nonEmpty.values().removeIf(n -> n == 0);
        return nonEmpty;
    }

    // --- files -----------------------------------------------------------------------------------------------

    private Path write(JsonNode file, String name) throws IOException {
        return Files.write(dir.resolve(name), new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(file));
    }

    private static ObjectNode sampleTree() throws IOException {
        return (ObjectNode) new ObjectMapper().readTree(sampleBytes());
    }

    private static byte[] sampleBytes() {
        try (InputStream in = MeetingRoundTripTest.class.getResourceAsStream(SAMPLE)) {
            assertNotNull(in, "the shipped sample is missing");
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int firstDifference(byte[] a, byte[] b) {
        int n = Math.min(a.length, b.length);
        for (int i = 0; i < n; i++) {
            if (a[i] != b[i]) {
                return i;
            }
        }
        return a.length == b.length ? -1 : n;
    }
}
