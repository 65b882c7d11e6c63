package org.rapporteur.exchange;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.rapporteur.exchange.MeetingFileDto.AdoptionDto;
import org.rapporteur.exchange.MeetingFileDto.AmendmentDto;
import org.rapporteur.exchange.MeetingFileDto.DelegationDto;
import org.rapporteur.exchange.MeetingFileDto.DocumentDto;
import org.rapporteur.exchange.MeetingFileDto.ElectionDto;
import org.rapporteur.exchange.MeetingFileDto.EntryDto;
import org.rapporteur.exchange.MeetingFileDto.FloorRequestDto;
import org.rapporteur.exchange.MeetingFileDto.ItemDto;
import org.rapporteur.exchange.MeetingFileDto.LocalNameDto;
import org.rapporteur.exchange.MeetingFileDto.MeetingDto;
import org.rapporteur.exchange.MeetingFileDto.NamesDto;
import org.rapporteur.exchange.MeetingFileDto.PartDto;
import org.rapporteur.exchange.MeetingFileDto.PersonDto;
import org.rapporteur.exchange.MeetingFileDto.PositionDto;
import org.rapporteur.exchange.MeetingFileDto.ProposalDto;
import org.rapporteur.exchange.MeetingFileDto.VenueDto;
import org.rapporteur.exchange.MeetingFileDto.VotesDto;
import org.rapporteur.model.AgendaItem;
import org.rapporteur.model.Delegation;
import org.rapporteur.model.Gender;
import org.rapporteur.model.Language;
import org.rapporteur.model.LocalName;
import org.rapporteur.model.Meeting;
import org.rapporteur.model.MeetingFacts;
import org.rapporteur.model.Part;

/**
 * Writes a meeting as a {@code *.rapporteur.json} file.
 *
 * <p>The file's ids are made from the content, not from the store's keys: delegations, persons and
 * documents get a slug of their name or symbol, everything else its place in the file. So the same meeting
 * always gives the same bytes, whichever store it came from, and a diff of two exports shows real changes.
 */
public final class MeetingFileWriter {
    public static final String FORMAT = "rapporteur-meeting";
    public static final int VERSION = 4;

    private final ObjectMapper mapper = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            // Emoji and other characters beyond the BMP as UTF-8, not as escaped surrogate pairs.
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
            .build();

    /** Writes the meeting, UTF-8, LF line endings, a final newline. */
    public void write(Meeting meeting, OutputStream out) throws IOException {
        DefaultIndenter lf = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(lf)
                .withArrayIndenter(lf);
        mapper.writer(printer).writeValue(out, new Ids(meeting).file(meeting));
        out.write("\n".getBytes(StandardCharsets.UTF_8));
    }

    public byte[] toBytes(Meeting meeting) throws IOException {
        var bytes = new java.io.ByteArrayOutputStream();
        write(meeting, bytes);
        return bytes.toByteArray();
    }

    /** The ids one export gives the meeting's objects. */
    private static final class Ids {
        private final Map<Long, String> delegations = new HashMap<>();
        private final Map<Long, String> persons = new HashMap<>();
        private final Map<Long, String> documents = new HashMap<>();
        private final Map<Long, String> entries = new HashMap<>();
        private int parts;
        private int items;
        private int entryCount;
        private int requests;
        private int elections;
        private int adoptions;
        private int proposals;
        private int positions;

        Ids(Meeting meeting) {
            named(meeting.delegations(), d -> d.id(), d -> d.name(), delegations);
            named(meeting.persons(), p -> p.id(), p -> p.name(), persons);
            named(meeting.documents(), d -> d.id(), d -> d.symbol(), documents);
            // Entries are numbered before anything refers to them (a floor request names its entry).
            int n = 0;
            for (Part part : meeting.parts()) {
                for (AgendaItem item : part.items()) {
                    for (var entry : item.entries()) {
                        entries.put(entry.id(), "entry-" + (++n));
                    }
                }
            }
        }

        private static <T> void named(List<T> all, Function<T, Long> id, Function<T, String> name,
                                      Map<Long, String> into) {
            Set<String> taken = new HashSet<>();
            for (T t : all) {
                String base = JsonNames.slug(name.apply(t));
                String candidate = base;
                for (int i = 2; !taken.add(candidate); i++) {
                    candidate = base + "-" + i;
                }
                into.put(id.apply(t), candidate);
            }
        }

        /** The delegation's own names by language; none written when it has none. */
        private static NamesDto names(Delegation d) {
            if (d.names().isEmpty()) {
                return null;
            }
            Function<Language, LocalNameDto> in = language -> {
                LocalName n = d.names().get(language);
                return n == null ? null : new LocalNameDto(n.name(), n.proseName());
            };
            return new NamesDto(in.apply(Language.EN), in.apply(Language.ES), in.apply(Language.FR), in.apply(Language.PT));
        }

