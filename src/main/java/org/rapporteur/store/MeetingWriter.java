package org.rapporteur.store;

import static org.rapporteur.store.jooq.Tables.ADOPTION;
import static org.rapporteur.store.jooq.Tables.AGENDA_ITEM;
import static org.rapporteur.store.jooq.Tables.AMENDMENT_REQUEST;
import static org.rapporteur.store.jooq.Tables.DELEGATION;
import static org.rapporteur.store.jooq.Tables.DOCUMENT;
import static org.rapporteur.store.jooq.Tables.ELECTION;
import static org.rapporteur.store.jooq.Tables.ELECTION_SECONDER;
import static org.rapporteur.store.jooq.Tables.ENTRY;
import static org.rapporteur.store.jooq.Tables.FLOOR_REQUEST;
import static org.rapporteur.store.jooq.Tables.MEETING;
import static org.rapporteur.store.jooq.Tables.PERSON;
import static org.rapporteur.store.jooq.Tables.POSITION_SECONDER;
import static org.rapporteur.store.jooq.Tables.PROPOSAL;
import static org.rapporteur.store.jooq.Tables.PROPOSAL_POSITION;
import static org.rapporteur.store.jooq.Tables.REPORT_PART;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.rapporteur.model.Adoption;
import org.rapporteur.model.AgendaItem;
import org.rapporteur.model.AmendmentRequest;
import org.rapporteur.model.Delegation;
import org.rapporteur.model.Document;
import org.rapporteur.model.Election;
import org.rapporteur.model.Entry;
import org.rapporteur.model.FloorRequest;
import org.rapporteur.model.Meeting;
import org.rapporteur.model.Part;
import org.rapporteur.model.Person;
import org.rapporteur.model.Proposal;
import org.rapporteur.model.ProposalPosition;

/** Inserts one whole meeting inside a transaction the caller holds, mapping the given ids to new keys. */
final class MeetingWriter {
    private final DSLContext tx;
    private final LocalDateTime now;
    private final Map<Long, Long> delegations = new HashMap<>();
    private final Map<Long, Long> persons = new HashMap<>();
    private final Map<Long, Long> documents = new HashMap<>();
    private final Map<Long, Long> entries = new HashMap<>();
    /** Speakers lists wait until every entry is in: a request may name an entry of a later item. */
    private final List<Map.Entry<Long, List<FloorRequest>>> speakersLists = new java.util.ArrayList<>();

    private final Refs refs;

    /** For a whole meeting: its ids are its own numbering, mapped to the keys this writer makes. */
    MeetingWriter(DSLContext tx, LocalDateTime now) {
        this.tx = tx;
        this.now = now;
        this.refs = new Refs() {
            @Override
            public Long delegation(Long id) {
                return ref(delegations, id);
            }

            @Override
            public Long person(Long id) {
                return ref(persons, id);
            }

            @Override
            public Long document(Long id) {
                return ref(documents, id);
            }

            @Override
            public Long entry(Long id) {
                return ref(entries, id);
            }
        };
    }

    /** For edits of a stored meeting: the model already holds store keys. */
    MeetingWriter(DSLContext tx, LocalDateTime now, Refs refs) {
        this.tx = tx;
        this.now = now;
        this.refs = refs;
    }

    long insert(Meeting meeting) {
        var m = tx.newRecord(MEETING);
        RecordFields.facts(m, meeting.facts());
        m.setCreatedAt(now);
        m.setUpdatedAt(now);
        m.store();
        long meetingId = m.getId();

        int position = 0;
        for (Delegation d : meeting.delegations()) {
            remember(delegations, d.id(), insertDelegation(meetingId, position++, d), "delegation");
        }
        position = 0;
        for (Person p : meeting.persons()) {
            remember(persons, p.id(), insertPerson(meetingId, position++, p), "person");
        }
        position = 0;
        for (Document d : meeting.documents()) {
            remember(documents, d.id(), insertDocument(meetingId, position++, d), "document");
        }
        m.setRapporteurPersonId(refs.person(meeting.rapporteurId()));
        m.setParticipantsDocumentId(refs.document(meeting.participantsListId()));
        m.store();

        position = 0;
        for (Part part : meeting.parts()) {
            insertPart(meetingId, position++, part);
        }
        for (var list : speakersLists) {
            insertSpeakers(list.getKey(), list.getValue());
        }
        return meetingId;
    }

    long insertDelegation(long meetingId, int position, Delegation d) {
        var r = tx.newRecord(DELEGATION);
        r.setMeetingId(meetingId);
        r.setPosition(position);
        RecordFields.delegation(r, d);
        r.store();
        RecordFields.aliases(tx, r.getId(), d);
        RecordFields.names(tx, r.getId(), d);
        return r.getId();
    }

    long insertPerson(long meetingId, int position, Person p) {
        var r = tx.newRecord(PERSON);
        r.setMeetingId(meetingId);
        r.setPosition(position);
        RecordFields.person(r, p, refs);
        r.store();
        return r.getId();
    }

    long insertDocument(long meetingId, int position, Document d) {
        var r = tx.newRecord(DOCUMENT);
        r.setMeetingId(meetingId);
        r.setPosition(position);
        RecordFields.document(r, d);
        r.store();
        return r.getId();
    }

    long insertPart(long meetingId, int position, Part part) {
        var r = tx.newRecord(REPORT_PART);
        r.setMeetingId(meetingId);
        r.setPosition(position);
        RecordFields.part(r, part, refs);
        r.store();
        int i = 0;
        for (AgendaItem item : part.items()) {
            insertItem(r.getId(), i++, item);
        }
        return r.getId();
    }

