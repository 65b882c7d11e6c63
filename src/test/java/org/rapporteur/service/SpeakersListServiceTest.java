package org.rapporteur.service;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.model.AgendaItem;
import org.rapporteur.model.Delegation;
import org.rapporteur.model.DelegationKind;
import org.rapporteur.model.Entry;
import org.rapporteur.model.EntryKind;
import org.rapporteur.model.FloorRequest;
import org.rapporteur.model.FloorRequestKind;
import org.rapporteur.model.FloorRequestStatus;
import org.rapporteur.model.Language;
import org.rapporteur.model.MeetingFacts;
import org.rapporteur.model.SpeakersList;
import org.rapporteur.model.Venue;
import org.rapporteur.store.StoreException;

/** The speakers list on a real store, with a clock the test moves: requests, calls, pauses, the rules. */
class SpeakersListServiceTest {
    @TempDir
    Path folder;

    /** The venue's clock, moved by the test: 09:00 on the second day. */
    private final MovableClock clock = new MovableClock(LocalDateTime.of(2010, 11, 19, 9, 0));
    private Backend backend;
    private long meetingId;
    private long itemId;
    private long mexico;
    private long brazil;
    private long canada;
    private long kitts;

    @BeforeEach
    void open() {
        backend = TestBackends.open(folder, Workers.sameThread(), clock);
        var edits = backend.edits();
        meetingId = edits.createMeeting(new MeetingFacts("Meeting of Experts", null, null, null, null, new Venue("Santiago",
                "Chile"), LocalDate.of(2010, 11, 18), LocalDate.of(2010, 11, 19), Language.EN, null), 1, 1).join();
        mexico = delegation("Mexico");
        brazil = delegation("Brazil");
        canada = delegation("Canada");
        kitts = delegation("Saint Kitts and Nevis");
        itemId = item().id();
    }

    @AfterEach
    void close() {
        backend.close();
    }

    private long delegation(String name) {
        return backend.edits().addDelegation(meetingId, new Delegation(null, name, null, DelegationKind.MEMBER_STATE, true,
                List.of())).join();
    }

    private AgendaItem item() {
        return backend.meetings().loadMeeting(meetingId).join().sessions().get(0).items().get(0);
    }

    private List<Long> order() {
        return item().speakers().stream().map(FloorRequest::delegationId).toList();
    }

    @Test
    void aPointOfOrderGoesBeforeTheRegularRequestsWaiting() {
        var edits = backend.edits();
        edits.requestFloor(itemId, FloorRequestKind.REGULAR, null, mexico).join();
        edits.requestFloor(itemId, FloorRequestKind.REGULAR, null, brazil).join();
        edits.requestFloor(itemId, FloorRequestKind.REGULAR, null, canada).join();
        edits.requestFloor(itemId, FloorRequestKind.POINT_OF_ORDER, null, kitts).join();

        assertEquals(List.of(kitts, mexico, brazil, canada), order());
        assertEquals(LocalDateTime.of(2010, 11, 19, 9, 0), item().speakers().get(0).requestedAt());
    }

    @Test
    void callingNextThreeTimesGivesThreeEntriesWithTheirSpeakersAndTimes() {
        var edits = backend.edits();
        edits.requestFloor(itemId, FloorRequestKind.REGULAR, null, mexico).join();
        edits.requestFloor(itemId, FloorRequestKind.REGULAR, null, brazil).join();
        edits.requestFloor(itemId, FloorRequestKind.POINT_OF_ORDER, null, kitts).join();
        edits.requestFloor(itemId, FloorRequestKind.REGULAR, null, mexico).join();

        long first = edits.callNext(itemId).join().orElseThrow();
        clock.advance(Duration.ofSeconds(50));
        long second = edits.callNext(itemId).join().orElseThrow();
        clock.advance(Duration.ofMinutes(3));
        long third = edits.callNext(itemId).join().orElseThrow();

        AgendaItem item = item();
        List<Entry> log = item.entries();
        assertAll(
                () -> assertEquals(List.of(first, second, third), log.stream().map(Entry::id).toList()),
                () -> assertEquals(List.of(kitts, mexico, brazil), log.stream().map(Entry::delegationId).toList()),
                () -> assertEquals(List.of(EntryKind.POINT_OF_ORDER, EntryKind.STATEMENT, EntryKind.STATEMENT),
                        log.stream().map(Entry::kind).toList()),
                () -> assertEquals(at(9, 0, 0), log.get(0).startedAt()),
                () -> assertEquals(at(9, 0, 50), log.get(0).endedAt()),
                () -> assertEquals(at(9, 3, 50), log.get(1).endedAt()),
                () -> assertNull(log.get(2).endedAt(), "Brazil still has the floor"));
        SpeakersList list = SpeakersList.of(item);
        assertAll(
                () -> assertEquals(third, list.speaking().orElseThrow().entryId(), "the request and the entry are one"),
                () -> assertEquals(List.of(FloorRequestStatus.DONE, FloorRequestStatus.DONE, FloorRequestStatus.SPEAKING,
                        FloorRequestStatus.WAITING), item.speakers().stream().map(FloorRequest::status).toList()),
                () -> assertEquals(Duration.ofMinutes(3), item.speakers().get(1).spoken(clock.now())),
                () -> assertTrue(list.isSecondTurn(list.waiting().get(0)), "Mexico's second request is its second turn"));

        // Mexico's second turn is logged as taking the floor again; then nobody waits.
        clock.advance(Duration.ofMinutes(1));
        edits.callNext(itemId).join();
        assertEquals(EntryKind.TOOK_FLOOR_AGAIN, item().entries().get(3).kind());
        clock.advance(Duration.ofMinutes(1));
        assertTrue(edits.callNext(itemId).join().isEmpty());
        assertEquals(at(9, 5, 50), item().entries().get(3).endedAt(), "calling with nobody waiting ends the turn");
    }

