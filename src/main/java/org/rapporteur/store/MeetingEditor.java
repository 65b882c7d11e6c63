package org.rapporteur.store;

import static org.rapporteur.store.jooq.Tables.ADOPTION;
import static org.rapporteur.store.jooq.Tables.AGENDA_ITEM;
import static org.rapporteur.store.jooq.Tables.DELEGATION;
import static org.rapporteur.store.jooq.Tables.DOCUMENT;
import static org.rapporteur.store.jooq.Tables.ELECTION;
import static org.rapporteur.store.jooq.Tables.ENTRY;
import static org.rapporteur.store.jooq.Tables.FLOOR_REQUEST;
import static org.rapporteur.store.jooq.Tables.MEETING;
import static org.rapporteur.store.jooq.Tables.PERSON;
import static org.rapporteur.store.jooq.Tables.PROPOSAL;
import static org.rapporteur.store.jooq.Tables.REPORT_PART;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.UpdatableRecord;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.rapporteur.model.Adoption;
import org.rapporteur.model.AgendaItem;
import org.rapporteur.model.Delegation;
import org.rapporteur.model.Document;
import org.rapporteur.model.Election;
import org.rapporteur.model.Entry;
import org.rapporteur.model.EntryKind;
import org.rapporteur.model.FloorRequest;
import org.rapporteur.model.FloorRequestKind;
import org.rapporteur.model.MeetingFacts;
import org.rapporteur.model.Part;
import org.rapporteur.model.Person;
import org.rapporteur.model.Proposal;
import org.rapporteur.model.SpeakersList;
import org.rapporteur.text.Sentence;

/**
 * Single edits of a stored meeting, each one transaction: what the rapporteur does while typing and
 * preparing. Positions are places in a list (0 first); inserting or removing shifts the others, so a list's
 * positions stay 0, 1, 2… without gaps.
 */
public final class MeetingEditor {
    private final DSLContext dsl;

    MeetingEditor(DSLContext dsl) {
        this.dsl = dsl;
    }

    public void updateFacts(long meetingId, MeetingFacts facts, Long rapporteurId, Long participantsListId) {
        run("store.action.save", tx -> {
            var r = existing(tx, MEETING, MEETING.ID, meetingId);
            RecordFields.facts(r, facts);
            r.setRapporteurPersonId(rapporteurId);
            r.setParticipantsDocumentId(participantsListId);
            r.setUpdatedAt(LocalDateTime.now());
            r.store();
            return null;
        });
    }

    // --- delegations, persons, documents: lists of the meeting -------------------------------------------

    public long addDelegation(long meetingId, Delegation d) {
        return run("store.action.save", tx -> writer(tx).insertDelegation(meetingId, next(tx, DELEGATION.POSITION,
                DELEGATION.MEETING_ID, meetingId), d));
    }

    public void updateDelegation(Delegation d) {
        run("store.action.save", tx -> {
            var r = existing(tx, DELEGATION, DELEGATION.ID, d.id());
            RecordFields.delegation(r, d);
            r.store();
            RecordFields.aliases(tx, d.id(), d);
            RecordFields.names(tx, d.id(), d);
            return null;
        });
    }

    public void deleteDelegation(long delegationId) {
        deleteAndClose(DELEGATION, DELEGATION.ID, DELEGATION.MEETING_ID, DELEGATION.POSITION, delegationId);
    }

    public long addPerson(long meetingId, Person p) {
        return run("store.action.save", tx -> writer(tx).insertPerson(meetingId,
                next(tx, PERSON.POSITION, PERSON.MEETING_ID, meetingId), p));
    }

    /**
     * Adds new delegations and persons in one transaction, all or nothing: an imported list of participants.
     * A person may name a new delegation by the id it has in {@code newDelegations} (any number unique in that
     * list, not a store key); other delegation ids are the store's.
     *
     * @return the new persons' ids, in order
     */
    public List<Long> addParticipants(long meetingId, List<Delegation> newDelegations, List<Person> persons) {
        return run("store.action.save", tx -> {
            MeetingWriter writer = writer(tx);
            java.util.Map<Long, Long> made = new java.util.HashMap<>();
            int position = next(tx, DELEGATION.POSITION, DELEGATION.MEETING_ID, meetingId);
            for (Delegation d : newDelegations) {
                made.put(d.id(), writer.insertDelegation(meetingId, position++, d));
            }
            position = next(tx, PERSON.POSITION, PERSON.MEETING_ID, meetingId);
            List<Long> ids = new java.util.ArrayList<>();
            for (Person p : persons) {
                Long delegation = p.delegationId() == null ? null : made.getOrDefault(p.delegationId(), p.delegationId());
                ids.add(writer.insertPerson(meetingId, position++, p.withId(null).withDelegationId(delegation)));
            }
            return ids;
        });
    }

