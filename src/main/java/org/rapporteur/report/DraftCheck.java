package org.rapporteur.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.rapporteur.model.Adoption;
import org.rapporteur.model.AgendaItem;
import org.rapporteur.model.Delegation;
import org.rapporteur.model.Document;
import org.rapporteur.model.Election;
import org.rapporteur.model.Entry;
import org.rapporteur.model.Meeting;
import org.rapporteur.model.Part;
import org.rapporteur.model.Person;
import org.rapporteur.model.Proposal;
import org.rapporteur.model.ProposalPosition;
import org.rapporteur.text.Sentence;

/**
 * Reads a draft before export for what its readers would trip over: a person written two ways, one person
 * with two titles, a delegation that spoke but is not marked present, a symbol not written like the
 * meeting's others, an entry without a summary, a session without a chair. Each warning says where, in the
 * order of the report; none stops the export. It reads the record only, so it can run on every change.
 */
public final class DraftCheck {
    private final Meeting meeting;

    private DraftCheck(Meeting meeting) {
        this.meeting = meeting;
    }

    public static List<DraftWarning> of(Meeting meeting) {
        return new DraftCheck(meeting).run();
    }

    private List<DraftWarning> run() {
        List<DraftWarning> warnings = new ArrayList<>();
        warnings.addAll(new NameSpellings(meeting).check(PlacedText.of(meeting)));
        warnings.addAll(titles());
        warnings.addAll(notPresent());
        warnings.addAll(symbols());
        warnings.addAll(summaries());
        warnings.addAll(chairs());
        warnings.sort(inReportOrder());
        return List.copyOf(warnings);
    }

    /** An entry's own title for its speaker that is neither the list's nor a shortening of it. */
    private List<DraftWarning> titles() {
        Map<String, DraftWarning> first = new LinkedHashMap<>();
        eachEntry((place, entry) -> {
            Optional<Person> person = meeting.person(entry.personId());
            String own = MeetingPhrases.blankToNull(entry.speakerTitle());
            String listed = person.map(Person::title).map(MeetingPhrases::blankToNull).orElse(null);
            if (own == null || listed == null || own.equals(listed)) {
                return;
            }
            String name = person.get().name();
            String key;
            if (lettersOnly(own).equals(lettersOnly(listed))) {
                key = "check.titleSpelledOtherwise";
            } else if (shortening(own, listed) || shortening(listed, own)) {
                return;
            } else {
                key = "check.otherTitle";
            }
            first.putIfAbsent(person.get().id() + "\u0000" + own,
                    new DraftWarning(DraftWarning.Kind.TITLE, Sentence.of(key, name, own, listed), place));
        });
        return new ArrayList<>(first.values());
    }

    /** "Director of the Department of Public Security" for "Director of the Department of Public Security, …". */
    private static boolean shortening(String shorter, String longer) {
        String s = shorter.replaceAll("\\s+", " ");
        String l = longer.replaceAll("\\s+", " ");
        return l.startsWith(s) && !Character.isLetterOrDigit(l.charAt(s.length()));
    }

