package org.rapporteur.shared;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.model.AgendaItem;
import org.rapporteur.model.Entry;
import org.rapporteur.model.FloorRequestKind;
import org.rapporteur.model.Meeting;
import org.rapporteur.model.SharedLogin;
import org.rapporteur.service.Backend;
import org.rapporteur.service.EntrySaved;
import org.rapporteur.service.Problems;
import org.rapporteur.service.Workers;
import org.rapporteur.store.SharedTestDatabase;
import org.rapporteur.store.StoreException;

/**
 * One meeting on a real PostgreSQL, opened by several "laptops" (backends of their own, each with its own local
 * store): what the roles may do is decided by the server; a change on one is heard on the others; two saves of the
 * same entry keep both texts.
 */
class SharedMeetingTest {
    @TempDir
    Path temp;

    private SharedTestDatabase db;
    private long meetingId;
    private long itemId;
    private final java.util.List<Backend> opened = new java.util.ArrayList<>();

    @BeforeEach
    void setUp() {
        db = SharedTestDatabase.create();
        Backend owner = open(db.owner(), "owner");
        meetingId = owner.meetings().addSample().join();
        itemId = firstItem(owner).id();
    }

    @AfterEach
    void tearDown() {
        opened.forEach(Backend::close);
        db.close();
    }

    private Backend open(SharedLogin login, String laptop) {
        Backend backend = Backend.openShared(login, temp.resolve(laptop), Workers.sameThread(), Clock.systemDefaultZone());
        opened.add(backend);
        return backend;
    }

    private AgendaItem firstItem(Backend backend) {
        Meeting m = backend.meetings().loadMeeting(meetingId).join();
        return m.items().filter(i -> !i.entries().isEmpty()).findFirst().orElseThrow();
    }

    private AgendaItem item(Backend backend) {
        return backend.meetings().loadMeeting(meetingId).join().items().filter(i -> i.id() == itemId).findFirst()
                .orElseThrow();
    }

    private static StoreException refusal(Runnable edit) {
        CompletionException e = assertThrows(CompletionException.class, edit::run);
        return assertInstanceOfStoreException(e.getCause());
    }

    private static StoreException assertInstanceOfStoreException(Throwable t) {
        assertTrue(t instanceof StoreException, "a StoreException, not " + t);
        return (StoreException) t;
    }

    @Test
    void aChairLoginIsRefusedWritesByPostgresqlItself() throws Exception {
        SharedLogin chair = db.loginAs("rapporteur_chair");
        // Straight to the server, as any program could: PostgreSQL says no (42501, insufficient privilege).
        try (Connection c = java.sql.DriverManager.getConnection(chair.url(), chair.user(), chair.password());
             Statement s = c.createStatement()) {
            SQLException update = assertThrows(SQLException.class, () -> s.executeUpdate("UPDATE entry SET summary = 'x'"));
            assertEquals("42501", update.getSQLState());
            SQLException insert = assertThrows(SQLException.class,
                    () -> s.executeUpdate("INSERT INTO floor_request (item_id, position, kind, status)"
                            + " VALUES (1, 9, 'REGULAR', 'WAITING')"));
            assertEquals("42501", insert.getSQLState());
            SQLException delete = assertThrows(SQLException.class, () -> s.executeUpdate("DELETE FROM meeting"));
            assertEquals("42501", delete.getSQLState());
            try (var rows = s.executeQuery("SELECT count(*) FROM entry")) {
                assertTrue(rows.next() && rows.getLong(1) > 0, "the chair reads everything");
            }
        }
        // Through the app: it knows it may only read, and an edit tried all the same is refused in a sentence.
        Backend chairs = open(chair, "chair");
        assertTrue(chairs.edits().access().readOnly());
        Entry entry = firstItem(chairs).entries().get(0);
        StoreException refused = refusal(() -> chairs.edits().updateTypedEntry(withSummary(entry, "The chair's words")).join());
        assertEquals(StoreException.Reason.NOT_ALLOWED, refused.reason());
        assertTrue(Problems.sentence(refused, Locale.ENGLISH).startsWith("Your login may not save the meeting"),
                Problems.sentence(refused, Locale.ENGLISH));
        assertEquals(entry.summary(), firstItem(chairs).entries().get(0).summary(), "nothing changed");
    }