    long insertItem(long partId, int position, AgendaItem item) {
        var r = tx.newRecord(AGENDA_ITEM);
        r.setPartId(partId);
        r.setPosition(position);
        RecordFields.item(r, item, refs);
        r.setSpeakingLimitSeconds(item.speakingLimitSeconds());
        r.setSpeakersListClosed(item.speakersListClosed());
        r.store();
        long itemId = r.getId();
        int n = 0;
        for (Entry e : item.entries()) {
            remember(entries, e.id(), insertEntry(itemId, n++, e), "entry");
        }
        speakersLists.add(Map.entry(itemId, item.speakers()));
        n = 0;
        for (Election e : item.elections()) {
            insertElection(itemId, n++, e);
        }
        n = 0;
        for (Adoption a : item.adoptions()) {
            insertAdoption(itemId, n++, a);
        }
        n = 0;
        for (Proposal p : item.proposals()) {
            insertProposal(itemId, n++, p);
        }
        return itemId;
    }

    long insertEntry(long itemId, int position, Entry e) {
        var r = tx.newRecord(ENTRY);
        r.setItemId(itemId);
        r.setPosition(position);
        RecordFields.entry(r, e, refs);
        r.store();
        RecordFields.citedDocuments(tx, r.getId(), e, refs);
        return r.getId();
    }

    private void insertSpeakers(long itemId, List<FloorRequest> speakers) {
        int n = 0;
        for (FloorRequest f : speakers) {
            insertFloorRequest(itemId, n++, f);
        }
    }

    long insertFloorRequest(long itemId, int position, FloorRequest f) {
        var q = tx.newRecord(FLOOR_REQUEST);
        q.setItemId(itemId);
        q.setPosition(position);
        RecordFields.floorRequest(q, f, refs);
        q.store();
        return q.getId();
    }

    long insertElection(long itemId, int position, Election e) {
        var r = tx.newRecord(ELECTION);
        r.setItemId(itemId);
        r.setPosition(position);
        r.setOffice(e.office().name());
        r.setOfficeLabel(e.officeLabel());
        r.setNomineePersonId(refs.person(e.nomineeId()));
        r.setNominatedById(refs.delegation(e.nominatedById()));
        r.setOutcome(e.outcome().name());
        if (e.votes() != null) {
            r.setVotesFor(e.votes().inFavour());
            r.setVotesAgainst(e.votes().against());
            r.setAbstentions(e.votes().abstentions());
        }
        r.setProseOverride(e.proseOverride());
        r.store();
        seconders(r.getId(), e.secondedByIds(), true);
        return r.getId();
    }

    long insertAdoption(long itemId, int position, Adoption a) {
        var r = tx.newRecord(ADOPTION);
        r.setItemId(itemId);
        r.setPosition(position);
        r.setDocumentId(refs.document(a.documentId()));
        r.setOutcome(a.outcome().name());
        r.setProseOverride(a.proseOverride());
        r.store();
        int n = 0;
        for (AmendmentRequest am : a.amendments()) {
            tx.insertInto(AMENDMENT_REQUEST, AMENDMENT_REQUEST.ADOPTION_ID, AMENDMENT_REQUEST.POSITION,
                            AMENDMENT_REQUEST.DELEGATION_ID, AMENDMENT_REQUEST.REQUEST)
                    .values(r.getId(), n++, refs.delegation(am.delegationId()), ServerText.forDatabase(tx, am.request()))
                    .execute();
        }
        return r.getId();
    }

    long insertProposal(long itemId, int position, Proposal p) {
        var r = tx.newRecord(PROPOSAL);
        r.setItemId(itemId);
        r.setPosition(position);
        r.setProposerId(refs.delegation(p.proposerId()));
        r.setPresenterPersonId(refs.person(p.presenterId()));
        r.setTitle(p.title());
        r.setSummary(p.summary());
        r.setOutcome(p.outcome().name());
        r.setOutcomeText(p.outcomeText());
        r.setProseOverride(p.proseOverride());
        r.store();
        int n = 0;
        for (ProposalPosition s : p.positions()) {
            var q = tx.newRecord(PROPOSAL_POSITION);
            q.setProposalId(r.getId());
            q.setPosition(n++);
            q.setDelegationId(refs.delegation(s.delegationId()));
            q.setStance(s.stance().name());
            q.setNote(s.note());
            q.setProseOverride(s.proseOverride());
            q.store();
            seconders(q.getId(), s.secondedByIds(), false);
        }
        return r.getId();
    }

    private void seconders(long ownerId, List<Long> delegationIds, boolean ofElection) {
        int n = 0;
        for (Long delegationId : delegationIds) {
            if (ofElection) {
                tx.insertInto(ELECTION_SECONDER, ELECTION_SECONDER.ELECTION_ID, ELECTION_SECONDER.POSITION,
                        ELECTION_SECONDER.DELEGATION_ID).values(ownerId, n++, refs.delegation(delegationId)).execute();
            } else {
                tx.insertInto(POSITION_SECONDER, POSITION_SECONDER.POSITION_ID, POSITION_SECONDER.POSITION,
                        POSITION_SECONDER.DELEGATION_ID).values(ownerId, n++, refs.delegation(delegationId)).execute();
            }
        }
    }

    private static void remember(Map<Long, Long> keys, Long given, long stored, String kind) {
        if (given != null && keys.put(given, stored) != null) {
            throw new IllegalArgumentException("Two " + kind + "s of the meeting have the id " + given);
        }
    }

    /** The new key of a referenced object; a reference to something not in the meeting is a bug upstream. */
    private static Long ref(Map<Long, Long> keys, Long given) {
        if (given == null) {
            return null;
        }
        Long stored = keys.get(given);
        if (stored == null) {
            throw new IllegalArgumentException("The meeting refers to id " + given + ", which is not part of it");
        }
        return stored;
    }
}
