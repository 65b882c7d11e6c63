package org.rapporteur.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.model.Delegation;
import org.rapporteur.model.DelegationKind;
import org.rapporteur.model.Entry;
import org.rapporteur.model.EntryKind;
import org.rapporteur.model.Meeting;
import org.rapporteur.store.Store;

/**
 * The meeting kept between reads: the same one while nothing is written, a fresh read after any write, and after a
 * typed entry is saved, the kept one changed just as the store was, equal to what a fresh read of the store gives.
 */
class MeetingCacheTest {
    @TempDir
    Path folder;

    private Store store;
    private MeetingService meetings;
    private EditService edits;
    private long id;

    @BeforeEach
    void open() {
        store = Store.open(folder);
        Workers workers = Workers.sameThread();
        StoreWriter writer = new StoreWriter(store, workers, Clock.systemDefaultZone(), MeetingCache.keeping());
        meetings = new MeetingService(writer, workers);
        edits = new EditService(writer, Clock.systemDefaultZone());
        id = meetings.addSynthetic(200, 3).join();
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void nothingWrittenGivesTheMeetingReadBefore() {
        Meeting first = meetings.loadMeeting(id).join();
        assertSame(first, meetings.loadMeeting(id).join());
        edits.whenWritten().join();
        assertSame(first, meetings.loadMeeting(id).join(), "waiting for the writes writes nothing");
    }

    @Test
    void anyOtherWriteGivesAFreshRead() {
        Meeting first = meetings.loadMeeting(id).join();
        edits.addDelegation(id, new Delegation(null, "Portugal", null, DelegationKind.OBSERVER, true, List.of())).join();
        Meeting after = meetings.loadMeeting(id).join();
        assertNotSame(first, after);
        assertEquals(first.delegations().size() + 1, after.delegations().size());
        assertEquals(store.meetings().load(id), after);
    }

    @Test
    void aTypedEntryChangesTheKeptMeetingAsItChangesTheStore() {
        Meeting before = meetings.loadMeeting(id).join();
        Entry stored = before.entries().skip(17).findFirst().orElseThrow();
        Long otherDocument = before.documents().get(2).id();
        Entry typed = new Entry(stored.id(), EntryKind.QUESTION, stored.personId(), stored.delegationId(), "a title typed",
                "A subject typed", List.of(otherDocument), "What was typed just now.", null, null);
        edits.updateTypedEntry(typed).join();

        Meeting kept = meetings.loadMeeting(id).join();
        assertNotSame(before, kept);
        Meeting fresh = store.meetings().load(id);
        assertEquals(fresh, kept, "the kept meeting is what the store now holds, times and title as they were");
        assertSame(kept, meetings.loadMeeting(id).join(), "and it is kept");
    }

    @Test
    void aTypedEntryTheKeptMeetingDoesNotHoldForgetsIt() {
        long other = meetings.addSample().join();
        Entry elsewhere = store.meetings().load(other).entries().findFirst().orElseThrow();
        Meeting kept = meetings.loadMeeting(id).join();
        edits.updateTypedEntry(new Entry(elsewhere.id(), elsewhere.kind(), elsewhere.personId(), elsewhere.delegationId(),
                null, null, List.of(), "Changed.", null, null)).join();
        Meeting after = meetings.loadMeeting(id).join();
        assertNotSame(kept, after, "read again: the change was not to the meeting kept");
        assertEquals(store.meetings().load(id), after);
        assertEquals("Changed.", meetings.loadMeeting(other).join().entries().findFirst().orElseThrow().summary());
    }
}