    @Test
    void aDelegationAlreadyInTheLogTakesTheFloorAgain() {
        var edits = backend.edits();
        edits.addEntry(itemId, 0, new Entry(null, EntryKind.STATEMENT, null, brazil, null, null, List.of(), "Brazil spoke.",
                null, null)).join();
        edits.requestFloor(itemId, FloorRequestKind.REGULAR, null, brazil).join();

        edits.callNext(itemId).join();

        assertEquals(EntryKind.TOOK_FLOOR_AGAIN, item().entries().get(1).kind());
    }

    @Test
    void aPausedClockStandsStillAndThePauseIsKeptAcrossReopening() {
        var edits = backend.edits();
        edits.requestFloor(itemId, FloorRequestKind.REGULAR, null, mexico).join();
        edits.callNext(itemId).join();
        clock.advance(Duration.ofSeconds(70));
        edits.pauseOrResume(SpeakersList.of(item()).speaking().orElseThrow()).join();
        clock.advance(Duration.ofSeconds(40));

        backend.close();
        backend = TestBackends.open(folder, Workers.sameThread(), clock);
        FloorRequest paused = SpeakersList.of(item()).speaking().orElseThrow();
        assertEquals(Duration.ofSeconds(70), paused.spoken(clock.now()), "the clock stood still while paused");

        backend.edits().pauseOrResume(paused).join();
        clock.advance(Duration.ofSeconds(20));
        FloorRequest resumed = SpeakersList.of(item()).speaking().orElseThrow();
        assertEquals(Duration.ofSeconds(90), resumed.spoken(clock.now()));
        assertEquals(40, resumed.pausedSeconds());
    }

    @Test
    void aClosedListRefusesRegularRequestsButNotAPointOfOrder() {
        var edits = backend.edits();
        edits.setSpeakingRules(itemId, 180, true).join();

        CompletionException refused = org.junit.jupiter.api.Assertions.assertThrows(CompletionException.class,
                () -> edits.requestFloor(itemId, FloorRequestKind.REGULAR, null, mexico).join());
        edits.requestFloor(itemId, FloorRequestKind.POINT_OF_ORDER, null, kitts).join();

        assertAll(() -> assertEquals(StoreException.Reason.REFUSED, ((StoreException) refused.getCause()).reason()),
                () -> assertEquals(List.of(kitts), order()),
                () -> assertEquals(180, item().speakingLimitSeconds()),
                () -> assertTrue(item().speakersListClosed()));
    }

    @Test
    void theSetupChangingAnItemsTitleKeepsItsSpeakingRules() {
        var edits = backend.edits();
        edits.setSpeakingRules(itemId, 180, false).join();
        AgendaItem item = item();

        edits.updateItem(new AgendaItem(item.id(), "Theme of MISPA III", null, null, List.of(), List.of(), List.of(),
                List.of(), List.of())).join();

        assertEquals("Theme of MISPA III", item().title());
        assertEquals(180, item().speakingLimitSeconds());
    }

    @Test
    void withdrawnAndMovedRequestsKeepTheListInOrder() {
        var edits = backend.edits();
        edits.requestFloor(itemId, FloorRequestKind.REGULAR, null, mexico).join();
        edits.requestFloor(itemId, FloorRequestKind.REGULAR, null, brazil).join();
        edits.requestFloor(itemId, FloorRequestKind.REGULAR, null, canada).join();
        long canadasRequest = item().speakers().get(2).id();

        edits.moveFloorRequest(canadasRequest, 0).join();
        edits.withdrawFloorRequest(item().speakers().get(1)).join();

        assertEquals(List.of(canada, mexico, brazil), order());
        assertEquals(List.of(canada, brazil), SpeakersList.of(item()).waiting().stream().map(FloorRequest::delegationId)
                .toList());
    }

    private static LocalDateTime at(int hour, int minute, int second) {
        return LocalDateTime.of(2010, 11, 19, hour, minute, second);
    }

    /** A clock at the venue that moves only when the test says so. */
    static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(LocalDateTime start) {
            this.now = start.toInstant(ZoneOffset.UTC);
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        LocalDateTime now() {
            return LocalDateTime.ofInstant(now, ZoneOffset.UTC);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
