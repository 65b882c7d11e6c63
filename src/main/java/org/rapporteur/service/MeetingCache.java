package org.rapporteur.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.rapporteur.model.AgendaItem;
import org.rapporteur.model.Entry;
import org.rapporteur.model.Meeting;
import org.rapporteur.model.Part;
import org.rapporteur.store.StoreException;

/**
 * The meeting last read from the store, kept for as long as nothing has been written since, so that the workspace's
 * search and its reloads do not read ten thousand entries again each time. Every committed write counts
 * ({@link #written}); one whose change to the meeting is known (what was typed into an entry) applies that change to
 * the kept meeting, which then stays good, so typing does not cost the next search a whole read. Any other write
 * forgets it. Thread-safe: reads run on the reader pool, writes on the writer thread.
 */
final class MeetingCache {
    private record Kept(long meetingId, long version, Meeting meeting) {
    }

    private final boolean keeping;
    private long version;
    private Kept kept;
    /** The last meeting read, however old: shown while a shared meeting's server cannot be reached. */
    private Kept lastRead;

    private MeetingCache(boolean keeping) {
        this.keeping = keeping;
    }

    /** A cache over a store that is written only through the writer that tells it of every write. */
    static MeetingCache keeping() {
        return new MeetingCache(true);
    }

    /** No cache: every read goes to the store (for a service whose store may be written behind its back). */
    static MeetingCache off() {
        return new MeetingCache(false);
    }

    /**
     * The meeting: the one kept when nothing was written since it was read, else {@code read}'s, kept when no write
     * was committed while it was being read. The read runs outside the lock; a store read is one transaction, so
     * what it sees is no older than the version noted before it started.
     */
    Meeting read(long meetingId, Supplier<Meeting> read) {
        if (!keeping) {
            return read.get();
        }
        long before;
        synchronized (this) {
            if (kept != null && kept.meetingId() == meetingId && kept.version() == version) {
                return kept.meeting();
            }
            before = version;
        }
        Meeting loaded;
        try {
            loaded = read.get();
        } catch (StoreException e) {
            synchronized (this) {
                if (e.reason() == StoreException.Reason.OFFLINE && lastRead != null && lastRead.meetingId() == meetingId) {
                    return lastRead.meeting();
                }
            }
            throw e;
        }
        synchronized (this) {
            lastRead = new Kept(meetingId, before, loaded);
            if (version == before) {
                kept = lastRead;
            }
        }
        return loaded;
    }

    /**
     * Another laptop changed a shared meeting: the kept meeting goes. The last one read stays for when the server
     * cannot be reached (it is all there is to show then).
     */
    synchronized void changedElsewhere() {
        version++;
        kept = null;
    }

    /**
     * A write was committed. {@code change} is what it did to a meeting, when that is known, or null; it must be
     * idempotent (a read that began just before the write's commit may already hold it), and may answer null when
     * the meeting it is given is not the one it changed.
     */
    synchronized void written(UnaryOperator<Meeting> change) {
        version++;
        if (kept == null) {
            return;
        }
        Meeting changed = change == null || kept.version() != version - 1 ? null : change.apply(kept.meeting());
        kept = changed == null ? null : new Kept(kept.meetingId(), version, changed);
        if (kept != null) {
            lastRead = kept;
        }
    }

    /**
     * What saving a typed entry does to the meeting: its kind, speaker, subject, documents and summary are the typed
     * ones, its times and speaker's title stay (as {@code MeetingEditor.updateTypedEntry} keeps them). Null when the
     * meeting has no such entry.
     */
    static Meeting withTypedEntry(Meeting meeting, Entry typed) {
        boolean[] found = {false};
        List<Part> parts = new ArrayList<>(meeting.parts().size());
        for (Part part : meeting.parts()) {
            List<AgendaItem> items = new ArrayList<>(part.items().size());
            boolean partChanged = false;
            for (AgendaItem item : part.items()) {
                AgendaItem changed = withTypedEntry(item, typed, found);
                partChanged |= changed != item;
                items.add(changed);
            }
            parts.add(partChanged ? new Part(part.id(), part.kind(), part.sessionNumber(), part.day(), part.date(),
                    part.chairId(), part.chairCapacity(), part.introduction(), items) : part);
        }
        if (!found[0]) {
            return null;
        }
        return new Meeting(meeting.id(), meeting.facts(), meeting.rapporteurId(), meeting.participantsListId(),
                meeting.delegations(), meeting.persons(), meeting.documents(), parts);
    }

    private static AgendaItem withTypedEntry(AgendaItem item, Entry typed, boolean[] found) {
        if (found[0]) {
            return item;
        }
        List<Entry> entries = item.entries();
        for (int i = 0; i < entries.size(); i++) {
            Entry stored = entries.get(i);
            if (Objects.equals(stored.id(), typed.id())) {
                found[0] = true;
                List<Entry> changed = new ArrayList<>(entries);
                changed.set(i, new Entry(stored.id(), typed.kind(), typed.personId(), typed.delegationId(),
                        stored.speakerTitle(), typed.subject(), typed.documentIds(), typed.summary(), stored.startedAt(),
                        stored.endedAt(), typed.version()));
                return new AgendaItem(item.id(), item.title(), item.documentId(), item.introduction(), changed,
                        item.speakers(), item.elections(), item.adoptions(), item.proposals(), item.speakingLimitSeconds(),
                        item.speakersListClosed());
            }
        }
        return item;
    }
}
