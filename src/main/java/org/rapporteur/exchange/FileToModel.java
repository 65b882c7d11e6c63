package org.rapporteur.exchange;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rapporteur.exchange.MeetingFileDto.AdoptionDto;
import org.rapporteur.exchange.MeetingFileDto.AmendmentDto;
import org.rapporteur.exchange.MeetingFileDto.DelegationDto;
import org.rapporteur.exchange.MeetingFileDto.DocumentDto;
import org.rapporteur.exchange.MeetingFileDto.ElectionDto;
import org.rapporteur.exchange.MeetingFileDto.EntryDto;
import org.rapporteur.exchange.MeetingFileDto.FloorRequestDto;
import org.rapporteur.exchange.MeetingFileDto.ItemDto;
import org.rapporteur.exchange.MeetingFileDto.PartDto;
import org.rapporteur.exchange.MeetingFileDto.PersonDto;
import org.rapporteur.exchange.MeetingFileDto.PositionDto;
import org.rapporteur.exchange.MeetingFileDto.ProposalDto;
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
import org.rapporteur.model.FloorRequestKind;
import org.rapporteur.model.FloorRequestStatus;
import org.rapporteur.model.Language;
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
import org.rapporteur.text.Sentence;

/**
 * Turns a parsed file into a meeting, checking everything the JSON parser cannot: required values, enum
 * spellings, dates, and that every reference names an object of the file. The first problem found is
 * thrown with its place in the file ("parts[2].items[0].entries[3].person").
 *
 * <p>Objects get ids 1, 2, 3… per kind in file order; the store maps them to its own keys on insert.
 */
final class FileToModel {
    private final Ids delegations = new Ids("delegation");
    private final Ids persons = new Ids("person");
    private final Ids documents = new Ids("document");
    private final Ids entries = new Ids("entry");
    private long nextId = 1;

    Meeting meeting(MeetingFileDto file) throws MeetingFileException {
        if (file.meeting() == null) {
            throw new MeetingFileException("file.noMeeting");
        }
        // Declare every referable id first, so references may point forwards.
        declare(file.delegations(), DelegationDto::id, delegations, "delegations");
        declare(file.persons(), PersonDto::id, persons, "persons");
        declare(file.documents(), DocumentDto::id, documents, "documents");
        int p = 0;
        for (PartDto part : list(file.parts())) {
            int i = 0;
            for (ItemDto item : list(part.items())) {
                declare(item.entries(), EntryDto::id, entries, "parts[" + p + "].items[" + i + "].entries");
                i++;
            }
            p++;
        }

        var m = file.meeting();
        Language language = parseLanguage(m.originalLanguage());
        MeetingFacts facts;
        try {
            facts = new MeetingFacts(required(m.title(), "meeting.title"), m.organization(), m.series(),
                    m.reportSymbol(), m.reportTitle(),
                    m.venue() == null ? null : new Venue(m.venue().city(), m.venue().country()),
                    date(m.startDate(), "meeting.startDate"), date(m.endDate(), "meeting.endDate"), language,
                    m.mandate());
        } catch (IllegalArgumentException e) {
            throw new MeetingFileException("file.badFacts", e.getMessage());
        }

        List<Delegation> delegationList = new ArrayList<>();
        int d = 0;
        for (DelegationDto dto : list(file.delegations())) {
            String at = "delegations[" + d++ + "]";
            delegationList.add(new Delegation(delegations.idOf(dto.id()), required(dto.name(), at + ".name"),
                    dto.proseName(), requiredEnum(DelegationKind.class, dto.kind(), at + ".kind"),
                    Boolean.TRUE.equals(dto.present()), list(dto.aliases())));
        }
        List<Person> personList = new ArrayList<>();
        int n = 0;
        for (PersonDto dto : list(file.persons())) {
            String at = "persons[" + n++ + "]";
            personList.add(new Person(persons.idOf(dto.id()), required(dto.name(), at + ".name"), dto.honorific(),
                    dto.title(), delegations.ref(dto.delegation(), at + ".delegation")));
        }
        List<Document> documentList = new ArrayList<>();
        int k = 0;
        for (DocumentDto dto : list(file.documents())) {
            String at = "documents[" + k++ + "]";
            documentList.add(new Document(documents.idOf(dto.id()), required(dto.symbol(), at + ".symbol"),
                    dto.title(), requiredEnum(DocumentKind.class, dto.kind(), at + ".kind")));
        }
        List<Part> parts = new ArrayList<>();
        p = 0;
        for (PartDto dto : list(file.parts())) {
            parts.add(part(dto, "parts[" + p++ + "]"));
        }
        return new Meeting(null, facts, persons.ref(m.rapporteur(), "meeting.rapporteur"),
                documents.ref(m.participantsList(), "meeting.participantsList"),
                delegationList, personList, documentList, parts);
    }