    @Test
    void theSecretariatKeepsTheListAndTheRapporteurTheDecisionsBothWriteTheLog() {
        Backend secretariat = open(db.loginAs("rapporteur_secretariat"), "secretariat");
        Backend rapporteur = open(db.loginAs("rapporteur_rapporteur"), "rapporteur");
        long delegation = secretariat.meetings().loadMeeting(meetingId).join().delegations().get(0).id();
        assertAll(
                () -> assertTrue(secretariat.edits().access().speakers()),
                () -> assertTrue(secretariat.edits().access().log()),
                () -> assertFalse(secretariat.edits().access().decisions()),
                () -> assertFalse(rapporteur.edits().access().speakers()),
                () -> assertTrue(rapporteur.edits().access().decisions()),
                () -> assertFalse(rapporteur.edits().access().setUp()));

        secretariat.edits().requestFloor(itemId, FloorRequestKind.REGULAR, null, delegation).join();
        long called = secretariat.edits().callNext(itemId).join().orElseThrow();
        EntrySaved typed = rapporteur.edits().updateTypedEntry(withSummary(entryOf(rapporteur, called),
                "The delegation thanked the Chair.")).join();
        assertEquals(EntrySaved.Outcome.SAVED, typed.outcome());

        StoreException list = refusal(() -> rapporteur.edits().requestFloor(itemId, FloorRequestKind.REGULAR, null,
                delegation).join());
        assertEquals(StoreException.Reason.NOT_ALLOWED, list.reason());
        StoreException decision = refusal(() -> secretariat.edits().addAdoption(itemId,
                new org.rapporteur.model.Adoption(null, null, org.rapporteur.model.AdoptionOutcome.ADOPTED, List.of(), null))
                .join());
        assertEquals(StoreException.Reason.NOT_ALLOWED, decision.reason());
        rapporteur.edits().addAdoption(itemId, new org.rapporteur.model.Adoption(null, null,
                org.rapporteur.model.AdoptionOutcome.ADOPTED, List.of(), null)).join();
        assertEquals(1, item(secretariat).adoptions().size());
    }

    @Test
    void aChangeOnOneLaptopIsHeardOnTheOtherWithinASecond() throws Exception {
        Backend secretariat = open(db.loginAs("rapporteur_secretariat"), "secretariat");
        Backend chair = open(db.loginAs("rapporteur_chair"), "chair");
        long delegation = chair.meetings().loadMeeting(meetingId).join().delegations().get(2).id();
        assertTrue(item(chair).speakers().isEmpty());
        CountDownLatch heard = new CountDownLatch(1);
        long[] heardMeeting = {-1};
        chair.edits().sharedLink().orElseThrow().onChangedElsewhere(id -> {
            heardMeeting[0] = id;
            heard.countDown();
        });
        waitUntilListening(chair);

        long started = System.nanoTime();
        secretariat.edits().requestFloor(itemId, FloorRequestKind.REGULAR, null, delegation).join();
        assertTrue(heard.await(1, TimeUnit.SECONDS), "the chair's laptop heard of the request within a second");
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertEquals(meetingId, heardMeeting[0]);
        assertEquals(List.of(delegation), item(chair).speakers().stream().map(r -> r.delegationId()).toList(),
                "and reads the list as the secretariat left it (" + millis + " ms)");
    }

