package org.rapporteur.exchange;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
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
import org.rapporteur.exchange.MeetingFileDto.LocalNameDto;
import org.rapporteur.exchange.MeetingFileDto.NamesDto;
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
import org.rapporteur.text.Sentence;

import static org.rapporteur.model.TextLimits.CODE;
import static org.rapporteur.model.TextLimits.HEADING;
import static org.rapporteur.model.TextLimits.NAME;
import static org.rapporteur.model.TextLimits.TEXT;
import static org.rapporteur.model.TextLimits.TITLE;

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
            facts = new MeetingFacts(fit(required(m.title(), "meeting.title"), HEADING, "meeting.title"),
                    fit(m.organization(), HEADING, "meeting.organization"), fit(m.series(), CODE, "meeting.series"),
                    fit(m.reportSymbol(), CODE, "meeting.reportSymbol"), fit(m.reportTitle(), HEADING, "meeting.reportTitle"),
                    m.venue() == null ? null : new Venue(fit(m.venue().city(), CODE, "meeting.venue.city"),
                            fit(m.venue().country(), CODE, "meeting.venue.country")),
                    date(m.startDate(), "meeting.startDate"), date(m.endDate(), "meeting.endDate"), language,
                    fit(m.mandate(), TEXT, "meeting.mandate"));
        } catch (IllegalArgumentException e) {
            throw new MeetingFileException("file.badFacts", e.getMessage());
        }

        List<Delegation> delegationList = new ArrayList<>();
        int d = 0;
        for (DelegationDto dto : list(file.delegations())) {
            String at = "delegations[" + d++ + "]";
            List<String> aliases = new ArrayList<>();
            for (int a = 0; a < list(dto.aliases()).size(); a++) {
                aliases.add(fit(dto.aliases().get(a), NAME, at + ".aliases[" + a + "]"));
            }
            delegationList.add(new Delegation(delegations.idOf(dto.id()),
                    fit(required(dto.name(), at + ".name"), NAME, at + ".name"), fit(dto.proseName(), NAME, at + ".proseName"),
                    requiredEnum(DelegationKind.class, dto.kind(), at + ".kind"),
                    Boolean.TRUE.equals(dto.present()), aliases, names(dto.names(), at + ".names")));
        }
        List<Person> personList = new ArrayList<>();
        int n = 0;
        for (PersonDto dto : list(file.persons())) {
            String at = "persons[" + n++ + "]";
            personList.add(new Person(persons.idOf(dto.id()), fit(required(dto.name(), at + ".name"), NAME, at + ".name"),
                    fit(dto.honorific(), CODE, at + ".honorific"), fit(dto.title(), TITLE, at + ".title"),
                    delegations.ref(dto.delegation(), at + ".delegation"),
                    JsonNames.parse(Gender.class, dto.gender(), at + ".gender")));
        }
        List<Document> documentList = new ArrayList<>();
        int k = 0;
        for (DocumentDto dto : list(file.documents())) {
            String at = "documents[" + k++ + "]";
            documentList.add(new Document(documents.idOf(dto.id()),
                    fit(required(dto.symbol(), at + ".symbol"), CODE, at + ".symbol"), fit(dto.title(), TITLE, at + ".title"),
                    requiredEnum(DocumentKind.class, dto.kind(), at + ".kind")));
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
        return new Part(nextId++, requiredEnum(PartKind.class, dto.kind(), at + ".kind"),
                positive(dto.sessionNumber(), at + ".sessionNumber"), positive(dto.day(), at + ".day"),
                date(dto.date(), at + ".date"), persons.ref(dto.chair(), at + ".chair"),
                fit(dto.chairCapacity(), TITLE, at + ".chairCapacity"), fit(dto.introduction(), TEXT, at + ".introduction"),
                items);
    }

    private AgendaItem item(ItemDto dto, String at) throws MeetingFileException {
        List<Entry> entryList = new ArrayList<>();
        int n = 0;
        for (EntryDto e : list(dto.entries())) {
            String here = at + ".entries[" + n++ + "]";
            entryList.add(new Entry(entries.idOf(e.id()), requiredEnum(EntryKind.class, e.kind(), here + ".kind"),
                    persons.ref(e.person(), here + ".person"), delegations.ref(e.delegation(), here + ".delegation"),
                    fit(e.speakerTitle(), TITLE, here + ".speakerTitle"), fit(e.subject(), TITLE, here + ".subject"),
                    documents.refs(e.documents(), here + ".documents"), fit(e.summary(), TEXT, here + ".summary"),
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
                    time(r.startedAt(), here + ".startedAt"), time(r.endedAt(), here + ".endedAt"),
                    orZero(positive(r.pausedSeconds(), here + ".pausedSeconds")), time(r.pausedAt(), here + ".pausedAt")));
        }
        List<Election> elections = new ArrayList<>();
        n = 0;
        for (ElectionDto e : list(dto.elections())) {
            String here = at + ".elections[" + n++ + "]";
            VoteCount votes = null;
            if (e.votes() != null) {
                var v = e.votes();
                if (v.inFavour() == null || v.against() == null || v.abstentions() == null) {
                    throw new MeetingFileException("file.missingCount", here + ".votes");
                }
                try {
                    votes = new VoteCount(v.inFavour(), v.against(), v.abstentions());
                } catch (IllegalArgumentException bad) {
                    throw new MeetingFileException("file.badVotes", here + ".votes", bad.getMessage());
                }
            }
            elections.add(new Election(nextId++, requiredEnum(Office.class, e.office(), here + ".office"),
                    fit(e.officeLabel(), NAME, here + ".officeLabel"), persons.ref(e.nominee(), here + ".nominee"),
                    delegations.ref(e.nominatedBy(), here + ".nominatedBy"),
                    delegations.refs(e.secondedBy(), here + ".secondedBy"),
                    requiredEnum(ElectionOutcome.class, e.outcome(), here + ".outcome"), votes,
                    fit(e.proseOverride(), TEXT, here + ".proseOverride")));
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
                        fit(required(am.request(), there + ".request"), TEXT, there + ".request")));
            }
            adoptions.add(new Adoption(nextId++, documents.ref(a.document(), here + ".document"),
                    requiredEnum(AdoptionOutcome.class, a.outcome(), here + ".outcome"), amendments,
                    fit(a.proseOverride(), TEXT, here + ".proseOverride")));
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
                        requiredEnum(Stance.class, pos.stance(), there + ".stance"), fit(pos.note(), TEXT, there + ".note"),
                        delegations.refs(pos.secondedBy(), there + ".secondedBy"),
                        fit(pos.proseOverride(), TEXT, there + ".proseOverride")));
            }
            proposals.add(new Proposal(nextId++, delegations.ref(pr.proposer(), here + ".proposer"),
                    persons.ref(pr.presenter(), here + ".presenter"), fit(pr.title(), TITLE, here + ".title"),
                    fit(pr.summary(), TEXT, here + ".summary"), positions,
                    requiredEnum(ProposalOutcome.class, pr.outcome(), here + ".outcome"),
                    fit(pr.outcomeText(), TEXT, here + ".outcomeText"),
                    fit(pr.proseOverride(), TEXT, here + ".proseOverride")));
        }
        return new AgendaItem(nextId++, fit(dto.title(), TITLE, at + ".title"), documents.ref(dto.document(), at + ".document"),
                fit(dto.introduction(), TEXT, at + ".introduction"), entryList, speakers, elections, adoptions, proposals,
                positive(dto.speakingLimit(), at + ".speakingLimit"), Boolean.TRUE.equals(dto.speakersListClosed()));
    }

    /** A delegation's own names, by language; a language left out has none. */
    private static Map<Language, LocalName> names(NamesDto dto, String at) throws MeetingFileException {
        Map<Language, LocalName> names = new EnumMap<>(Language.class);
        if (dto == null) {
            return names;
        }
        Map<Language, LocalNameDto> given = new EnumMap<>(Language.class);
        given.put(Language.EN, dto.en());
        given.put(Language.ES, dto.es());
        given.put(Language.FR, dto.fr());
        given.put(Language.PT, dto.pt());
        for (var e : given.entrySet()) {
            if (e.getValue() != null) {
                String here = at + "." + e.getKey().code();
                names.put(e.getKey(), new LocalName(fit(required(e.getValue().name(), here + ".name"), NAME, here + ".name"),
                        fit(e.getValue().proseName(), NAME, here + ".proseName")));
            }
        }
        return names;
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
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

    /** The text, refused with its place when it is longer than its column. */
    private static String fit(String value, int max, String at) throws MeetingFileException {
        if (value != null && value.length() > max) {
            throw new MeetingFileException("file.tooLong", at, String.valueOf(value.length()), String.valueOf(max));
        }
        return value;
    }

    private static Integer positive(Integer value, String at) throws MeetingFileException {
        if (value != null && value < 1) {
            throw new MeetingFileException("file.notPositive", at, String.valueOf(value));
        }
        return value;
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
