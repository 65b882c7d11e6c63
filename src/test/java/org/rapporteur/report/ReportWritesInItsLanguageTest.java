package org.rapporteur.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.rapporteur.model.AgendaItem;
import org.rapporteur.model.Language;
import org.rapporteur.model.Meeting;
import org.rapporteur.model.Part;
import org.rapporteur.model.Texts;
import org.rapporteur.service.SampleMeeting;

/**
 * The sample, drafted in English, exported in Spanish, French and Portuguese: once everything the rapporteur typed
 * is taken out of each block (summaries, titles, names, honorifics, requests…), what the report wrote itself —
 * headings, the opening, the attendance, the decisions' sentences, the speakers' lines, the annexes, the first
 * page — holds no English.
 */
class ReportWritesInItsLanguageTest {
    /**
     * English words a Spanish, French or Portuguese sentence never has. Words the languages share are left out
     * ("documents", "participants", "acclamation", "adoption", "Original", "Total", "vote", "position" are French too,
     * "agenda" and "item" Portuguese, "Vice-" all three, "as" a Portuguese article).
     */
    private static final Set<String> ENGLISH = Set.of("the", "of", "and", "was", "were", "by", "with", "from", "for", "to", "in",
            "at", "its", "their", "this", "also", "delegation", "delegations", "nominated", "nomination", "seconded", "adopted",
            "session", "sessions", "meeting", "held", "attended", "following", "speech", "day", "first", "second",
            "third", "fourth", "fifth", "sixth", "chaired", "plenary", "report", "english", "spanish", "french", "portuguese",
            "annex", "list", "proposal", "proposals", "expressed", "support", "elected", "against", "favour", "abstention",
            "other", "symbol", "title", "working", "resolutions", "statistics", "speakers", "conference", "ceremony",
            "opening", "closing", "preliminary", "after", "taking", "consideration", "request", "government", "consult",
            "concerns", "opposed", "commented", "joined", "forwarded", "withdrawn", "another", "deferred", "entry", "record",
            "counts", "elections", "december", "november", "observers", "organizations", "represented", "published");

    private static Report exported(Language language) {
        return new ReportComposer(SampleMeeting.load(), language.locale(),
                new ReportOptions(EnumSet.allOf(Annex.class), LocalDate.of(2010, 12, 1))).compose();
    }

    /** Everything the rapporteur typed into the sample, longest first, each paragraph also as a list item gives it. */
    static List<String> typed(Meeting m) {
        List<String> texts = new ArrayList<>();
        var facts = m.facts();
        texts.addAll(Stream.of(facts.title(), facts.reportTitle(), facts.series(), facts.reportSymbol(), facts.venue().city(),
                facts.mandate()).toList());
        m.persons().forEach(p -> texts.addAll(Stream.of(p.name(), p.honorific(), p.title()).toList()));
        m.documents().forEach(d -> texts.addAll(Stream.of(d.symbol(), d.title()).toList()));
        for (Part part : m.parts()) {
            texts.addAll(Stream.of(part.introduction(), part.chairCapacity()).toList());
            for (AgendaItem item : part.items()) {
                texts.addAll(Stream.of(item.title(), item.introduction()).toList());
                item.entries().forEach(e -> texts.addAll(Stream.of(e.summary(), e.subject(), e.speakerTitle()).toList()));
                item.elections().forEach(e -> texts.addAll(Stream.of(e.officeLabel(), e.proseOverride()).toList()));
                item.adoptions().forEach(a -> {
                    texts.add(a.proseOverride());
                    a.amendments().forEach(r -> texts.add(r.request()));
                });
                item.proposals().forEach(p -> {
                    texts.addAll(Stream.of(p.title(), p.summary(), p.outcomeText(), p.proseOverride()).toList());
                    p.positions().forEach(s -> texts.addAll(Stream.of(s.note(), s.proseOverride()).toList()));
                });
            }
        }
        Set<String> all = new LinkedHashSet<>();
        for (String text : texts) {
            if (text == null || text.isBlank()) {
                continue;
            }
            all.add(text.strip());
            for (String paragraph : Texts.paragraphs(text)) {
                all.add(paragraph.strip());
                all.add(paragraph.replaceFirst("^[\u00b7\u2022]\\s+", "").strip());
            }
        }
        return all.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    /** The English words left in what the report wrote itself, with the block they stand in. */
    static Set<String> englishLeft(Report report, List<String> typed) {
        List<String> written = new ArrayList<>(report.masthead().meeting());
        written.addAll(report.masthead().classification());
        for (Block b : report.blocks()) {
            written.add(b.style().isTableRow() ? String.join(" ", b.cells()) : b.text());
        }
        Set<String> found = new TreeSet<>();
        for (String text : written) {
            String generated = text;
            for (String t : typed) {
                generated = generated.replace(t, " ");
            }
            for (String word : generated.split("[^\\p{L}]+")) {
                if (ENGLISH.contains(word.toLowerCase(Locale.ROOT))) {
                    found.add(word + " in \u201c" + text + "\u201d");
                }
            }
        }
        return found;
    }

    @ParameterizedTest
    @EnumSource(value = Language.class, names = {"ES", "FR", "PT"})
    void theSampleExportedInAnotherLanguageHasNoEnglishInWhatTheReportWritesItself(Language language) {
        Report report = exported(language);
        Set<String> english = englishLeft(report, typed(SampleMeeting.load()));
        assertEquals(Set.of(), english);
    }

    @Test
    void theCheckFindsTheEnglishOfTheEnglishReport() {
        Set<String> english = englishLeft(exported(Language.EN), typed(SampleMeeting.load()));
        assertTrue(english.stream().anyMatch(w -> w.startsWith("FIRST in")), english::toString);
        assertTrue(english.stream().anyMatch(w -> w.startsWith("delegation in")), english::toString);
    }

    @Test
    void takingOutWhatWasTypedLeavesTheGeneratedWordsOfTheSpanishReport() {
        Report spanish = exported(Language.ES);
        List<String> typed = typed(SampleMeeting.load());
        String line = spanish.blocks().stream().filter(b -> b.style() == BlockStyle.SPEAKER).findFirst().orElseThrow().text();
        String generated = line;
        for (String t : typed) {
            generated = generated.replace(t, " ");
        }
        assertFalse(generated.contains("Vice-Minister"), generated);
        assertTrue(generated.startsWith("Discurso de"), generated);
    }
}