    @Test
    void twoSavesOfTheSameEntryAtOnceKeepBothTexts() {
        Backend secretariat = open(db.loginAs("rapporteur_secretariat"), "secretariat");
        Backend rapporteur = open(db.loginAs("rapporteur_rapporteur"), "rapporteur");
        Entry seenBySecretariat = firstItem(secretariat).entries().get(0);
        Entry seenByRapporteur = firstItem(rapporteur).entries().get(0);
        assertEquals(seenBySecretariat.version(), seenByRapporteur.version());

        EntrySaved first = secretariat.edits().updateTypedEntry(withSummary(seenBySecretariat, "The secretariat's words."))
                .join();
        EntrySaved second = rapporteur.edits().updateTypedEntry(withSummary(seenByRapporteur, "The rapporteur's words."))
                .join();
        assertEquals(EntrySaved.Outcome.SAVED, first.outcome());
        assertEquals(EntrySaved.Outcome.KEPT_AS_COPY, second.outcome());

        List<Entry> log = firstItem(rapporteur).entries();
        assertEquals("The secretariat's words.", log.get(0).summary(), "the first save stands");
        assertEquals("The rapporteur's words.", log.get(1).summary(), "the second is right after it");
        assertEquals(second.entryId(), log.get(1).id());

        // The rapporteur types on: the rest of that editing goes into the copy, not over the secretariat's text.
        EntrySaved more = rapporteur.edits().updateTypedEntry(withSummary(seenByRapporteur,
                "The rapporteur's words, and more.")).join();
        assertEquals(EntrySaved.Outcome.SAVED, more.outcome());
        assertEquals(second.entryId(), more.entryId());
        log = firstItem(secretariat).entries();
        assertEquals("The secretariat's words.", log.get(0).summary());
        assertEquals("The rapporteur's words, and more.", log.get(1).summary());
    }

    @Test
    void twoPressesOfCallNextAtOnceCallOneSpeaker() {
        Backend first = open(db.loginAs("rapporteur_secretariat"), "first-officer");
        Backend second = open(db.loginAs("rapporteur_secretariat", "second"), "second-officer");
        var delegations = first.meetings().loadMeeting(meetingId).join().delegations();
        first.edits().requestFloor(itemId, FloorRequestKind.REGULAR, null, delegations.get(0).id()).join();
        first.edits().requestFloor(itemId, FloorRequestKind.REGULAR, null, delegations.get(1).id()).join();
        // Both screens show nobody speaking; both officers press F9.
        first.edits().callNext(itemId, null).join().orElseThrow();
        StoreException refused = refusal(() -> second.edits().callNext(itemId, null).join());
        assertEquals(StoreException.Reason.CONFLICT, refused.reason());
        assertTrue(Problems.sentence(refused, Locale.ENGLISH).startsWith("Someone else called the next speaker"));

        var list = org.rapporteur.model.SpeakersList.of(item(second));
        assertEquals(delegations.get(0).id(), list.speaking().orElseThrow().delegationId(), "one speaker called");
        assertEquals(List.of(delegations.get(1).id()), list.waiting().stream().map(r -> r.delegationId()).toList());
        // From what the second screen now shows, the next press works.
        second.edits().callNext(itemId, list.speaking().orElseThrow().id()).join().orElseThrow();
        assertEquals(delegations.get(1).id(), org.rapporteur.model.SpeakersList.of(item(first)).speaking().orElseThrow()
                .delegationId());
    }

    @Test
    void theKeptMeetingShowsATypedTextAsTheServerKeepsIt() {
        Backend rapporteur = open(db.loginAs("rapporteur_rapporteur"), "rapporteur");
        Entry entry = firstItem(rapporteur).entries().get(0);
        rapporteur.edits().updateTypedEntry(withSummary(entry, "NUL \u0000 and a lone \uD800 half")).join();
        String kept = "NUL \uFFFD and a lone \uFFFD half";
        assertEquals(kept, firstItem(rapporteur).entries().get(0).summary(), "the meeting this laptop keeps");
        assertEquals(kept, firstItem(open(db.owner(), "another")).entries().get(0).summary(), "the server's");
    }

    private static Entry entryOf(Backend backend, long entryId) {
        return backend.meetings().loadMeeting(backend.meetings().listMeetings().join().get(0).id()).join().items()
                .flatMap(i -> i.entries().stream()).filter(e -> e.id() == entryId).findFirst().orElseThrow();
    }

    static Entry withSummary(Entry e, String summary) {
        return new Entry(e.id(), e.kind(), e.personId(), e.delegationId(), e.speakerTitle(), e.subject(), e.documentIds(),
                summary, e.startedAt(), e.endedAt(), e.version());
    }

    /** The feed has connected and said so (its LISTEN runs before that). */
    static void waitUntilListening(Backend backend) throws InterruptedException {
        var link = backend.edits().sharedLink().orElseThrow();
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!link.listening()) {
            assertTrue(System.nanoTime() < until, "the change feed connects");
            Thread.sleep(20);
        }
    }
}