    public void updatePerson(Person p) {
        update(PERSON, PERSON.ID, p.id(), r -> RecordFields.person(r, p, Refs.STORED));
    }

    public void deletePerson(long personId) {
        deleteAndClose(PERSON, PERSON.ID, PERSON.MEETING_ID, PERSON.POSITION, personId);
    }

    public long addDocument(long meetingId, Document d) {
        return run("store.action.save", tx -> writer(tx).insertDocument(meetingId,
                next(tx, DOCUMENT.POSITION, DOCUMENT.MEETING_ID, meetingId), d));
    }

    /** Adds several documents in one transaction, in order: a pasted or imported list, all or nothing. */
    public List<Long> addDocuments(long meetingId, List<Document> documents) {
        return run("store.action.save", tx -> {
            int position = next(tx, DOCUMENT.POSITION, DOCUMENT.MEETING_ID, meetingId);
            MeetingWriter writer = writer(tx);
            List<Long> ids = new java.util.ArrayList<>();
            for (Document d : documents) {
                ids.add(writer.insertDocument(meetingId, position++, d));
            }
            return ids;
        });
    }

    public void updateDocument(Document d) {
        update(DOCUMENT, DOCUMENT.ID, d.id(), r -> RecordFields.document(r, d));
    }

    public void deleteDocument(long documentId) {
        deleteAndClose(DOCUMENT, DOCUMENT.ID, DOCUMENT.MEETING_ID, DOCUMENT.POSITION, documentId);
    }

    // --- parts and agenda items ----------------------------------------------------------------------------

    /** Adds a part (with its items, if any) at a place in the report; returns its id. */
    public long addPart(long meetingId, int position, Part part) {
        return run("store.action.save", tx -> {
            open(tx, REPORT_PART, REPORT_PART.POSITION, REPORT_PART.MEETING_ID, meetingId, position);
            return writer(tx).insertPart(meetingId, position, part);
        });
    }

    /** Changes a part's own fields (kind, number, day, date, chair, introduction), not its items. */
    public void updatePart(Part part) {
        update(REPORT_PART, REPORT_PART.ID, part.id(), r -> RecordFields.part(r, part, Refs.STORED));
    }

    public void deletePart(long partId) {
        deleteAndClose(REPORT_PART, REPORT_PART.ID, REPORT_PART.MEETING_ID, REPORT_PART.POSITION, partId);
    }

    public long addItem(long partId, int position, AgendaItem item) {
        return run("store.action.save", tx -> {
            open(tx, AGENDA_ITEM, AGENDA_ITEM.POSITION, AGENDA_ITEM.PART_ID, partId, position);
            return writer(tx).insertItem(partId, position, item);
        });
    }

    /** Changes an item's own fields (title, document, introduction), not what stands under it. */
    public void updateItem(AgendaItem item) {
        update(AGENDA_ITEM, AGENDA_ITEM.ID, item.id(), r -> RecordFields.item(r, item, Refs.STORED));
    }

    public void deleteItem(long itemId) {
        deleteAndClose(AGENDA_ITEM, AGENDA_ITEM.ID, AGENDA_ITEM.PART_ID, AGENDA_ITEM.POSITION, itemId);
    }

    // --- entries -------------------------------------------------------------------------------------------

    /** Adds an entry at a place in an item's list; returns its id. */
    public long addEntry(long itemId, int position, Entry entry) {
        return run("store.action.save", tx -> {
            open(tx, ENTRY, ENTRY.POSITION, ENTRY.ITEM_ID, itemId, position);
            return writer(tx).insertEntry(itemId, position, entry);
        });
    }