    private Part part(PartDto dto, String at) throws MeetingFileException {
        List<AgendaItem> items = new ArrayList<>();
        int i = 0;
        for (ItemDto item : list(dto.items())) {
            items.add(item(item, at + ".items[" + i++ + "]"));
        }
        return new Part(nextId++, requiredEnum(PartKind.class, dto.kind(), at + ".kind"), dto.sessionNumber(),
                dto.day(), date(dto.date(), at + ".date"), persons.ref(dto.chair(), at + ".chair"),
                dto.chairCapacity(), dto.introduction(), items);
    }

    private AgendaItem item(ItemDto dto, String at) throws MeetingFileException {
        List<Entry> entryList = new ArrayList<>();
        int n = 0;
        for (EntryDto e : list(dto.entries())) {
            String here = at + ".entries[" + n++ + "]";
            entryList.add(new Entry(entries.idOf(e.id()), requiredEnum(EntryKind.class, e.kind(), here + ".kind"),
                    persons.ref(e.person(), here + ".person"), delegations.ref(e.delegation(), here + ".delegation"),
                    e.speakerTitle(), e.subject(), documents.refs(e.documents(), here + ".documents"), e.summary(),
                    time(e.startedAt(), here + ".startedAt"), time(e.endedAt(), here + ".endedAt")));
        }
        List<FloorRequest> speakers = new ArrayList<>();
        n = 0;
        for (FloorRequestDto r : list(dto.speakers())) {
            String here = at + ".speakers[" + n++ + "]";
            speakers.add(new FloorRequest(nextId++, requiredEnum(FloorRequestKind.class, r.kind(), here + ".kind"),
                    requiredEnum(FloorRequestStatus.class, r.status(), here + ".status"),
                    persons.ref(r.person(), here + ".person"), delegations.ref(r.delegation(), here + ".delegation"),
                    entries.ref(r.entry(), here + ".entry"), time(r.requestedAt(), here + ".requestedAt"),
                    time(r.startedAt(), here + ".startedAt"), time(r.endedAt(), here + ".endedAt")));
        }
        List<Election> elections = new ArrayList<>();
        n = 0;
        for (ElectionDto e : list(dto.elections())) {
            String here = at + ".elections[" + n++ + "]";
            VoteCount votes = null;
            if (e.votes() != null) {
                try {
                    votes = new VoteCount(count(e.votes().inFavour()), count(e.votes().against()),
                            count(e.votes().abstentions()));
                } catch (IllegalArgumentException bad) {
                    throw new MeetingFileException("file.badVotes", here + ".votes", bad.getMessage());
                }
            }
            elections.add(new Election(nextId++, requiredEnum(Office.class, e.office(), here + ".office"),
                    e.officeLabel(), persons.ref(e.nominee(), here + ".nominee"),
                    delegations.ref(e.nominatedBy(), here + ".nominatedBy"),
                    delegations.refs(e.secondedBy(), here + ".secondedBy"),
                    requiredEnum(ElectionOutcome.class, e.outcome(), here + ".outcome"), votes));
        }
        List<Adoption> adoptions = new ArrayList<>();
        n = 0;
        for (AdoptionDto a : list(dto.adoptions())) {
            String here = at + ".adoptions[" + n++ + "]";
            List<AmendmentRequest> amendments = new ArrayList<>();
            int r = 0;
            for (AmendmentDto am : list(a.amendments())) {
                String there = here + ".amendments[" + r++ + "]";
                amendments.add(new AmendmentRequest(delegations.ref(am.delegation(), there + ".delegation"),
                        required(am.request(), there + ".request")));
            }
            adoptions.add(new Adoption(nextId++, documents.ref(a.document(), here + ".document"),
                    requiredEnum(AdoptionOutcome.class, a.outcome(), here + ".outcome"), amendments));
        }
        List<Proposal> proposals = new ArrayList<>();
        n = 0;
        for (ProposalDto pr : list(dto.proposals())) {
            String here = at + ".proposals[" + n++ + "]";
            List<ProposalPosition> positions = new ArrayList<>();
            int s = 0;
            for (PositionDto pos : list(pr.positions())) {
                String there = here + ".positions[" + s++ + "]";
                positions.add(new ProposalPosition(nextId++, delegations.ref(pos.delegation(), there + ".delegation"),
                        requiredEnum(Stance.class, pos.stance(), there + ".stance"), pos.note(),
                        delegations.refs(pos.secondedBy(), there + ".secondedBy")));
            }
            proposals.add(new Proposal(nextId++, delegations.ref(pr.proposer(), here + ".proposer"),
                    persons.ref(pr.presenter(), here + ".presenter"), pr.title(), pr.summary(), positions,
                    requiredEnum(ProposalOutcome.class, pr.outcome(), here + ".outcome"), pr.outcomeText()));
        }
        return new AgendaItem(nextId++, dto.title(), documents.ref(dto.document(), at + ".document"),
                dto.introduction(), entryList, speakers, elections, adoptions, proposals);
    }

