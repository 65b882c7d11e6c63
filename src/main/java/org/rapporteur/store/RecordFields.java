package org.rapporteur.store;

import static org.rapporteur.store.jooq.Tables.DELEGATION_ALIAS;
import static org.rapporteur.store.jooq.Tables.DELEGATION_NAME;
import static org.rapporteur.store.jooq.Tables.ENTRY_DOCUMENT;

import org.jooq.DSLContext;
import org.rapporteur.model.AgendaItem;
import org.rapporteur.model.Delegation;
import org.rapporteur.model.Document;
import org.rapporteur.model.Entry;
import org.rapporteur.model.FloorRequest;
import org.rapporteur.model.FloorRequestKind;
import org.rapporteur.model.FloorRequestStatus;
import org.rapporteur.model.MeetingFacts;
import org.rapporteur.model.Part;
import org.rapporteur.model.Person;
import org.rapporteur.store.jooq.tables.records.AgendaItemRecord;
import org.rapporteur.store.jooq.tables.records.DelegationRecord;
import org.rapporteur.store.jooq.tables.records.DocumentRecord;
import org.rapporteur.store.jooq.tables.records.EntryRecord;
import org.rapporteur.store.jooq.tables.records.FloorRequestRecord;
import org.rapporteur.store.jooq.tables.records.MeetingRecord;
import org.rapporteur.store.jooq.tables.records.PersonRecord;
import org.rapporteur.store.jooq.tables.records.ReportPartRecord;

/**
 * Copies a model object's own fields onto its row, and its lists onto their child tables: the one place
 * that knows which field goes to which column, shared by the whole-meeting insert and by single edits.
 * Keys, owners and positions are the caller's business.
 */
final class RecordFields {
    private RecordFields() {
    }

    static void facts(MeetingRecord r, MeetingFacts f) {
        r.setTitle(f.title());
        r.setOrganization(f.organization());
        r.setSeries(f.series());
        r.setReportSymbol(f.reportSymbol());
        r.setReportTitle(f.reportTitle());
        r.setVenueCity(f.venue().city());
        r.setVenueCountry(f.venue().country());
        r.setStartDate(f.startDate());
        r.setEndDate(f.endDate());
        r.setOriginalLanguage(f.originalLanguage().name());
        r.setMandate(f.mandate());
    }

    static void delegation(DelegationRecord r, Delegation d) {
        r.setName(d.name());
        r.setProseName(d.proseName());
        r.setKind(d.kind().name());
        r.setPresent(d.present());
    }

    /** Replaces the delegation's aliases with the model's, in order. */
    static void aliases(DSLContext tx, long delegationId, Delegation d) {
        tx.deleteFrom(DELEGATION_ALIAS).where(DELEGATION_ALIAS.DELEGATION_ID.eq(delegationId)).execute();
        int a = 0;
        for (String alias : d.aliases()) {
            tx.insertInto(DELEGATION_ALIAS, DELEGATION_ALIAS.DELEGATION_ID, DELEGATION_ALIAS.POSITION, DELEGATION_ALIAS.ALIAS)
                    .values(delegationId, a++, ServerText.forDatabase(tx, alias)).execute();
        }
    }

    /** Replaces the delegation's names of its own, by language, with the model's. */
    static void names(DSLContext tx, long delegationId, Delegation d) {
        tx.deleteFrom(DELEGATION_NAME).where(DELEGATION_NAME.DELEGATION_ID.eq(delegationId)).execute();
        d.names().forEach((language, n) -> tx.insertInto(DELEGATION_NAME, DELEGATION_NAME.DELEGATION_ID, DELEGATION_NAME.LANGUAGE,
                DELEGATION_NAME.NAME, DELEGATION_NAME.PROSE_NAME).values(delegationId, language.name(),
                ServerText.forDatabase(tx, n.name()), ServerText.forDatabase(tx, n.proseName())).execute());
    }

    static void person(PersonRecord r, Person p, Refs refs) {
        r.setName(p.name());
        r.setHonorific(p.honorific());
        r.setTitle(p.title());
        r.setDelegationId(refs.delegation(p.delegationId()));
        r.setGender(p.gender().name());
    }

    static void document(DocumentRecord r, Document d) {
        r.setSymbol(d.symbol());
        r.setTitle(d.title());
        r.setKind(d.kind().name());
    }

    static void part(ReportPartRecord r, Part part, Refs refs) {
        r.setKind(part.kind().name());
        r.setSessionNumber(part.sessionNumber());
        r.setMeetingDay(part.day());
        r.setHeldOn(part.date());
        r.setChairPersonId(refs.person(part.chairId()));
        r.setChairCapacity(part.chairCapacity());
        r.setIntroduction(part.introduction());
    }

    static void item(AgendaItemRecord r, AgendaItem item, Refs refs) {
        r.setTitle(item.title());
        r.setDocumentId(refs.document(item.documentId()));
        r.setIntroduction(item.introduction());
    }

    static FloorRequest floorRequest(FloorRequestRecord r) {
        return new FloorRequest(r.getId(), FloorRequestKind.valueOf(r.getKind()), FloorRequestStatus.valueOf(r.getStatus()),
                r.getPersonId(), r.getDelegationId(), r.getEntryId(), r.getRequestedAt(), r.getStartedAt(), r.getEndedAt(),
                r.getPausedSeconds() == null ? 0 : r.getPausedSeconds(), r.getPausedAt());
    }

    static void floorRequest(FloorRequestRecord q, FloorRequest f, Refs refs) {
        q.setKind(f.kind().name());
        q.setStatus(f.status().name());
        q.setPersonId(refs.person(f.personId()));
        q.setDelegationId(refs.delegation(f.delegationId()));
        q.setEntryId(refs.entry(f.entryId()));
        q.setRequestedAt(f.requestedAt());
        q.setStartedAt(f.startedAt());
        q.setEndedAt(f.endedAt());
        q.setPausedSeconds(f.pausedSeconds());
        q.setPausedAt(f.pausedAt());
    }

    static void entry(EntryRecord r, Entry e, Refs refs) {
        r.setKind(e.kind().name());
        r.setPersonId(refs.person(e.personId()));
        r.setDelegationId(refs.delegation(e.delegationId()));
        r.setSpeakerTitle(e.speakerTitle());
        r.setSubject(e.subject());
        r.setSummary(e.summary());
        r.setStartedAt(e.startedAt());
        r.setEndedAt(e.endedAt());
    }

    /** Replaces the entry's cited documents with the model's, in order. */
    static void citedDocuments(DSLContext tx, long entryId, Entry e, Refs refs) {
        tx.deleteFrom(ENTRY_DOCUMENT).where(ENTRY_DOCUMENT.ENTRY_ID.eq(entryId)).execute();
        int d = 0;
        for (Long documentId : e.documentIds()) {
            tx.insertInto(ENTRY_DOCUMENT, ENTRY_DOCUMENT.ENTRY_ID, ENTRY_DOCUMENT.POSITION, ENTRY_DOCUMENT.DOCUMENT_ID)
                    .values(entryId, d++, refs.document(documentId)).execute();
        }
    }
}
