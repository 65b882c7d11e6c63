package org.rapporteur.service;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.rapporteur.model.Adoption;
import org.rapporteur.model.AgendaItem;
import org.rapporteur.model.Delegation;
import org.rapporteur.model.Document;
import org.rapporteur.model.Election;
import org.rapporteur.model.Entry;
import org.rapporteur.model.FloorRequest;
import org.rapporteur.model.FloorRequestKind;
import org.rapporteur.model.FloorRequestStatus;
import org.rapporteur.model.Meeting;
import org.rapporteur.model.MeetingFacts;
import org.rapporteur.model.Part;
import org.rapporteur.model.Person;
import org.rapporteur.model.Proposal;
import org.rapporteur.store.Store;

/**
 * The edits a rapporteur makes to a meeting, from preparing it to typing in the plenary. Each edit is
 * checked (text lengths), then written on the one writer thread, in order; the returned future completes
 * once the edit is committed to the file. Listeners hear the time of every committed edit, for the
 * "saved 10:42:07" indicator.
 */
public final class EditService {
    private final Store store;
    private final StoreWriter writer;
    private final Clock clock;
    private final EntrySaves saves;
    /** A shared meeting's link to its server; null for this laptop's own store. */
    private final SharedLink link;

    /** Edits of this laptop's own store. */
    EditService(StoreWriter writer, Clock clock) {
        this(writer, clock, new EntrySaves(writer.store()), null);
    }

    EditService(StoreWriter writer, Clock clock, EntrySaves saves, SharedLink link) {
        this.store = writer.store();
        this.writer = writer;
        this.clock = clock;
        this.saves = saves;
        this.link = link;
    }

    /** A shared meeting's link to its server (its status, the changes of others); empty for a local store. */
    public java.util.Optional<SharedLink> sharedLink() {
        return java.util.Optional.ofNullable(link);
    }

    /** What the login may change: everything on a local store; on a shared one, what the server grants. */
    public org.rapporteur.model.Access access() {
        return store.access();
    }

    /**
     * Hears, on the writer thread, the time each edit was committed. A screen that goes away runs the answer,
     * which stops the hearing: the service outlives every screen that listens to it.
     */
    public Runnable onSaved(Consumer<LocalDateTime> listener) {
        return writer.onSaved(listener);
    }

    /** A new, empty meeting with its facts; completes with its id. */
    public CompletableFuture<Long> createMeeting(MeetingFacts facts) {
        Edits.check(facts);
        return write(() -> store.meetings().insert(new Meeting(null, facts, null, null, List.of(), List.of(), List.of(),
                List.of())));
    }

    /** A new meeting with the usual skeleton: opening ceremony, sessions, preliminary report, closing, conclusion. */
    public CompletableFuture<Long> createMeeting(MeetingFacts facts, int sessions, int days) {
        Edits.check(facts);
        return write(() -> store.meetings().insert(new Meeting(null, facts, null, null, List.of(), List.of(), List.of(),
                Skeleton.parts(facts, sessions, days))));
    }

    public CompletableFuture<Void> updateFacts(long meetingId, MeetingFacts facts, Long rapporteurId,
                                               Long participantsListId) {
        Edits.check(facts);
        return run(() -> store.editor().updateFacts(meetingId, facts, rapporteurId, participantsListId));
    }

    public CompletableFuture<Long> addDelegation(long meetingId, Delegation delegation) {
        Edits.check(delegation);
        return write(() -> store.editor().addDelegation(meetingId, delegation));
    }

    public CompletableFuture<Void> updateDelegation(Delegation delegation) {
        Edits.check(delegation);
        return run(() -> store.editor().updateDelegation(delegation));
    }

    public CompletableFuture<Void> deleteDelegation(long delegationId) {
        return run(() -> store.editor().deleteDelegation(delegationId));
    }

    public CompletableFuture<Long> addPerson(long meetingId, Person person) {
        Edits.check(person);
        return write(() -> store.editor().addPerson(meetingId, person));
    }

    /** New delegations and persons in one go, all or nothing (see {@code MeetingEditor.addParticipants}). */
    public CompletableFuture<List<Long>> addParticipants(long meetingId, List<Delegation> newDelegations,
                                                         List<Person> persons) {
        newDelegations.forEach(Edits::check);
        persons.forEach(Edits::check);
        return write(() -> store.editor().addParticipants(meetingId, newDelegations, persons));
    }