    /** Changes everything an entry holds but its place: speaker, kind, documents, summary, times. */
    public void updateEntry(Entry entry) {
        run("store.action.save", tx -> {
            var r = existing(tx, ENTRY, ENTRY.ID, entry.id());
            RecordFields.entry(r, entry, Refs.STORED);
            r.setVersion(r.getVersion() + 1);
            r.store();
            RecordFields.citedDocuments(tx, entry.id(), entry, Refs.STORED);
            return null;
        });
    }

    /**
     * Changes what the rapporteur types in the editor — speaker, kind, documents, subject, summary — and keeps
     * the entry's times and the speaker's title at this entry as stored: the speakers list ends a turn while the
     * rapporteur is still typing it, and a save of the text must not undo that.
     *
     * <p>The save is made from the entry's version {@code expectedVersion}. When the store holds another (someone
     * on another laptop saved the entry meanwhile) nothing is changed and a {@code CONFLICT} is thrown: the caller
     * keeps both texts. The row is locked while it is compared, so two saves at once are told apart.
     *
     * @return the entry's new version
     */
    public int updateTypedEntry(Entry entry, int expectedVersion) {
        return run("store.action.save", tx -> {
            var r = tx.selectFrom(ENTRY).where(ENTRY.ID.eq(entry.id())).forUpdate().fetchOne();
            if (r == null) {
                throw new StoreException(StoreException.Reason.NOT_FOUND, Sentence.of("store.gone"));
            }
            if (r.getVersion() != expectedVersion) {
                throw new StoreException(StoreException.Reason.CONFLICT, Sentence.of("store.changedElsewhere"));
            }
            var title = r.getSpeakerTitle();
            var started = r.getStartedAt();
            var ended = r.getEndedAt();
            RecordFields.entry(r, entry, Refs.STORED);
            r.setSpeakerTitle(title);
            r.setStartedAt(started);
            r.setEndedAt(ended);
            r.setVersion(expectedVersion + 1);
            r.store();
            RecordFields.citedDocuments(tx, entry.id(), entry, Refs.STORED);
            return expectedVersion + 1;
        });
    }

    /**
     * Adds {@code copy} right after the entry {@code afterId}, in its item: where a text that crossed someone
     * else's is kept, next to theirs. Returns the new entry's id.
     */
    public long addEntryAfter(long afterId, Entry copy) {
        return run("store.action.save", tx -> {
            var r = existing(tx, ENTRY, ENTRY.ID, afterId);
            int place = r.getPosition() + 1;
            open(tx, ENTRY, ENTRY.POSITION, ENTRY.ITEM_ID, r.getItemId(), place);
            return writer(tx).insertEntry(r.getItemId(), place, copy);
        });
    }

    public void deleteEntry(long entryId) {
        deleteAndClose(ENTRY, ENTRY.ID, ENTRY.ITEM_ID, ENTRY.POSITION, entryId);
    }

    /** Moves an entry to a place in the same or another item; the lists it leaves and joins stay gapless. */
    public void moveEntry(long entryId, long toItemId, int toPosition) {
        move(ENTRY, ENTRY.ID, ENTRY.ITEM_ID, ENTRY.POSITION, entryId, toItemId, toPosition);
    }

    // --- the speakers list ----------------------------------------------------------------------------------

    /**
     * Puts a request on an item's list: at the end, or a point of order before the regular requests waiting. A
     * closed list takes no more regular requests; a point of order or a right of reply may still be raised.
     */
    public long addFloorRequest(long itemId, FloorRequest request) {
        return run("store.action.save", tx -> {
            var item = lockItem(tx, itemId);
            if (Boolean.TRUE.equals(item.getSpeakersListClosed()) && request.kind() == FloorRequestKind.REGULAR) {
                throw new StoreException(StoreException.Reason.REFUSED, Sentence.of("store.speakersListClosed"));
            }
            int place = new SpeakersList(speakers(tx, itemId)).placeFor(request.kind());
            open(tx, FLOOR_REQUEST, FLOOR_REQUEST.POSITION, FLOOR_REQUEST.ITEM_ID, itemId, place);
            return writer(tx).insertFloorRequest(itemId, place, request);
        });
    }

    /**
     * The chair's rules for an item's speakers list. They are an edit of their own, apart from the item's title
     * and introduction, so that the setup changing those never resets a limit set in the plenary.
     */
    public void setSpeakingRules(long itemId, Integer limitSeconds, boolean closed) {
        update(AGENDA_ITEM, AGENDA_ITEM.ID, itemId, r -> {
            r.setSpeakingLimitSeconds(limitSeconds);
            r.setSpeakersListClosed(closed);
        });
    }