    private static String lettersOnly(String text) {
        return MeetingPhrases.folded(text).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    /** Every delegation that spoke, nominated, seconded, asked for an amendment or took a position, once. */
    private List<DraftWarning> notPresent() {
        Map<Long, Place> firstPlace = new LinkedHashMap<>();
        for (Part part : meeting.parts()) {
            for (AgendaItem item : part.items()) {
                Place here = Place.of(part, item);
                for (Entry entry : item.entries()) {
                    Long id = entry.delegationId() != null ? entry.delegationId()
                            : meeting.person(entry.personId()).map(Person::delegationId).orElse(null);
                    took(id, Place.of(part, item, entry), firstPlace);
                }
                for (Election e : item.elections()) {
                    took(e.nominatedById(), here, firstPlace);
                    e.secondedByIds().forEach(id -> took(id, here, firstPlace));
                }
                for (Adoption a : item.adoptions()) {
                    a.amendments().forEach(r -> took(r.delegationId(), here, firstPlace));
                }
                for (Proposal p : item.proposals()) {
                    took(p.proposerId(), here, firstPlace);
                    for (ProposalPosition position : p.positions()) {
                        took(position.delegationId(), here, firstPlace);
                        position.secondedByIds().forEach(id -> took(id, here, firstPlace));
                    }
                }
            }
        }
        List<DraftWarning> warnings = new ArrayList<>();
        firstPlace.forEach((id, place) -> meeting.delegation(id).filter(d -> !d.present()).ifPresent(d -> warnings.add(
                new DraftWarning(DraftWarning.Kind.NOT_PRESENT, Sentence.of("check.notPresent", d.name()), place))));
        return warnings;
    }

    private static void took(Long delegationId, Place place, Map<Long, Place> firstPlace) {
        if (delegationId != null) {
            firstPlace.putIfAbsent(delegationId, place);
        }
    }

    private List<DraftWarning> symbols() {
        SymbolForm form = new SymbolForm(meeting);
        Optional<String> example = form.example(meeting.documents());
        List<DraftWarning> warnings = new ArrayList<>();
        for (Document d : meeting.documents()) {
            if (form.isMisformed(d.symbol()) && example.isPresent()) {
                warnings.add(new DraftWarning(DraftWarning.Kind.SYMBOL, Sentence.of("check.symbolForm", d.symbol(), example.get()),
                        citedFirst(d)));
            }
        }
        return warnings;
    }

    /** Where a document is first cited, so the jump lands on its use; the meeting's lists otherwise. */
    private Place citedFirst(Document d) {
        for (Part part : meeting.parts()) {
            for (AgendaItem item : part.items()) {
                if (d.id().equals(item.documentId()) || item.adoptions().stream().anyMatch(a -> d.id().equals(a.documentId()))) {
                    return Place.of(part, item);
                }
                for (Entry entry : item.entries()) {
                    if (entry.documentIds().contains(d.id())) {
                        return Place.of(part, item, entry);
                    }
                }
            }
        }
        return Place.MEETING;
    }

    private List<DraftWarning> summaries() {
        List<DraftWarning> warnings = new ArrayList<>();
        eachEntry((place, entry) -> {
            if (!MeetingPhrases.isBlank(entry.summary())) {
                return;
            }
            Optional<String> speaker = meeting.person(entry.personId()).map(Person::name)
                    .or(() -> meeting.delegation(entry.delegationId()).map(Delegation::name));
            Sentence sentence = speaker.map(s -> Sentence.of("check.noSummary", s))
                    .orElseGet(() -> Sentence.of("check.noSummaryNoSpeaker"));
            warnings.add(new DraftWarning(DraftWarning.Kind.NO_SUMMARY, sentence, place));
        });
        return warnings;
    }

    private List<DraftWarning> chairs() {
        return meeting.sessions().stream().filter(s -> s.chairId() == null).map(s -> new DraftWarning(DraftWarning.Kind.NO_CHAIR,
                s.sessionNumber() == null ? Sentence.of("check.noChairUnnumbered")
                        : Sentence.of("check.noChair", RomanNumerals.of(s.sessionNumber())), Place.of(s))).toList();
    }

    private void eachEntry(BiConsumer<Place, Entry> action) {
        for (Part part : meeting.parts()) {
            for (AgendaItem item : part.items()) {
                for (Entry entry : item.entries()) {
                    action.accept(Place.of(part, item, entry), entry);
                }
            }
        }
    }

    /** The meeting's own warnings first, then by part, item and entry as the report runs; kinds in their order. */
    private Comparator<DraftWarning> inReportOrder() {
        Map<Long, Integer> parts = new HashMap<>();
        Map<Long, Integer> items = new HashMap<>();
        Map<Long, Integer> entries = new HashMap<>();
        int n = 0;
        for (Part part : meeting.parts()) {
            parts.put(part.id(), n++);
            for (AgendaItem item : part.items()) {
                items.put(item.id(), n++);
                for (Entry entry : item.entries()) {
                    entries.put(entry.id(), n++);
                }
            }
        }
        return Comparator.comparingInt((DraftWarning w) -> position(w.place(), parts, items, entries))
                .thenComparing(DraftWarning::kind);
    }

    private static int position(Place place, Map<Long, Integer> parts, Map<Long, Integer> items, Map<Long, Integer> entries) {
        if (place.entryId() != null) {
            return entries.getOrDefault(place.entryId(), -1);
        }
        if (place.itemId() != null) {
            return items.getOrDefault(place.itemId(), -1);
        }
        return place.partId() == null ? -1 : parts.getOrDefault(place.partId(), -1);
    }
}