    private static Language parseLanguage(String code) throws MeetingFileException {
        String value = required(code, "meeting.originalLanguage");
        for (Language language : Language.values()) {
            if (language.code().equals(value)) {
                return language;
            }
        }
        throw new MeetingFileException("file.notOneOf", "meeting.originalLanguage", value, "en, es, fr, pt");
    }

    private static int count(Integer value) {
        return value == null ? 0 : value;
    }

    private static <T> List<T> list(List<T> maybe) {
        return maybe == null ? List.of() : maybe;
    }

    private static String required(String value, String at) throws MeetingFileException {
        if (value == null || value.isBlank()) {
            throw new MeetingFileException("file.required", at);
        }
        return value;
    }

    private static <E extends Enum<E>> E requiredEnum(Class<E> type, String value, String at)
            throws MeetingFileException {
        return JsonNames.parse(type, required(value, at), at);
    }

    private static LocalDate date(String value, String at) throws MeetingFileException {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new MeetingFileException("file.badDate", at, value);
        }
    }

    private static LocalDateTime time(String value, String at) throws MeetingFileException {
        if (value == null) {
            return null;
        }
        try {
            return LocalDateTime.parse(value);
        } catch (DateTimeParseException e) {
            throw new MeetingFileException("file.badTime", at, value);
        }
    }

    private <T> void declare(List<T> all, java.util.function.Function<T, String> id, Ids into, String at)
            throws MeetingFileException {
        int i = 0;
        for (T t : list(all)) {
            into.declare(required(id.apply(t), at + "[" + i + "].id"), at + "[" + i + "].id", nextId++);
            i++;
        }
    }

    /** The file's ids of one kind and the numbers they stand for. */
    private static final class Ids {
        private final String kind;
        private final Map<String, Long> known = new HashMap<>();

        Ids(String kind) {
            this.kind = kind;
        }

        void declare(String id, String at, long number) throws MeetingFileException {
            if (known.putIfAbsent(id, number) != null) {
                throw new MeetingFileException("file.duplicateId", at, id);
            }
        }

        Long idOf(String id) {
            return known.get(id);
        }

        Long ref(String id, String at) throws MeetingFileException {
            if (id == null) {
                return null;
            }
            Long number = known.get(id);
            if (number == null) {
                throw new MeetingFileException("file.danglingReference", at, Sentence.of("file.kind." + kind), id);
            }
            return number;
        }

        List<Long> refs(List<String> ids, String at) throws MeetingFileException {
            List<Long> numbers = new ArrayList<>();
            int i = 0;
            for (String id : list(ids)) {
                numbers.add(ref(id, at + "[" + i++ + "]"));
            }
            return numbers;
        }
    }
}
