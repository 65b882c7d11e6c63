package org.rapporteur.store;

import static org.rapporteur.store.jooq.Tables.ADOPTION;
import static org.rapporteur.store.jooq.Tables.AGENDA_ITEM;
import static org.rapporteur.store.jooq.Tables.AMENDMENT_REQUEST;
import static org.rapporteur.store.jooq.Tables.DELEGATION;
import static org.rapporteur.store.jooq.Tables.DELEGATION_ALIAS;
import static org.rapporteur.store.jooq.Tables.DELEGATION_NAME;
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

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Condition;
import org.jooq.Record1;
import org.jooq.Result;
import org.jooq.TableField;
import org.jooq.Record2;
import org.jooq.Select;
import org.rapporteur.model.Adoption;
import org.rapporteur.model.AdoptionOutcome;
import org.rapporteur.model.AgendaItem;
import org.rapporteur.model.AmendmentRequest;
import org.rapporteur.model.Delegation;
import org.rapporteur.model.DelegationKind;
import org.rapporteur.model.Document;
import org.rapporteur.model.DocumentKind;
import org.rapporteur.model.Election;
import org.rapporteur.model.ElectionOutcome;
import org.rapporteur.model.Entry;
import org.rapporteur.model.EntryKind;
import org.rapporteur.model.FloorRequest;
import org.rapporteur.model.Gender;
import org.rapporteur.model.Language;
import org.rapporteur.model.LocalName;
import org.rapporteur.model.Meeting;
import org.rapporteur.model.MeetingFacts;
import org.rapporteur.model.Office;
import org.rapporteur.model.Part;
import org.rapporteur.model.PartKind;
import org.rapporteur.model.Person;
import org.rapporteur.model.Proposal;
import org.rapporteur.model.ProposalOutcome;
import org.rapporteur.model.ProposalPosition;
import org.rapporteur.model.Stance;
import org.rapporteur.model.Venue;
import org.rapporteur.model.VoteCount;
import org.rapporteur.store.jooq.tables.records.AgendaItemRecord;
import org.rapporteur.store.jooq.tables.records.ReportPartRecord;

/**
 * Reads one whole meeting inside a transaction the caller holds: one query per table, grouped in memory,
 * so a meeting of thousands of entries costs a fixed number of round trips.
 */
final class MeetingReader {
    private final DSLContext tx;

    MeetingReader(DSLContext tx) {
        this.tx = tx;
    }

    Optional<Meeting> read(long meetingId) {
        var m = tx.selectFrom(MEETING).where(MEETING.ID.eq(meetingId)).fetchOne();
        if (m == null) {
            return Optional.empty();
        }
        Map<Long, List<String>> aliases = tx.select(DELEGATION_ALIAS.DELEGATION_ID, DELEGATION_ALIAS.ALIAS)
                .from(DELEGATION_ALIAS).join(DELEGATION).on(DELEGATION.ID.eq(DELEGATION_ALIAS.DELEGATION_ID))
                .where(DELEGATION.MEETING_ID.eq(meetingId))
                .orderBy(DELEGATION_ALIAS.DELEGATION_ID, DELEGATION_ALIAS.POSITION)
                .fetchGroups(DELEGATION_ALIAS.DELEGATION_ID, DELEGATION_ALIAS.ALIAS);
        Map<Long, Map<Language, LocalName>> names = new HashMap<>();
        tx.select(DELEGATION_NAME.DELEGATION_ID, DELEGATION_NAME.LANGUAGE, DELEGATION_NAME.NAME, DELEGATION_NAME.PROSE_NAME)
                .from(DELEGATION_NAME).join(DELEGATION).on(DELEGATION.ID.eq(DELEGATION_NAME.DELEGATION_ID))
                .where(DELEGATION.MEETING_ID.eq(meetingId))
                .forEach(r -> names.computeIfAbsent(r.value1(), id -> new EnumMap<>(Language.class))
                        .put(Language.valueOf(r.value2()), new LocalName(r.value3(), r.value4())));
        List<Delegation> delegations = tx.selectFrom(DELEGATION).where(DELEGATION.MEETING_ID.eq(meetingId))
                .orderBy(DELEGATION.POSITION)
                .fetch(r -> new Delegation(r.getId(), r.getName(), r.getProseName(),
                        DelegationKind.valueOf(r.getKind()), r.getPresent(), aliases.get(r.getId()), names.get(r.getId())));
        List<Person> persons = tx.selectFrom(PERSON).where(PERSON.MEETING_ID.eq(meetingId)).orderBy(PERSON.POSITION)
                .fetch(r -> new Person(r.getId(), r.getName(), r.getHonorific(), r.getTitle(), r.getDelegationId(),
                        Gender.valueOf(r.getGender())));
        List<Document> documents = tx.selectFrom(DOCUMENT).where(DOCUMENT.MEETING_ID.eq(meetingId))
                .orderBy(DOCUMENT.POSITION)
                .fetch(r -> new Document(r.getId(), r.getSymbol(), r.getTitle(), DocumentKind.valueOf(r.getKind())));

        var itemsOfMeeting = tx.select(AGENDA_ITEM.ID).from(AGENDA_ITEM).join(REPORT_PART)
                .on(REPORT_PART.ID.eq(AGENDA_ITEM.PART_ID)).where(REPORT_PART.MEETING_ID.eq(meetingId));
        ItemContents contents = new ItemContents(tx, itemsOfMeeting);

        Map<Long, Result<AgendaItemRecord>> itemsByPart = tx.selectFrom(AGENDA_ITEM)
                .where(AGENDA_ITEM.ID.in(itemsOfMeeting)).orderBy(AGENDA_ITEM.PART_ID, AGENDA_ITEM.POSITION)
                .fetchGroups(AGENDA_ITEM.PART_ID);
        List<Part> parts = tx.selectFrom(REPORT_PART).where(REPORT_PART.MEETING_ID.eq(meetingId))
                .orderBy(REPORT_PART.POSITION)
                .fetch(p -> part(p, itemsByPart.containsKey(p.getId()) ? itemsByPart.get(p.getId()) : List.of(), contents));

        var facts = new MeetingFacts(m.getTitle(), m.getOrganization(), m.getSeries(), m.getReportSymbol(),
                m.getReportTitle(), new Venue(m.getVenueCity(), m.getVenueCountry()), m.getStartDate(),
                m.getEndDate(), Language.valueOf(m.getOriginalLanguage()), m.getMandate());
        return Optional.of(new Meeting(m.getId(), facts, m.getRapporteurPersonId(), m.getParticipantsDocumentId(),
                delegations, persons, documents, parts));
    }