    public CompletableFuture<Void> updatePerson(Person person) {
        Edits.check(person);
        return run(() -> store.editor().updatePerson(person));
    }

    public CompletableFuture<Void> deletePerson(long personId) {
        return run(() -> store.editor().deletePerson(personId));
    }

    public CompletableFuture<Long> addDocument(long meetingId, Document document) {
        Edits.check(document);
        return write(() -> store.editor().addDocument(meetingId, document));
    }

    public CompletableFuture<List<Long>> addDocuments(long meetingId, List<Document> documents) {
        documents.forEach(Edits::check);
        return write(() -> store.editor().addDocuments(meetingId, documents));
    }

    public CompletableFuture<Void> updateDocument(Document document) {
        Edits.check(document);
        return run(() -> store.editor().updateDocument(document));
    }

    public CompletableFuture<Void> deleteDocument(long documentId) {
        return run(() -> store.editor().deleteDocument(documentId));
    }

    public CompletableFuture<Long> addPart(long meetingId, int position, Part part) {
        Edits.check(part);
        return write(() -> store.editor().addPart(meetingId, position, part));
    }

    public CompletableFuture<Void> updatePart(Part part) {
        Edits.check(part);
        return run(() -> store.editor().updatePart(part));
    }

    public CompletableFuture<Void> deletePart(long partId) {
        return run(() -> store.editor().deletePart(partId));
    }

    public CompletableFuture<Long> addItem(long partId, int position, AgendaItem item) {
        Edits.check(item);
        return write(() -> store.editor().addItem(partId, position, item));
    }

    public CompletableFuture<Void> updateItem(AgendaItem item) {
        Edits.check(item);
        return run(() -> store.editor().updateItem(item));
    }

    public CompletableFuture<Void> deleteItem(long itemId) {
        return run(() -> store.editor().deleteItem(itemId));
    }

    /**
     * Adds an entry at a place in an item's list; completes with its id. On a shared meeting whose server cannot be
     * reached it is kept on this laptop and the id is one it goes by here until it is sent (SharedLink).
     */
    public CompletableFuture<Long> addEntry(long itemId, int position, Entry entry) {
        Edits.check(entry);
        if (link == null) {
            return write(() -> saves.add(itemId, position, entry, 0));
        }
        return write(() -> link.addEntry(new PendingEdit.AddEntry(itemId, position, entry, link.newTempId())));
    }

    public CompletableFuture<Void> updateEntry(Entry entry) {
        Edits.check(entry);
        return run(() -> store.editor().updateEntry(entry));
    }

    /**
     * Saves what was typed into an entry; its times and speaker's title stay as stored. {@code entry.version()} is
     * the version the editing started from (see EntrySaves): when someone else saved the entry meanwhile, these
     * words go into a copy after it. On a shared meeting whose server cannot be reached they are kept on this laptop
     * and sent when it answers. Completes with where the words are.
     */
    public CompletableFuture<EntrySaved> updateTypedEntry(Entry entry) {
        Edits.check(entry);
        return writer.writeAnswering(() -> link == null ? saves.type(entry) : link.type(new PendingEdit.TypedEntry(entry)),
                saved -> switch (saved.outcome()) {
                    case SAVED -> meeting -> MeetingCache.withTypedEntry(meeting,
                            store.asStored(entry).withId(saved.entryId()).withVersion(saved.version()));
                    case KEPT_ON_THIS_LAPTOP -> meeting -> entry.id() < 0 ? meeting
                            : MeetingCache.withTypedEntry(meeting, store.asStored(entry).withId(saves.known(entry.id())));
                    case KEPT_AS_COPY -> null;
                });
    }

    public CompletableFuture<Void> deleteEntry(long entryId) {
        return run(() -> store.editor().deleteEntry(entryId));
    }

    public CompletableFuture<Void> moveEntry(long entryId, long toItemId, int toPosition) {
        return run(() -> store.editor().moveEntry(entryId, toItemId, toPosition));
    }

    public CompletableFuture<Long> addElection(long itemId, Election election) {
        Edits.check(election);
        return write(() -> store.editor().addElection(itemId, election));
    }

    /** Replaces an election as recorded so far; completes with its new id. */
    public CompletableFuture<Long> replaceElection(Election election) {
        Edits.check(election);
        return write(() -> store.editor().replaceElection(election));
    }

    public CompletableFuture<Void> deleteElection(long electionId) {
        return run(() -> store.editor().deleteElection(electionId));
    }