    /** Changes a request's status, times and pause, not its place. */
    public void updateFloorRequest(FloorRequest request) {
        update(FLOOR_REQUEST, FLOOR_REQUEST.ID, request.id(), r -> RecordFields.floorRequest(r, request, Refs.STORED));
    }

    /** Moves a request to another place in its own item's list. */
    public void moveFloorRequest(long requestId, int toPosition) {
        move(FLOOR_REQUEST, FLOOR_REQUEST.ID, FLOOR_REQUEST.ITEM_ID, FLOOR_REQUEST.POSITION, requestId, null, toPosition);
    }

    public void deleteFloorRequest(long requestId) {
        deleteAndClose(FLOOR_REQUEST, FLOOR_REQUEST.ID, FLOOR_REQUEST.ITEM_ID, FLOOR_REQUEST.POSITION, requestId);
    }

    /**
     * The chair gives the floor to the next speaker, in one transaction: whoever is speaking is done (their request
     * and their entry end now), the first request waiting is speaking from now, and a new entry at the end of the
     * item's log records that speaker from now on — the same record the rapporteur then types into.
     *
     * @return the new entry's id; empty when nobody was waiting (the current speaker is done all the same)
     */
    public Optional<Long> callNext(long itemId, LocalDateTime now) {
        return callNext(itemId, now, null, false);
    }

    /**
     * The same, made from what the caller saw: {@code seenSpeaking}, the request that had the floor on their screen
     * (null: nobody). When another laptop called someone meanwhile, nothing changes and a {@code CONFLICT} says so —
     * two presses of "Call next" at once must not call two speakers. The item's row is locked first, so two calls
     * are told apart.
     */
    public Optional<Long> callNext(long itemId, LocalDateTime now, Long seenSpeaking) {
        return callNext(itemId, now, seenSpeaking, true);
    }

    private Optional<Long> callNext(long itemId, LocalDateTime now, Long seenSpeaking, boolean check) {
        return run("store.action.save", tx -> {
            lockItem(tx, itemId);
            SpeakersList list = new SpeakersList(speakers(tx, itemId));
            Long speaking = list.speaking().map(FloorRequest::id).orElse(null);
            if (check && !java.util.Objects.equals(speaking, seenSpeaking)) {
                throw new StoreException(StoreException.Reason.CONFLICT, Sentence.of("store.listChangedElsewhere"));
            }
            list.speaking().ifPresent(current -> finish(tx, current, now));
            Optional<FloorRequest> next = list.next();
            if (next.isEmpty()) {
                return Optional.<Long>empty();
            }
            FloorRequest called = next.get();
            EntryKind kind = switch (called.kind()) {
                case POINT_OF_ORDER -> EntryKind.POINT_OF_ORDER;
                case RIGHT_OF_REPLY -> EntryKind.REPLY;
                case REGULAR -> list.isSecondTurn(called) || spokeBefore(tx, itemId, called)
                        ? EntryKind.TOOK_FLOOR_AGAIN : EntryKind.STATEMENT;
            };
            Entry entry = new Entry(null, kind, called.personId(), called.delegationId(), null, null, List.of(), null, now, null);
            long entryId = writer(tx).insertEntry(itemId, next(tx, ENTRY.POSITION, ENTRY.ITEM_ID, itemId), entry);
            var r = existing(tx, FLOOR_REQUEST, FLOOR_REQUEST.ID, called.id());
            RecordFields.floorRequest(r, called.calledAt(now, entryId), Refs.STORED);
            r.store();
            return Optional.of(entryId);
        });
    }

    /** The current speaker is done, and nobody is called: the chair closes the debate or moves on. */
    public void finishSpeaker(long itemId, LocalDateTime now) {
        run("store.action.save", tx -> {
            lockItem(tx, itemId);
            new SpeakersList(speakers(tx, itemId)).speaking().ifPresent(current -> finish(tx, current, now));
            return null;
        });
    }