    private static Part part(ReportPartRecord p, List<AgendaItemRecord> items, ItemContents contents) {
        return new Part(p.getId(), PartKind.valueOf(p.getKind()), p.getSessionNumber(), p.getMeetingDay(),
                p.getHeldOn(), p.getChairPersonId(), p.getChairCapacity(), p.getIntroduction(),
                items.stream().map(i -> new AgendaItem(i.getId(), i.getTitle(), i.getDocumentId(), i.getIntroduction(),
                        contents.entries.getOrDefault(i.getId(), List.of()),
                        contents.speakers.getOrDefault(i.getId(), List.of()),
                        contents.elections.getOrDefault(i.getId(), List.of()),
                        contents.adoptions.getOrDefault(i.getId(), List.of()),
                        contents.proposals.getOrDefault(i.getId(), List.of()), i.getSpeakingLimitSeconds(),
                        Boolean.TRUE.equals(i.getSpeakersListClosed()))).toList());
    }

    /** Everything that hangs under the meeting's agenda items, grouped by item id. */
    private static final class ItemContents {
        final Map<Long, List<Entry>> entries;
        final Map<Long, List<FloorRequest>> speakers;
        final Map<Long, List<Election>> elections;
        final Map<Long, List<Adoption>> adoptions;
        final Map<Long, List<Proposal>> proposals;