    public CompletableFuture<Long> addAdoption(long itemId, Adoption adoption) {
        Edits.check(adoption);
        return write(() -> store.editor().addAdoption(itemId, adoption));
    }

    public CompletableFuture<Long> replaceAdoption(Adoption adoption) {
        Edits.check(adoption);
        return write(() -> store.editor().replaceAdoption(adoption));
    }

    public CompletableFuture<Void> deleteAdoption(long adoptionId) {
        return run(() -> store.editor().deleteAdoption(adoptionId));
    }

    public CompletableFuture<Long> addProposal(long itemId, Proposal proposal) {
        Edits.check(proposal);
        return write(() -> store.editor().addProposal(itemId, proposal));
    }

    public CompletableFuture<Long> replaceProposal(Proposal proposal) {
        Edits.check(proposal);
        return write(() -> store.editor().replaceProposal(proposal));
    }

    public CompletableFuture<Void> deleteProposal(long proposalId) {
        return run(() -> store.editor().deleteProposal(proposalId));
    }

    // --- the speakers list ---

    /** Someone asks for the floor on an item, now; completes with the request's id. */
    public CompletableFuture<Long> requestFloor(long itemId, FloorRequestKind kind, Long personId, Long delegationId) {
        FloorRequest request = new FloorRequest(null, kind, FloorRequestStatus.WAITING, personId, delegationId, null, now(),
                null, null);
        return write(() -> store.editor().addFloorRequest(itemId, request));
    }

    /** A waiting request leaves the list; it stays in the record as withdrawn. */
    public CompletableFuture<Void> withdrawFloorRequest(FloorRequest request) {
        return run(() -> store.editor().updateFloorRequest(request.withStatus(FloorRequestStatus.WITHDRAWN)));
    }

    public CompletableFuture<Void> moveFloorRequest(long requestId, int toPosition) {
        return run(() -> store.editor().moveFloorRequest(requestId, toPosition));
    }

    public CompletableFuture<Void> deleteFloorRequest(long requestId) {
        return run(() -> store.editor().deleteFloorRequest(requestId));
    }

    /**
     * The next speaker has the floor from now: the current one is done, and a new log entry for the next one is
     * started; completes with that entry's id, or empty when nobody was waiting.
     */
    public CompletableFuture<java.util.Optional<Long>> callNext(long itemId) {
        LocalDateTime at = now();
        return write(() -> store.editor().callNext(itemId, at));
    }

    /**
     * The same, from what the screen showed: {@code seenSpeaking} is the request that had the floor there (null:
     * nobody). When another laptop called someone meanwhile nothing changes, and the future fails with a sentence
     * saying so (a CONFLICT): two presses at once call one speaker, not two.
     */
    public CompletableFuture<java.util.Optional<Long>> callNext(long itemId, Long seenSpeaking) {
        LocalDateTime at = now();
        return write(() -> store.editor().callNext(itemId, at, seenSpeaking));
    }

    /** The current speaker is done and nobody is called. */
    public CompletableFuture<Void> finishSpeaker(long itemId) {
        LocalDateTime at = now();
        return run(() -> store.editor().finishSpeaker(itemId, at));
    }

    /** Stops the speaker's clock now, or starts it again; the time stood still is kept on the request. */
    public CompletableFuture<Void> pauseOrResume(FloorRequest speaking) {
        LocalDateTime at = now();
        FloorRequest changed = speaking.isPaused() ? speaking.resumedAt(at) : speaking.pausedAt(at);
        return run(() -> store.editor().updateFloorRequest(changed));
    }

    /** The chair's rules for an item's list: each speaker's time (null: none) and whether the list is closed. */
    public CompletableFuture<Void> setSpeakingRules(long itemId, Integer limitSeconds, boolean closed) {
        if (limitSeconds != null && limitSeconds <= 0) {
            throw new IllegalArgumentException("A speaking time limit must be positive, not " + limitSeconds);
        }
        return run(() -> store.editor().setSpeakingRules(itemId, limitSeconds, closed));
    }

    /** Completes once every edit queued before it is in the store: read after it to see them all. */
    public CompletableFuture<Void> whenWritten() {
        return writer.afterQueuedWrites();
    }

    /** The venue-local time now, to the second: what a new entry's start is stamped with. */
    public LocalDateTime now() {
        return LocalDateTime.now(clock).withNano(0);
    }

    private CompletableFuture<Void> run(Runnable work) {
        return writer.run(work);
    }

    private <T> CompletableFuture<T> write(Supplier<T> work) {
        return writer.write(work);
    }
}