        MeetingFileDto file(Meeting m) {
            MeetingFacts f = m.facts();
            var venue = f.venue().city() == null && f.venue().country() == null
                    ? null : new VenueDto(f.venue().city(), f.venue().country());
            var facts = new MeetingDto(f.title(), f.organization(), f.series(), f.reportSymbol(), f.reportTitle(),
                    venue, date(f.startDate()), date(f.endDate()), f.originalLanguage().code(), f.mandate(),
                    persons.get(m.rapporteurId()), documents.get(m.participantsListId()));
            return new MeetingFileDto(FORMAT, VERSION, facts,
                    m.delegations().stream().map(d -> new DelegationDto(delegations.get(d.id()), d.name(),
                            d.proseName(), JsonNames.of(d.kind()), d.present() ? Boolean.TRUE : null,
                            d.aliases(), names(d))).toList(),
                    m.persons().stream().map(p -> new PersonDto(persons.get(p.id()), p.name(), p.honorific(),
                            p.title(), delegations.get(p.delegationId()),
                            p.gender() == Gender.UNSPECIFIED ? null : JsonNames.of(p.gender()))).toList(),
                    m.documents().stream().map(d -> new DocumentDto(documents.get(d.id()), d.symbol(), d.title(),
                            JsonNames.of(d.kind()))).toList(),
                    m.parts().stream().map(this::part).toList());
        }

        private PartDto part(Part p) {
            return new PartDto("part-" + (++parts), JsonNames.of(p.kind()), p.sessionNumber(), p.day(),
                    date(p.date()), persons.get(p.chairId()), p.chairCapacity(), p.introduction(),
                    p.items().stream().map(this::item).toList());
        }

        private ItemDto item(AgendaItem i) {
            return new ItemDto("item-" + (++items), i.title(), documents.get(i.documentId()), i.introduction(),
                    i.entries().stream().map(e -> new EntryDto("entry-" + (++entryCount), JsonNames.of(e.kind()),
                            persons.get(e.personId()), delegations.get(e.delegationId()), e.speakerTitle(),
                            e.subject(), refs(e.documentIds(), documents), e.summary(), time(e.startedAt()),
                            time(e.endedAt()))).toList(),
                    i.speakers().stream().map(r -> new FloorRequestDto("request-" + (++requests),
                            JsonNames.of(r.kind()), JsonNames.of(r.status()), persons.get(r.personId()),
                            delegations.get(r.delegationId()), entries.get(r.entryId()), time(r.requestedAt()),
                            time(r.startedAt()), time(r.endedAt()), r.pausedSeconds() == 0 ? null : r.pausedSeconds(),
                            time(r.pausedAt()))).toList(),
                    i.elections().stream().map(e -> new ElectionDto("election-" + (++elections),
                            JsonNames.of(e.office()), e.officeLabel(), persons.get(e.nomineeId()),
                            delegations.get(e.nominatedById()), refs(e.secondedByIds(), delegations),
                            JsonNames.of(e.outcome()), e.votes() == null ? null
                                    : new VotesDto(e.votes().inFavour(), e.votes().against(),
                                    e.votes().abstentions()), e.proseOverride())).toList(),
                    i.adoptions().stream().map(a -> new AdoptionDto("adoption-" + (++adoptions),
                            documents.get(a.documentId()), JsonNames.of(a.outcome()),
                            a.amendments().stream().map(r -> new AmendmentDto(delegations.get(r.delegationId()),
                                    r.request())).toList(), a.proseOverride())).toList(),
                    i.proposals().stream().map(p -> new ProposalDto("proposal-" + (++proposals),
                            delegations.get(p.proposerId()), persons.get(p.presenterId()), p.title(), p.summary(),
                            p.positions().stream().map(s -> new PositionDto("position-" + (++positions),
                                    delegations.get(s.delegationId()), JsonNames.of(s.stance()), s.note(),
                                    refs(s.secondedByIds(), delegations), s.proseOverride())).toList(),
                            JsonNames.of(p.outcome()), p.outcomeText(), p.proseOverride())).toList(),
                    i.speakingLimitSeconds(), i.speakersListClosed() ? Boolean.TRUE : null);
        }

        private static List<String> refs(List<Long> ids, Map<Long, String> names) {
            return ids.stream().map(names::get).toList();
        }

        private static String date(LocalDate date) {
            return date == null ? null : date.toString();
        }

        private static String time(LocalDateTime time) {
            return time == null ? null : DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(time.truncatedTo(ChronoUnit.SECONDS));
        }
    }
}
