package org.rapporteur.store;

import static org.rapporteur.store.jooq.Tables.ADOPTION;
import static org.rapporteur.store.jooq.Tables.AGENDA_ITEM;
import static org.rapporteur.store.jooq.Tables.AMENDMENT_REQUEST;
import static org.rapporteur.store.jooq.Tables.DELEGATION;
import static org.rapporteur.store.jooq.Tables.DELEGATION_ALIAS;
import static org.rapporteur.store.jooq.Tables.DOCUMENT;
import static org.rapporteur.store.jooq.Tables.ELECTION;
import static org.rapporteur.store.jooq.Tables.ELECTION_SECONDER;
import static org.rapporteur.store.jooq.Tables.ENTRY;
import static org.rapporteur.store.jooq.Tables.ENTRY_DOCUMENT;
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
import org.rapporteur.model.MeetingFacts;
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

    MeetingWriter(DSLContext tx, LocalDateTime now) {
        this.tx = tx;
        this.now = now;
    }

    long insert(Meeting meeting) {
        MeetingFacts f = meeting.facts();
        var m = tx.newRecord(MEETING);
        m.setTitle(f.title());
        m.setOrganization(f.organization());
        m.setSeries(f.series());
        m.setReportSymbol(f.reportSymbol());
        m.setReportTitle(f.reportTitle());
        m.setVenueCity(f.venue().city());
        m.setVenueCountry(f.venue().country());
        m.setStartDate(f.startDate());
        m.setEndDate(f.endDate());
        m.setOriginalLanguage(f.originalLanguage().name());
        m.setMandate(f.mandate());
        m.setCreatedAt(now);
        m.setUpdatedAt(now);
        m.store();
        long meetingId = m.getId();

        int position = 0;
        for (Delegation d : meeting.delegations()) {
            var r = tx.newRecord(DELEGATION);
            r.setMeetingId(meetingId);
            r.setPosition(position++);
            r.setName(d.name());
            r.setProseName(d.proseName());
            r.setKind(d.kind().name());
            r.setPresent(d.present());
            r.store();
            remember(delegations, d.id(), r.getId(), "delegation");
            int a = 0;
            for (String alias : d.aliases()) {
                tx.insertInto(DELEGATION_ALIAS, DELEGATION_ALIAS.DELEGATION_ID, DELEGATION_ALIAS.POSITION, DELEGATION_ALIAS.ALIAS)
                        .values(r.getId(), a++, alias).execute();
            }
        }
        position = 0;
        for (Person p : meeting.persons()) {
            var r = tx.newRecord(PERSON);
            r.setMeetingId(meetingId);
            r.setPosition(position++);
            r.setName(p.name());
            r.setHonorific(p.honorific());
            r.setTitle(p.title());
            r.setDelegationId(ref(delegations, p.delegationId()));
            r.store();
            remember(persons, p.id(), r.getId(), "person");
        }
        position = 0;
        for (Document d : meeting.documents()) {
            var r = tx.newRecord(DOCUMENT);
            r.setMeetingId(meetingId);
            r.setPosition(position++);
            r.setSymbol(d.symbol());
            r.setTitle(d.title());
            r.setKind(d.kind().name());
            r.store();
            remember(documents, d.id(), r.getId(), "document");
        }
        m.setRapporteurPersonId(ref(persons, meeting.rapporteurId()));
        m.setParticipantsDocumentId(ref(documents, meeting.participantsListId()));
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

    private void insertPart(long meetingId, int position, Part part) {
        var r = tx.newRecord(REPORT_PART);
        r.setMeetingId(meetingId);
        r.setPosition(position);
        r.setKind(part.kind().name());
        r.setSessionNumber(part.sessionNumber());
        r.setMeetingDay(part.day());
        r.setHeldOn(part.date());
        r.setChairPersonId(ref(persons, part.chairId()));
        r.setChairCapacity(part.chairCapacity());
        r.setIntroduction(part.introduction());
        r.store();
        int i = 0;
        for (AgendaItem item : part.items()) {
            insertItem(r.getId(), i++, item);
        }
    }

    private void insertItem(long partId, int position, AgendaItem item) {
        var r = tx.newRecord(AGENDA_ITEM);
        r.setPartId(partId);
        r.setPosition(position);
        r.setTitle(item.title());
        r.setDocumentId(ref(documents, item.documentId()));
        r.setIntroduction(item.introduction());
        r.store();
        long itemId = r.getId();
        int n = 0;
        for (Entry e : item.entries()) {
            insertEntry(itemId, n++, e);
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
    }

    private void insertSpeakers(long itemId, List<FloorRequest> speakers) {
        int n = 0;
        for (FloorRequest f : speakers) {
            var q = tx.newRecord(FLOOR_REQUEST);
            q.setItemId(itemId);
            q.setPosition(n++);
            q.setKind(f.kind().name());
            q.setStatus(f.status().name());
            q.setPersonId(ref(persons, f.personId()));
            q.setDelegationId(ref(delegations, f.delegationId()));
            q.setEntryId(ref(entries, f.entryId()));
            q.setRequestedAt(f.requestedAt());
            q.setStartedAt(f.startedAt());
            q.setEndedAt(f.endedAt());
            q.store();
        }
    }

    private void insertEntry(long itemId, int position, Entry e) {
        var r = tx.newRecord(ENTRY);
        r.setItemId(itemId);
        r.setPosition(position);
        r.setKind(e.kind().name());
        r.setPersonId(ref(persons, e.personId()));
        r.setDelegationId(ref(delegations, e.delegationId()));
        r.setSpeakerTitle(e.speakerTitle());
        r.setSubject(e.subject());
        r.setSummary(e.summary());
        r.setStartedAt(e.startedAt());
        r.setEndedAt(e.endedAt());
        r.store();
        remember(entries, e.id(), r.getId(), "entry");
        int d = 0;
        for (Long documentId : e.documentIds()) {
            tx.insertInto(ENTRY_DOCUMENT, ENTRY_DOCUMENT.ENTRY_ID, ENTRY_DOCUMENT.POSITION, ENTRY_DOCUMENT.DOCUMENT_ID)
                    .values(r.getId(), d++, ref(documents, documentId)).execute();
        }
    }

    private void insertElection(long itemId, int position, Election e) {
        var r = tx.newRecord(ELECTION);
        r.setItemId(itemId);
        r.setPosition(position);
        r.setOffice(e.office().name());
        r.setOfficeLabel(e.officeLabel());
        r.setNomineePersonId(ref(persons, e.nomineeId()));
        r.setNominatedById(ref(delegations, e.nominatedById()));
        r.setOutcome(e.outcome().name());
        if (e.votes() != null) {
            r.setVotesFor(e.votes().inFavour());
            r.setVotesAgainst(e.votes().against());
            r.setAbstentions(e.votes().abstentions());
        }
        r.store();
        seconders(r.getId(), e.secondedByIds(), true);
    }

    private void insertAdoption(long itemId, int position, Adoption a) {
        var r = tx.newRecord(ADOPTION);
        r.setItemId(itemId);
        r.setPosition(position);
        r.setDocumentId(ref(documents, a.documentId()));
        r.setOutcome(a.outcome().name());
        r.store();
        int n = 0;
        for (AmendmentRequest am : a.amendments()) {
            tx.insertInto(AMENDMENT_REQUEST, AMENDMENT_REQUEST.ADOPTION_ID, AMENDMENT_REQUEST.POSITION,
                            AMENDMENT_REQUEST.DELEGATION_ID, AMENDMENT_REQUEST.REQUEST)
                    .values(r.getId(), n++, ref(delegations, am.delegationId()), am.request()).execute();
        }
    }

    private void insertProposal(long itemId, int position, Proposal p) {
        var r = tx.newRecord(PROPOSAL);
        r.setItemId(itemId);
        r.setPosition(position);
        r.setProposerId(ref(delegations, p.proposerId()));
        r.setPresenterPersonId(ref(persons, p.presenterId()));
        r.setTitle(p.title());
        r.setSummary(p.summary());
        r.setOutcome(p.outcome().name());
        r.setOutcomeText(p.outcomeText());
        r.store();
        int n = 0;
        for (ProposalPosition s : p.positions()) {
            var q = tx.newRecord(PROPOSAL_POSITION);
            q.setProposalId(r.getId());
            q.setPosition(n++);
            q.setDelegationId(ref(delegations, s.delegationId()));
            q.setStance(s.stance().name());
            q.setNote(s.note());
            q.store();
            seconders(q.getId(), s.secondedByIds(), false);
        }
    }

    private void seconders(long ownerId, List<Long> delegationIds, boolean ofElection) {
        int n = 0;
        for (Long delegationId : delegationIds) {
            if (ofElection) {
                tx.insertInto(ELECTION_SECONDER, ELECTION_SECONDER.ELECTION_ID, ELECTION_SECONDER.POSITION,
                        ELECTION_SECONDER.DELEGATION_ID).values(ownerId, n++, ref(delegations, delegationId)).execute();
            } else {
                tx.insertInto(POSITION_SECONDER, POSITION_SECONDER.POSITION_ID, POSITION_SECONDER.POSITION,
                        POSITION_SECONDER.DELEGATION_ID).values(ownerId, n++, ref(delegations, delegationId)).execute();
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