        ItemContents(DSLContext tx, Select<? extends Record1<Long>> items) {
            Map<Long, List<Long>> cited = ordered(tx, ENTRY_DOCUMENT.ENTRY_ID, ENTRY_DOCUMENT.DOCUMENT_ID,
                    ENTRY_DOCUMENT.POSITION, ENTRY_DOCUMENT.ENTRY_ID.in(tx.select(ENTRY.ID).from(ENTRY).where(ENTRY.ITEM_ID.in(items))));
            entries = tx.selectFrom(ENTRY).where(ENTRY.ITEM_ID.in(items)).orderBy(ENTRY.ITEM_ID, ENTRY.POSITION)
                    .fetch().stream().collect(Collectors.groupingBy(r -> r.getItemId(), Collectors.mapping(
                            r -> new Entry(r.getId(), EntryKind.valueOf(r.getKind()), r.getPersonId(), r.getDelegationId(),
                                    r.getSpeakerTitle(), r.getSubject(), cited.get(r.getId()), r.getSummary(),
                                    r.getStartedAt(), r.getEndedAt(), r.getVersion()), Collectors.toList())));
            speakers = tx.selectFrom(FLOOR_REQUEST).where(FLOOR_REQUEST.ITEM_ID.in(items))
                    .orderBy(FLOOR_REQUEST.ITEM_ID, FLOOR_REQUEST.POSITION)
                    .fetch().stream().collect(Collectors.groupingBy(r -> r.getItemId(), Collectors.mapping(
                            RecordFields::floorRequest, Collectors.toList())));

            Map<Long, List<Long>> electionSeconders = ordered(tx, ELECTION_SECONDER.ELECTION_ID,
                    ELECTION_SECONDER.DELEGATION_ID, ELECTION_SECONDER.POSITION,
                    ELECTION_SECONDER.ELECTION_ID.in(tx.select(ELECTION.ID).from(ELECTION).where(ELECTION.ITEM_ID.in(items))));
            elections = tx.selectFrom(ELECTION).where(ELECTION.ITEM_ID.in(items))
                    .orderBy(ELECTION.ITEM_ID, ELECTION.POSITION)
                    .fetch().stream().collect(Collectors.groupingBy(r -> r.getItemId(), Collectors.mapping(
                            r -> new Election(r.getId(), Office.valueOf(r.getOffice()), r.getOfficeLabel(),
                                    r.getNomineePersonId(), r.getNominatedById(), electionSeconders.get(r.getId()),
                                    ElectionOutcome.valueOf(r.getOutcome()),
                                    r.getVotesFor() == null ? null : new VoteCount(r.getVotesFor(),
                                            nz(r.getVotesAgainst()), nz(r.getAbstentions())), r.getProseOverride()),
                            Collectors.toList())));

            Map<Long, List<AmendmentRequest>> amendments = tx.selectFrom(AMENDMENT_REQUEST)
                    .where(AMENDMENT_REQUEST.ADOPTION_ID.in(tx.select(ADOPTION.ID).from(ADOPTION).where(ADOPTION.ITEM_ID.in(items))))
                    .orderBy(AMENDMENT_REQUEST.ADOPTION_ID, AMENDMENT_REQUEST.POSITION)
                    .fetch().stream().collect(Collectors.groupingBy(r -> r.getAdoptionId(), Collectors.mapping(
                            r -> new AmendmentRequest(r.getDelegationId(), r.getRequest()), Collectors.toList())));
            adoptions = tx.selectFrom(ADOPTION).where(ADOPTION.ITEM_ID.in(items))
                    .orderBy(ADOPTION.ITEM_ID, ADOPTION.POSITION)
                    .fetch().stream().collect(Collectors.groupingBy(r -> r.getItemId(), Collectors.mapping(
                            r -> new Adoption(r.getId(), r.getDocumentId(), AdoptionOutcome.valueOf(r.getOutcome()),
                                    amendments.get(r.getId()), r.getProseOverride()), Collectors.toList())));

            var proposalsOfItems = tx.select(PROPOSAL.ID).from(PROPOSAL).where(PROPOSAL.ITEM_ID.in(items));
            Map<Long, List<Long>> positionSeconders = ordered(tx, POSITION_SECONDER.POSITION_ID,
                    POSITION_SECONDER.DELEGATION_ID, POSITION_SECONDER.POSITION,
                    POSITION_SECONDER.POSITION_ID.in(tx.select(PROPOSAL_POSITION.ID).from(PROPOSAL_POSITION)
                            .where(PROPOSAL_POSITION.PROPOSAL_ID.in(proposalsOfItems))));
            Map<Long, List<ProposalPosition>> positions = tx.selectFrom(PROPOSAL_POSITION)
                    .where(PROPOSAL_POSITION.PROPOSAL_ID.in(proposalsOfItems))
                    .orderBy(PROPOSAL_POSITION.PROPOSAL_ID, PROPOSAL_POSITION.POSITION)
                    .fetch().stream().collect(Collectors.groupingBy(r -> r.getProposalId(), Collectors.mapping(
                            r -> new ProposalPosition(r.getId(), r.getDelegationId(), Stance.valueOf(r.getStance()),
                                    r.getNote(), positionSeconders.get(r.getId()), r.getProseOverride()),
                            Collectors.toList())));
            proposals = tx.selectFrom(PROPOSAL).where(PROPOSAL.ITEM_ID.in(items))
                    .orderBy(PROPOSAL.ITEM_ID, PROPOSAL.POSITION)
                    .fetch().stream().collect(Collectors.groupingBy(r -> r.getItemId(), Collectors.mapping(
                            r -> new Proposal(r.getId(), r.getProposerId(), r.getPresenterPersonId(), r.getTitle(),
                                    r.getSummary(), positions.get(r.getId()), ProposalOutcome.valueOf(r.getOutcome()),
                                    r.getOutcomeText(), r.getProseOverride()), Collectors.toList())));
        }

        /** owner → values, in the order of the position column. */
        private static Map<Long, List<Long>> ordered(DSLContext tx, TableField<?, Long> owner, Field<Long> value,
                                                     Field<Integer> position, Condition where) {
            return tx.select(owner, value).from(owner.getTable()).where(where)
                    .orderBy(owner, position)
                    .fetch().stream().collect(Collectors.groupingBy(Record2::value1,
                            Collectors.mapping(Record2::value2, Collectors.toList())));
        }

        private static int nz(Integer value) {
            return value == null ? 0 : value;
        }
    }
}