    private static void finish(DSLContext tx, FloorRequest current, LocalDateTime now) {
        var r = existing(tx, FLOOR_REQUEST, FLOOR_REQUEST.ID, current.id());
        RecordFields.floorRequest(r, current.doneAt(now), Refs.STORED);
        r.store();
        if (current.entryId() != null) {
            tx.update(ENTRY).set(ENTRY.ENDED_AT, now).where(ENTRY.ID.eq(current.entryId())).and(ENTRY.ENDED_AT.isNull())
                    .execute();
        }
    }

    /** The delegation already has an entry in the item's log (logged by hand before the list was used). */
    private static boolean spokeBefore(DSLContext tx, long itemId, FloorRequest called) {
        return called.delegationId() != null
                && tx.fetchExists(ENTRY, ENTRY.ITEM_ID.eq(itemId).and(ENTRY.DELEGATION_ID.eq(called.delegationId())));
    }

    /**
     * Locks an item's row for the rest of the transaction: changes to its speakers list are made one after the
     * other, each seeing the list the one before left, however many laptops make them.
     */
    private static org.rapporteur.store.jooq.tables.records.AgendaItemRecord lockItem(DSLContext tx, long itemId) {
        var item = tx.selectFrom(AGENDA_ITEM).where(AGENDA_ITEM.ID.eq(itemId)).forUpdate().fetchOne();
        if (item == null) {
            throw new StoreException(StoreException.Reason.NOT_FOUND, Sentence.of("store.gone"));
        }
        return item;
    }

    private static List<FloorRequest> speakers(DSLContext tx, long itemId) {
        return tx.selectFrom(FLOOR_REQUEST).where(FLOOR_REQUEST.ITEM_ID.eq(itemId)).orderBy(FLOOR_REQUEST.POSITION)
                .fetch().stream().map(RecordFields::floorRequest).toList();
    }

    // --- decisions: elections, adoptions, proposals -------------------------------------------------------

    /** Adds an election at the end of an item's elections; returns its id. */
    public long addElection(long itemId, Election election) {
        return run("store.action.save", tx -> writer(tx).insertElection(itemId,
                next(tx, ELECTION.POSITION, ELECTION.ITEM_ID, itemId), election));
    }

    /**
     * Replaces an election with the given one, in the same place: what changed may be anything from the
     * outcome to the seconders, and rewriting the few rows of one election is simpler than diffing them.
     *
     * @return the election's new id
     */
    public long replaceElection(Election election) {
        return replace(ELECTION, ELECTION.ID, ELECTION.ITEM_ID, ELECTION.POSITION, election.id(),
                (writer, itemId, place) -> writer.insertElection(itemId, place, election));
    }

    public void deleteElection(long electionId) {
        deleteAndClose(ELECTION, ELECTION.ID, ELECTION.ITEM_ID, ELECTION.POSITION, electionId);
    }

    public long addAdoption(long itemId, Adoption adoption) {
        return run("store.action.save", tx -> writer(tx).insertAdoption(itemId,
                next(tx, ADOPTION.POSITION, ADOPTION.ITEM_ID, itemId), adoption));
    }

    /** Replaces an adoption (outcome, amendments) in the same place; returns its new id. */
    public long replaceAdoption(Adoption adoption) {
        return replace(ADOPTION, ADOPTION.ID, ADOPTION.ITEM_ID, ADOPTION.POSITION, adoption.id(),
                (writer, itemId, place) -> writer.insertAdoption(itemId, place, adoption));
    }

    public void deleteAdoption(long adoptionId) {
        deleteAndClose(ADOPTION, ADOPTION.ID, ADOPTION.ITEM_ID, ADOPTION.POSITION, adoptionId);
    }

    public long addProposal(long itemId, Proposal proposal) {
        return run("store.action.save", tx -> writer(tx).insertProposal(itemId,
                next(tx, PROPOSAL.POSITION, PROPOSAL.ITEM_ID, itemId), proposal));
    }

    /** Replaces a proposal with its positions in the same place; returns its new id. */
    public long replaceProposal(Proposal proposal) {
        return replace(PROPOSAL, PROPOSAL.ID, PROPOSAL.ITEM_ID, PROPOSAL.POSITION, proposal.id(),
                (writer, itemId, place) -> writer.insertProposal(itemId, place, proposal));
    }

    public void deleteProposal(long proposalId) {
        deleteAndClose(PROPOSAL, PROPOSAL.ID, PROPOSAL.ITEM_ID, PROPOSAL.POSITION, proposalId);
    }

