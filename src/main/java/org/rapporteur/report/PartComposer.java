package org.rapporteur.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rapporteur.model.Adoption;
import org.rapporteur.model.AgendaItem;
import org.rapporteur.model.Delegation;
import org.rapporteur.model.Election;
import org.rapporteur.model.Entry;
import org.rapporteur.model.Language;
import org.rapporteur.model.Meeting;
import org.rapporteur.model.Part;
import org.rapporteur.model.Person;
import org.rapporteur.model.Proposal;
import org.rapporteur.model.Texts;

/**
 * The blocks of one part of the report: its heading, who chaired it, the rapporteur's introduction, then each
 * agenda item — its heading, its introduction, the elections and adoptions as generated sentences, the
 * entries (a list line for a speech or presentation, then the summary), and where its proposals ended.
 */
final class PartComposer {
    /** A summary paragraph typed as a list item ("· Conduct human resource training …") is one in the report. */
    private static final Pattern TYPED_BULLET = Pattern.compile("^[\u00b7\u2022]\\s+(.+)$", Pattern.DOTALL);

    private final Meeting meeting;
    private final Prose prose;
    private final Wording words;
    private final DecisionProse decisions;
    private final SpeakerLine speakerLine;
    private DecisionProse decisionsInOriginal;

    PartComposer(Meeting meeting, Wording words, DecisionProse decisions) {
        this.meeting = meeting;
        this.prose = words.prose;
        this.words = words;
        this.decisions = decisions;
        this.speakerLine = new SpeakerLine(meeting, words);
    }

    List<Block> blocks(Part part) {
        List<Block> blocks = new ArrayList<>();
        Place here = Place.of(part);
        blocks.add(Block.of(BlockStyle.HEADING_1, heading(part), here));
        chairLine(part).ifPresent(line -> blocks.add(Block.of(BlockStyle.CHAIR_LINE, line, here)));
        paragraphs(part.introduction(), here, blocks);
        for (AgendaItem item : part.items()) {
            item(part, item, blocks);
        }
        return blocks;
    }

    private String heading(Part part) {
        if (!part.isSession()) {
            return prose.format("part." + part.kind().name(), rapporteurGender(meeting));
        }
        Integer number = part.sessionNumber();
        if (number == null || number < 1) {
            return prose.format("session.heading.unnumbered");
        }
        return prose.format("session.heading", RomanNumerals.of(number), number);
    }

    /** "Mr. Franklin Almeyda, Minister of Interior and Police from the Dominican Republic, chaired the first plenary session …". */
    Optional<String> chairLine(Part part) {
        Optional<Person> chair = meeting.person(part.chairId());
        if (chair.isEmpty()) {
            return Optional.empty();
        }
        Person p = chair.get();
        String name = words.persons.inSentence(p);
        String title = MeetingPhrases.blankToNull(p.title());
        // A title that already names the country ("Vice-Minister of the Interior of Chile") needs no "from Chile".
        Optional<Delegation> from = meeting.delegation(p.delegationId()).filter(d -> title == null || !names(title, d));
        String key = title != null ? (from.isPresent() ? "chair.who.titleAndDelegation" : "chair.who.title")
                : (from.isPresent() ? "chair.who.delegation" : "chair.who.name");
        String who = prose.format(key, name, title, from.map(words.delegations::inSentence).orElse(null),
                from.map(words.delegations::of).orElse(null));
        int number = part.isSession() && part.sessionNumber() != null ? part.sessionNumber() : 0;
        String session = prose.format("chair.session", number);
        String capacity = MeetingPhrases.blankToNull(part.chairCapacity());
        return Optional.of(capacity == null ? prose.sentence("chair.line", who, session)
                : prose.sentence("chair.line.capacity", who, session, capacity));
    }

    /** Whether the title names the delegation, in any of the languages it may be typed in. */
    private boolean names(String title, Delegation d) {
        String lower = title.toLowerCase(Locale.ROOT);
        return words.delegations.everyName(d).stream().anyMatch(n -> lower.contains(n.toLowerCase(Locale.ROOT)));
    }

