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
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.rapporteur.model.Meeting;
import org.rapporteur.model.MeetingSummary;
import org.rapporteur.model.Venue;
import org.rapporteur.text.Sentence;

/** Whole meetings in and out of the store: list, load, insert, delete. Each call is one transaction. */
public final class MeetingRepository {
    private final DSLContext dsl;

    MeetingRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<MeetingSummary> list() {
        try {
            return dsl.select(MEETING.ID, MEETING.TITLE, MEETING.START_DATE, MEETING.VENUE_CITY, MEETING.VENUE_COUNTRY)
                    .from(MEETING)
                    .orderBy(MEETING.START_DATE.desc().nullsLast(), MEETING.ID.desc())
                    .fetch(r -> new MeetingSummary(r.value1(), r.value2(), r.value3(), new Venue(r.value4(), r.value5())));
        } catch (DataAccessException e) {
            throw StoreErrors.translate(e, "store.action.list");
        }
    }

    /**
     * The whole meeting, or empty when the store has no meeting with that id. It is read in some fifteen queries, in
     * one transaction at REPEATABLE READ: each query sees the same state, however many laptops (or, on this laptop,
     * the writer thread) commit meanwhile. At the databases' default (READ COMMITTED) each query would see the
     * commits before it, and a meeting could come out half before, half after someone's edit.
     */
    public Optional<Meeting> find(long meetingId) {
        try {
            return dsl.connectionResult(connection -> {
                int was = connection.getTransactionIsolation();
                connection.setTransactionIsolation(java.sql.Connection.TRANSACTION_REPEATABLE_READ);
                try {
                    return dsl.configuration().derive(new org.jooq.impl.DefaultConnectionProvider(connection)).dsl()
                            .transactionResult(cfg -> new MeetingReader(cfg.dsl()).read(meetingId));
                } finally {
                    connection.setTransactionIsolation(was);
                }
            });
        } catch (DataAccessException e) {
            throw StoreErrors.translate(e, "store.action.read");
        }
    }

    public Meeting load(long meetingId) {
        return find(meetingId).orElseThrow(() -> new StoreException(StoreException.Reason.NOT_FOUND,
                Sentence.of("store.noMeeting", String.valueOf(meetingId))));
    }

    /**
     * Inserts a whole meeting in one transaction, all or nothing. The ids in {@code meeting} only need to be
     * unique per kind (an import's numbering); references between its objects are mapped to the new keys.
     *
     * @return the new meeting's id
     */
    public long insert(Meeting meeting) {
        try {
            return dsl.transactionResult(cfg -> new MeetingWriter(cfg.dsl(), LocalDateTime.now()).insert(meeting));
        } catch (DataAccessException e) {
            throw StoreErrors.translate(e, "store.action.save");
        }
    }

    /** Deletes a meeting and everything in it; false when there was none. */
    public boolean delete(long meetingId) {
        try {
            return dsl.transactionResult(cfg -> {
                DSLContext tx = cfg.dsl();
                // The meeting points at a person and a document of its own: clear those first.
                tx.update(MEETING).setNull(MEETING.RAPPORTEUR_PERSON_ID).setNull(MEETING.PARTICIPANTS_DOCUMENT_ID)
                        .where(MEETING.ID.eq(meetingId)).execute();
                return tx.deleteFrom(MEETING).where(MEETING.ID.eq(meetingId)).execute() > 0;
            });
        } catch (DataAccessException e) {
            throw StoreErrors.translate(e, "store.action.delete");
        }
    }

    /** Tables touched by a meeting, for tests that check nothing was left half-written. */
    static List<org.jooq.Table<?>> tables() {
        return List.of(MEETING, DELEGATION, DELEGATION_ALIAS, PERSON, DOCUMENT, REPORT_PART, AGENDA_ITEM, ENTRY,
                ENTRY_DOCUMENT, FLOOR_REQUEST, ELECTION, ELECTION_SECONDER, ADOPTION, AMENDMENT_REQUEST, PROPOSAL,
                PROPOSAL_POSITION, POSITION_SECONDER);
    }
}
