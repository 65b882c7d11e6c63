package org.rapporteur.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.rapporteur.model.Delegation;
import org.rapporteur.model.Document;
import org.rapporteur.model.Entry;
import org.rapporteur.model.EntryKind;
import org.rapporteur.model.Language;
import org.rapporteur.model.Meeting;
import org.rapporteur.model.Person;

/**
 * The list line that opens a speech or a presentation: "Speech by Ambassador Jorge Skinner-Klée, Permanent
 * Representative … (MISPA-III/RE/INF.6/10)", "Chile (MISPA-III/RE/INF.12/10)". Other kinds of entry (statements,
 * replies, taking the floor again) have no line: their summary names the speaker, as a report's discussion does.
 */
final class SpeakerLine {
    private final Meeting meeting;
    private final Prose prose;
    private final Wording words;
    private final List<String> courtesy;

    SpeakerLine(Meeting meeting, Wording words) {
        this.meeting = meeting;
        this.prose = words.prose;
        this.words = words;
        this.courtesy = courtesies(prose);
    }

    /**
     * The courtesy honorifics of every working language: a "Mr." typed in a meeting whose report is exported in
     * Spanish is still a courtesy the line leaves out.
     */
    private static List<String> courtesies(Prose report) {
        List<String> all = new ArrayList<>();
        for (Language language : Language.values()) {
            Prose each = language.locale().getLanguage().equals(report.locale().getLanguage()) ? report : new Prose(language.locale());
            Arrays.stream(each.format("speaker.courtesyHonorifics").split("\\|")).map(String::strip).forEach(all::add);
        }
        return all;
    }

    static boolean hasLine(EntryKind kind) {
        return kind == EntryKind.SPEECH || kind == EntryKind.PRESENTATION;
    }

    /** The line, or empty for a kind without one and for an entry that names no one and nothing. */
    Optional<String> of(Entry entry) {
        if (!hasLine(entry.kind())) {
            return Optional.empty();
        }
        Optional<Speaker> speaker = speaker(entry);
        if (speaker.isEmpty()) {
            return Optional.empty();
        }
        String line = prose.format("entry.line." + entry.kind().name(), speaker.get().line(), speaker.get().ofInSentence());
        List<String> symbols = symbolsNotInSummary(entry);
        if (symbols.isEmpty()) {
            return Optional.of(line);
        }
        String joined = symbols.get(0);
        for (String symbol : symbols.subList(1, symbols.size())) {
            joined = prose.format("documents.join", joined, symbol);
        }
        return Optional.of(prose.format("entry.line.documents", line, joined));
    }

    /**
     * A person by name and title (the entry's own title first); a delegation alone by its name as a list gives
     * it; with neither, the presentation's subject.
     */
    private Optional<Speaker> speaker(Entry entry) {
        Optional<Person> person = meeting.person(entry.personId());
        if (person.isPresent()) {
            Person p = person.get();
            Person ranked = withRankOnly(p);
            String title = MeetingPhrases.blankToNull(entry.speakerTitle()) != null ? entry.speakerTitle().strip()
                    : MeetingPhrases.blankToNull(p.title());
            String line = words.persons.withHonorific(ranked);
            String inSentence = words.persons.inSentence(ranked);
            return Optional.of(title == null ? new Speaker(line, words.grammar.of(inSentence))
                    : new Speaker(prose.format("speaker.withTitle", line, title),
                            words.grammar.of(prose.format("speaker.withTitle", inSentence, title))));
        }
        Optional<Delegation> delegation = meeting.delegation(entry.delegationId());
        if (delegation.isPresent()) {
            return Optional.of(new Speaker(words.delegations.list(delegation.get()), words.delegations.of(delegation.get())));
        }
        return Optional.ofNullable(MeetingPhrases.blankToNull(entry.subject())).map(s -> new Speaker(s, words.grammar.of(s)));
    }

    /** The speaker as the line gives them, and the same inside a sentence after "of" ("del Embajador …"). */
    private record Speaker(String line, String ofInSentence) {
    }

    /** "Ambassador Jorge Skinner-Klée", but "Adrian Acosta" for a Mr.: a list line keeps ranks, not courtesies. */
    private Person withRankOnly(Person p) {
        String honorific = MeetingPhrases.blankToNull(p.honorific());
        return honorific != null && courtesy.contains(honorific) ? p.withHonorific(null) : p;
    }

    /** A symbol the summary cites itself is not repeated on the line above it. */
    private List<String> symbolsNotInSummary(Entry entry) {
        String summary = entry.summary() == null ? "" : spaced(entry.summary());
        return entry.documentIds().stream().map(meeting::document).flatMap(Optional::stream).map(Document::symbol)
                .filter(symbol -> !summary.contains(spaced(symbol))).toList();
    }

    private static String spaced(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
