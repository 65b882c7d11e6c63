package org.rapporteur.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.rapporteur.model.Adoption;
import org.rapporteur.model.AdoptionOutcome;
import org.rapporteur.model.AmendmentRequest;
import org.rapporteur.model.Election;
import org.rapporteur.model.ElectionOutcome;
import org.rapporteur.model.Language;
import org.rapporteur.model.Meeting;
import org.rapporteur.model.Office;
import org.rapporteur.model.Part;
import org.rapporteur.model.PartKind;
import org.rapporteur.model.Proposal;
import org.rapporteur.model.ProposalOutcome;
import org.rapporteur.model.ProposalPosition;
import org.rapporteur.model.Stance;
import org.rapporteur.model.VoteCount;

/** The four prose bundles hold exactly the keys the code asks for, each parses, and none loses an apostrophe. */
class ProseBundleTest {

    /**
     * A language's own file, read alone: through a ResourceBundle a key missing from prose_es.properties would
     * quietly come from the English base file.
     */
    static Properties own(Language language) {
        String file = "/org/rapporteur/report/prose" + (language == Language.EN ? "" : "_" + language.code()) + ".properties";
        Properties keys = new Properties();
        try (InputStream in = ProseBundleTest.class.getResourceAsStream(file)) {
            assertTrue(in != null, file + " is on the class path");
            keys.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return keys;
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyListedKeyIsInEachLanguagesOwnFileAndParses(Language language) {
        Properties keys = own(language);
        List<String> missing = Prose.KEYS.stream().filter(k -> !keys.containsKey(k)).toList();
        assertEquals(List.of(), missing, "keys missing from the " + language + " file");
        for (String key : Prose.KEYS) {
            new MessageFormat(keys.getProperty(key), language.locale());
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void eachLanguagesFileHoldsNoKeyTheCodeDoesNotList(Language language) {
        Set<String> unlisted = new TreeSet<>(own(language).stringPropertyNames());
        unlisted.removeAll(Prose.KEYS);
        assertEquals(Set.of(), unlisted);
    }

    /**
     * MessageFormat formats a choice branch that holds a placeholder a second time, so an apostrophe written
     * '' there comes out as nothing ("s'est" would print "sest"); the templates keep apostrophes out of them.
     */
    @ParameterizedTest
    @EnumSource(Language.class)
    void noApostropheSitsInAChoiceBranchThatHoldsAPlaceholder(Language language) {
        Properties keys = own(language);
        List<String> eaten = new ArrayList<>();
        for (String key : Prose.KEYS) {
            for (String branch : choiceBranches(keys.getProperty(key))) {
                if (branch.contains("{") && branch.contains("''") && !branch.contains("''''")) {
                    eaten.add(key + ": " + branch);
                }
            }
        }
        assertEquals(List.of(), eaten);
    }

    @Test
    void theApostropheCheckFindsAnApostropheInABranchWithAPlaceholder() {
        assertEquals(List.of("La {0} s''est tenue", "Le {0}"), choiceBranches("{1,choice,0#La {0} s''est tenue|1#Le {0}} hier"));
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyKeyTheCodeAsksForIsListedAndEveryListedKeyIsReachedAndFilledIn(Language language) {
        List<String> asked = new ArrayList<>();
        Prose prose = new Prose(language.locale(), asked::add);
        Meeting m = DecisionProseTest.meeting();
        DecisionProse decisions = new DecisionProse(m, prose);
        List<String> written = new ArrayList<>();
        exerciseEveryBranch(decisions, new ProseLists(prose), written);
        written.add(new ProseLists(prose, "attendance.list").join(List.of("Spain", "Israel")));
        StatisticsWords words = StatisticsWords.of(prose);
        written.addAll(List.of(words.sheet(), words.speaker(), words.interventions(), words.pointsOfOrder(), words.time(),
                words.total()));
        for (Report report : ReportFixtures.composeEveryBranch(prose)) {
            report.blocks().forEach(b -> written.add(b.style().isTableRow() ? String.join(" ", b.cells()) : b.text()));
            written.addAll(report.masthead().meeting());
            written.addAll(report.masthead().classification());
        }

        Set<String> notListed = new TreeSet<>(asked);
        notListed.removeAll(Prose.KEYS);
        assertEquals(Set.of(), notListed, "keys asked for but missing from Prose.KEYS");
        Set<String> neverAsked = new TreeSet<>(Prose.KEYS);
        neverAsked.removeAll(asked);
        assertEquals(Set.of(), neverAsked, "keys listed but not reached by this test");
        List<String> unfilled = written.stream()
                .filter(t -> t.contains("{") || t.contains("}") || t.contains("''") || t.contains("\u0000")).toList();
        assertEquals(List.of(), unfilled, "text with a placeholder left, or a doubled apostrophe");
    }

    @Test
    void theTranslationsAreNotTheEnglishBundleAgain() {
        for (Language language : List.of(Language.ES, Language.FR, Language.PT)) {
            Properties english = own(Language.EN);
            Properties translated = own(language);
            assertFalse(translated.getProperty("session.heading").equals(english.getProperty("session.heading")), language.name());
        }
    }

    /** The text of each branch of each choice subformat, nested ones too. */
    static List<String> choiceBranches(String pattern) {
        List<String> branches = new ArrayList<>();
        int at = pattern.indexOf(",choice,");
        while (at >= 0) {
            int start = at + ",choice,".length();
            int depth = 0;
            int end = start;
            for (; end < pattern.length(); end++) {
                char c = pattern.charAt(end);
                if (c == '{') {
                    depth++;
                } else if (c == '}') {
                    if (depth == 0) {
                        break;
                    }
                    depth--;
                }
            }
            String body = pattern.substring(start, Math.min(end, pattern.length()));
            int from = 0;
            depth = 0;
            for (int i = 0; i <= body.length(); i++) {
                char c = i < body.length() ? body.charAt(i) : '|';
                if (c == '{') {
                    depth++;
                } else if (c == '}') {
                    depth--;
                } else if (c == '|' && depth == 0) {
                    String limitAndText = body.substring(from, i);
                    int mark = indexOfLimitEnd(limitAndText);
                    branches.add(limitAndText.substring(mark + 1));
                    from = i + 1;
                }
            }
            at = pattern.indexOf(",choice,", start);
        }
        return branches;
    }

    private static int indexOfLimitEnd(String limitAndText) {
        for (int i = 0; i < limitAndText.length(); i++) {
            char c = limitAndText.charAt(i);
            if (c == '#' || c == '<' || c == '\u2264') {
                return i;
            }
        }
        return -1;
    }

    private static void exerciseEveryBranch(DecisionProse d, ProseLists lists, List<String> written) {
        written.add(lists.join(List.of("A", "B", "C", "D")));
        written.add(lists.join(List.of("A", "Israel")));
        written.add(lists.join(List.of("A", "B", "Israel")));
        List<List<Long>> seconders = List.of(List.of(), List.of(DecisionProseTest.COLOMBIA),
                List.of(DecisionProseTest.COLOMBIA, DecisionProseTest.DOMINICAN_REPUBLIC));
        for (Office office : Office.values()) {
            for (String label : new String[] {null, "the Treasurer"}) {
                written.add(d.election(new Election(1L, office, label, DecisionProseTest.GLEN, DecisionProseTest.URUGUAY, List.of(),
                        ElectionOutcome.ACCLAMATION, null)));
            }
        }
        for (Long nominee : new Long[] {DecisionProseTest.RODRIGO, DecisionProseTest.NO_TITLE, null}) {
            written.add(d.election(new Election(1L, Office.CHAIR, null, nominee, null, List.of(), ElectionOutcome.PENDING, null)));
        }
        for (ElectionOutcome outcome : ElectionOutcome.values()) {
            for (List<Long> s : seconders) {
                for (VoteCount votes : new VoteCount[] {null, new VoteCount(1, 2, 3), new VoteCount(0, 1, 0)}) {
                    written.add(d.election(new Election(1L, Office.CHAIR, null, DecisionProseTest.RODRIGO, DecisionProseTest.URUGUAY,
                            s, outcome, votes)));
                }
            }
        }
        for (int n = 1; n <= 13; n++) {
            written.add(d.adoptionsLead(new Part(1L, PartKind.SESSION, n, null, null, null, null, null, List.of())));
        }
        written.add(d.adoptionsLead(null));
        for (long document : new long[] {DecisionProseTest.SCHEDULE, DecisionProseTest.UNTITLED}) {
            for (AdoptionOutcome outcome : AdoptionOutcome.values()) {
                Adoption plain = new Adoption(1L, document, outcome, List.of());
                written.add(d.adoptedDocumentLine(plain));
                d.adoptionNote(plain).ifPresent(written::add);
                d.adoptionNote(new Adoption(1L, document, outcome, List.of(
                        new AmendmentRequest(DecisionProseTest.MEXICO, "add"), new AmendmentRequest(DecisionProseTest.BRAZIL, "move"))))
                        .ifPresent(written::add);
                d.adoptionNote(new Adoption(1L, document, outcome, List.of(new AmendmentRequest(null, "add")))).ifPresent(written::add);
            }
        }
        Proposal withProposer = new Proposal(1L, DecisionProseTest.TRINIDAD, null, null, null, List.of(), ProposalOutcome.PENDING, null);
        Proposal withoutProposer = new Proposal(1L, null, null, null, null, List.of(), ProposalOutcome.PENDING, null);
        for (Stance stance : Stance.values()) {
            for (String note : new String[] {null, "a note"}) {
                for (List<Long> s : seconders) {
                    ProposalPosition p = new ProposalPosition(1L, DecisionProseTest.MEXICO, stance, note, s);
                    written.add(d.position(p, withProposer));
                    written.add(d.position(p, withoutProposer));
                }
            }
        }
        for (ProposalOutcome outcome : ProposalOutcome.values()) {
            for (String text : new String[] {null, "sent on"}) {
                written.add(d.proposalOutcome(new Proposal(1L, DecisionProseTest.TRINIDAD, null, null, null, List.of(), outcome, text)));
            }
        }
    }
}