    /** The rapporteur's gender, for the headings that name the rapporteur; unspecified when none is recorded. */
    static int rapporteurGender(Meeting meeting) {
        return PersonPhrases.gender(meeting.person(meeting.rapporteurId()).map(Person::gender).orElse(null));
    }

    private void item(Part part, AgendaItem item, List<Block> blocks) {
        Place here = Place.of(part, item);
        itemHeading(item).ifPresent(h -> blocks.add(Block.of(BlockStyle.HEADING_2, h, here)));
        List<String> introduction = Texts.paragraphs(item.introduction());
        paragraphs(item.introduction(), here, blocks);
        for (Election e : item.elections()) {
            blocks.add(Block.of(BlockStyle.BULLET, decisions.election(e), here));
        }
        adoptions(part, item, introduction, blocks);
        for (Entry entry : item.entries()) {
            entry(Place.of(part, item, entry), entry, blocks);
        }
        for (Proposal p : item.proposals()) {
            String outcome = decisions.proposalOutcome(p);
            if (!outcome.isEmpty()) {
                blocks.add(Block.of(BlockStyle.BODY, outcome, here));
            }
        }
    }

    private Optional<String> itemHeading(AgendaItem item) {
        Optional<String> symbol = meeting.document(item.documentId()).map(d -> d.symbol());
        if (item.hasTitle()) {
            String title = item.title().strip();
            return Optional.of(symbol.map(s -> prose.format("item.heading.withDocument", title, s)).orElse(title));
        }
        return meeting.document(item.documentId()).map(d -> MeetingPhrases.isBlank(d.title()) ? d.symbol()
                : prose.format("item.heading.withDocument", d.title().strip(), d.symbol()));
    }

    /** "During the first session, the plenary also adopted the following documents:", the list, then the notes. */
    void adoptions(Part part, AgendaItem item, List<String> introduction, List<Block> blocks) {
        Place here = Place.of(part, item);
        List<Adoption> adopted = decisions.adopted(item.adoptions());
        if (!adopted.isEmpty()) {
            String lead = decisions.adoptionsLead(part, adopted.size());
            // A rapporteur who typed the lead as the item's introduction does not get it twice, whatever the
            // language of the report: the typed one, in the meeting's language, stands.
            String last = introduction.isEmpty() ? null : spaced(introduction.getLast());
            boolean typed = last != null && (last.equals(spaced(lead))
                    || last.equals(spaced(inOriginal().adoptionsLead(part, adopted.size()))));
            if (!typed) {
                blocks.add(Block.of(BlockStyle.BODY, lead, here));
            }
            for (Adoption a : adopted) {
                blocks.add(Block.of(BlockStyle.BULLET, decisions.adoptedDocumentLine(a), here));
            }
        }
        for (Adoption a : item.adoptions()) {
            decisions.adoptionNote(a).ifPresent(note -> blocks.add(Block.of(BlockStyle.BODY, note, here)));
        }
    }

    /** The decisions' sentences in the meeting's own language, the one its rapporteur types in. */
    private DecisionProse inOriginal() {
        if (decisionsInOriginal == null) {
            Language original = meeting.facts().originalLanguage();
            decisionsInOriginal = original == words.language ? decisions
                    : new DecisionProse(meeting, new Prose(original.locale()));
        }
        return decisionsInOriginal;
    }

    private void entry(Place here, Entry entry, List<Block> blocks) {
        speakerLine.of(entry).ifPresent(line -> blocks.add(Block.of(BlockStyle.SPEAKER, line, here)));
        paragraphs(entry.summary(), here, blocks);
    }

    /** The text's paragraphs as body blocks; one typed as a list item becomes one. */
    private static void paragraphs(String text, Place here, List<Block> blocks) {
        for (String paragraph : Texts.paragraphs(text)) {
            Matcher bullet = TYPED_BULLET.matcher(paragraph);
            blocks.add(bullet.matches() ? Block.of(BlockStyle.BULLET, bullet.group(1).strip(), here)
                    : Block.of(BlockStyle.BODY, paragraph, here));
        }
    }

    private static String spaced(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