    // --- the mechanics ---------------------------------------------------------------------------------------

    /** Writes a decision's rows again, in the place of the old ones. */
    private interface Reinsert {
        long into(MeetingWriter writer, long itemId, int place);
    }

    /** Copies an object's own fields onto its existing row. */
    private <R extends UpdatableRecord<R>> void update(Table<R> table, TableField<R, Long> id, Long key,
                                                       java.util.function.Consumer<R> fill) {
        run("store.action.save", tx -> {
            R r = existing(tx, table, id, key);
            fill.accept(r);
            r.store();
            return null;
        });
    }

    /**
     * Moves a row to a place in its owner's list, or in another owner's ({@code toOwner}; null stays): the list it
     * leaves and the one it joins stay gapless, and a place past the end is the end.
     */
    private <R extends UpdatableRecord<R>> void move(Table<R> table, TableField<R, Long> id, TableField<R, Long> owner,
                                                     TableField<R, Integer> position, long key, Long toOwner,
                                                     int toPosition) {
        run("store.action.save", tx -> {
            R r = existing(tx, table, id, key);
            long from = r.get(owner);
            long to = toOwner == null ? from : toOwner;
            close(tx, table, position, owner, from, r.get(position));
            int size = tx.fetchCount(table, owner.eq(to).and(id.ne(key)));
            int place = Math.max(0, Math.min(toPosition, size));
            open(tx, table, position, owner, to, place);
            r.set(owner, to);
            r.set(position, place);
            r.store();
            return null;
        });
    }

    /** Deletes a row (its children cascade) and inserts the new version in its item, at its place. */
    private <R extends UpdatableRecord<R>> long replace(Table<R> table, TableField<R, Long> id, TableField<R, Long> item,
                                                        TableField<R, Integer> position, Long key, Reinsert reinsert) {
        return run("store.action.save", tx -> {
            R r = existing(tx, table, id, key);
            long itemId = r.get(item);
            int place = r.get(position);
            r.delete();
            return reinsert.into(writer(tx), itemId, place);
        });
    }

    private MeetingWriter writer(DSLContext tx) {
        return new MeetingWriter(tx, LocalDateTime.now(), Refs.STORED);
    }

    private <T> T run(String actionKey, Function<DSLContext, T> work) {
        try {
            return dsl.transactionResult(cfg -> work.apply(cfg.dsl()));
        } catch (DataAccessException e) {
            throw StoreErrors.translate(e, actionKey);
        }
    }

    private static <R extends UpdatableRecord<R>> R existing(DSLContext tx, Table<R> table, TableField<R, Long> id,
                                                             Long key) {
        R r = key == null ? null : tx.fetchOne(table, id.eq(key));
        if (r == null) {
            throw new StoreException(StoreException.Reason.NOT_FOUND, Sentence.of("store.gone"));
        }
        return r;
    }

    /** The place after the last of the owner's list. */
    private static int next(DSLContext tx, TableField<?, Integer> position, Field<Long> owner, long ownerId) {
        Integer max = tx.select(DSL.max(position)).from(position.getTable())
                .where(owner.eq(ownerId)).fetchOne(0, Integer.class);
        return max == null ? 0 : max + 1;
    }

    /** Makes room at {@code place}: everything from there on moves one down. */
    private static void open(DSLContext tx, Table<?> table, Field<Integer> position, Field<Long> owner, long ownerId,
                             int place) {
        tx.update(table).set(position, position.plus(1)).where(owner.eq(ownerId)).and(position.ge(place)).execute();
    }

    /** Closes the gap left at {@code place}: everything after it moves one up. */
    private static void close(DSLContext tx, Table<?> table, Field<Integer> position, Field<Long> owner, long ownerId,
                              int place) {
        tx.update(table).set(position, position.minus(1)).where(owner.eq(ownerId)).and(position.gt(place)).execute();
    }

    private <R extends UpdatableRecord<R>> void deleteAndClose(Table<R> table, TableField<R, Long> id,
                                                               TableField<R, Long> owner, TableField<R, Integer> position,
                                                               long key) {
        run("store.action.delete", tx -> {
            R r = existing(tx, table, id, key);
            long ownerId = r.get(owner);
            int place = r.get(position);
            r.delete();
            close(tx, table, position, owner, ownerId, place);
            return null;
        });
    }
}
