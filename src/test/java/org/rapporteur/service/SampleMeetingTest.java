package org.rapporteur.service;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.rapporteur.model.Adoption;
import org.rapporteur.model.AdoptionOutcome;
import org.rapporteur.model.AgendaItem;
import org.rapporteur.model.Delegation;
import org.rapporteur.model.DelegationKind;
import org.rapporteur.model.Document;
import org.rapporteur.model.Election;
import org.rapporteur.model.ElectionOutcome;
import org.rapporteur.model.Entry;
import org.rapporteur.model.Meeting;
import org.rapporteur.model.Office;
import org.rapporteur.model.Part;
import org.rapporteur.model.PartKind;
import org.rapporteur.model.Person;
import org.rapporteur.model.Proposal;
import org.rapporteur.model.ProposalOutcome;
import org.rapporteur.model.ProposalPosition;
import org.rapporteur.model.Stance;
import org.rapporteur.model.Texts;

/**
 * The shipped sample is the real report it was entered from, and nothing is missing: the seed is the
 * rapporteur's report of the 2010 meeting of experts in preparation for MISPA III, kept byte for byte.
 */
class SampleMeetingTest {

    private static final String SEED = "/seed/rapporteur-report-mispa-iii-experts.txt";

    /** Every person named in a bullet line of the seed that introduces a speaker or a nominee, as spelled there. */
    private static final List<String> SPEAKERS_IN_BULLETS = List.of(
            "Rodrigo Ubilla Mackenney",
            "Jorge Skinner-Klée",
            "Adriana Mejía Hernández",
            "Glen Linder",
            "Jeremy Long",
            "Julio Rosenblatt",
            "Ana Maria Diaz",
            "Adriana Mejia",
            "Ronald Maunday",
            "Adrian Acosta",
            "Marko Magdic",
            "Yesid Romanos Linares",
            "Adriana Mejía");

    private static String seed;
    private static Meeting sample;

    @BeforeAll
    static void load() {
        try (InputStream in = SampleMeetingTest.class.getResourceAsStream(SEED)) {
            assertNotNull(in, "the seed report is missing from the test resources");
            seed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        sample = SampleMeeting.load();
    }

    // --- who was there ---------------------------------------------------------------------------------------

    /** The member states of the seed's attendance sentence, in its order. */
    private static List<String> attendance() {
        Matcher m = Pattern.compile("The Conference was attended by the delegations of (.+?)\\. ").matcher(seed);
        assertTrue(m.find(), "the seed has no attendance sentence");
        List<String> names = new ArrayList<>();
        for (String piece : m.group(1).split(", ")) {
            String name = piece.startsWith("and ") ? piece.substring("and ".length()) : piece;
            // The seed forgets the comma between two of them.
            if (name.equals("El Salvador Grenada")) {
                names.add("El Salvador");
                names.add("Grenada");
            } else {
                names.add(name);
            }
        }
        return names;
    }

    @Test
    void theAttendanceSentenceOfTheSeedNamesTwentySixMemberStates() {
        List<String> names = attendance();

        assertAll(() -> assertEquals(26, names.size(), names::toString),
                () -> assertEquals(26, new LinkedHashSet<>(names).size(), "a name is listed twice: " + names),
                () -> assertTrue(names.contains("El Salvador") && names.contains("Grenada"), names::toString),
                () -> assertTrue(names.contains("Antigua and Barbuda"), "a name with \"and\" was split"));
    }

    @Test
    void everyMemberStateOfTheAttendanceSentenceIsAPresentMemberStateOfTheSample() {
        List<Executable> checks = new ArrayList<>();
        for (String name : attendance()) {
            checks.add(() -> {
                Delegation d = delegationCalled(name);
                assertEquals(DelegationKind.MEMBER_STATE, d.kind(), name);
                assertTrue(d.present(), name + " is not marked present");
            });
        }
        assertAll(checks.stream());
    }

    @Test
    void theSampleHasNoMemberStateTheAttendanceSentenceLeavesOut() {
        List<String> memberStates = sample.delegations().stream()
                .filter(d -> d.kind() == DelegationKind.MEMBER_STATE).map(Delegation::name).toList();

        assertEquals(attendance(), memberStates);
    }

    @Test
    void everyMispaIiiDocumentSymbolOfTheSeedIsADocumentOfTheSample() {
        Matcher m = Pattern.compile("MISPA-III/RE/(?:doc|INF)\\.\\s*\\d+/\\d+(?:\\s+[Rr]ev\\.\\s*\\d+)?").matcher(seed);
        Set<String> inSeed = new TreeSet<>();
        while (m.find()) {
            inSeed.add(spaces(m.group()));
        }
        Set<String> inSample = sample.documents().stream().map(d -> spaces(d.symbol())).collect(Collectors.toSet());

        Set<String> missing = new TreeSet<>(inSeed);
        missing.removeAll(inSample);
        assertAll(() -> assertTrue(inSeed.size() >= 23, "the pattern found too few symbols: " + inSeed),
                () -> assertTrue(inSeed.contains("MISPA-III/RE/doc. 3/10 Rev. 3"), inSeed::toString),
                () -> assertTrue(inSeed.contains("MISPA-III/RE/doc.6/10 rev. 1"), inSeed::toString),
                () -> assertTrue(missing.isEmpty(), "documents of the seed missing from the sample: " + missing));
    }

    @Test
    void everyDocumentOfTheSampleIsCitedInTheSeed() {
        List<String> notInSeed = sample.documents().stream().map(Document::symbol)
                .filter(symbol -> !spaces(seed).contains(spaces(symbol))).toList();

        assertEquals(List.of(), notInSeed);
    }

    @Test
    void theSpeakerListOfThisTestIsSpelledAsInTheSeed() {
        assertAll(SPEAKERS_IN_BULLETS.stream().map(name -> () -> assertTrue(
                seed.lines().anyMatch(line -> line.startsWith("·") && line.contains(name)),
                name + " is not in a bullet line of the seed")));
    }

    @Test
    void everySpeakerNamedInABulletOfTheSeedIsAPersonOfTheSampleWithTheTitleTheSeedGives() {
        assertAll(SPEAKERS_IN_BULLETS.stream().map(name -> () -> {
            Person person = personCalled(name);
            assertNotNull(person.title(), person.name() + " has no title");
            assertFalse(person.title().isBlank(), person.name() + " has a blank title");
            assertTrue(seed.contains(person.title()), person.name() + "'s title is not the seed's: " + person.title());
        }));
    }

    // --- the parts of the report -----------------------------------------------------------------------------

    @Test
    void theReportHasOpeningSixSessionsPreliminaryReportClosingAndConclusionInThatOrder() {
        List<PartKind> kinds = sample.parts().stream().map(Part::kind).toList();

        assertEquals(List.of(PartKind.OPENING_CEREMONY, PartKind.SESSION, PartKind.SESSION, PartKind.SESSION,
                PartKind.SESSION, PartKind.SESSION, PartKind.SESSION, PartKind.PRELIMINARY_REPORT,
                PartKind.CLOSING_CEREMONY, PartKind.CONCLUSION), kinds);
    }

    @Test
    void theSessionsAreNumberedOneToSixWithTheFirstThreeOnDayOneAndTheLastThreeOnDayTwo() {
        List<Part> sessions = sample.sessions();

        assertAll(() -> assertEquals(List.of(1, 2, 3, 4, 5, 6), sessions.stream().map(Part::sessionNumber).toList()),
                () -> assertEquals(List.of(1, 1, 1, 2, 2, 2), sessions.stream().map(Part::day).toList()),
                () -> assertEquals(List.of(day(1), day(1), day(1), day(2), day(2), day(2)),
                        sessions.stream().map(Part::date).toList()));
    }

    @Test
    void theSeedHasTheSameSixSessionsAndPutsTheSecondDayBetweenTheThirdAndTheFourth() {
        List<String> headings = List.of("I. FIRST SESSION", "II. SECOND SESSION", "III. THIRD SESSION",
                "IV. FOURTH SESSION", "V. FIFTH SESSION", "VI. SIXTH SESSION");
        List<Integer> at = headings.stream().map(h -> lineIndex(h)).toList();
        int secondDay = lineIndex("SECOND DAY:");

        assertAll(() -> assertTrue(at.stream().allMatch(i -> i >= 0), "a heading is missing: " + at),
                () -> assertEquals(at.stream().sorted().toList(), at, "the headings are out of order"),
                () -> assertTrue(at.get(2) < secondDay && secondDay < at.get(3), "the second day is elsewhere"),
                () -> assertTrue(seed.contains("November 18-19, 2010"), "the dates are not the seed's"),
                () -> assertEquals(day(1), sample.facts().startDate()),
                () -> assertEquals(day(2), sample.facts().endDate()));
    }

    @Test
    void theCeremoniesAndReportsFallOnTheDaysTheSeedGives() {
        Part opening = sample.parts().getFirst();
        Part preliminary = part(PartKind.PRELIMINARY_REPORT);
        Part closing = part(PartKind.CLOSING_CEREMONY);

        assertAll(() -> assertEquals(1, opening.day()), () -> assertEquals(day(1), opening.date()),
                () -> assertEquals(2, preliminary.day()), () -> assertEquals(2, closing.day()),
                () -> assertTrue(lineIndex("Preliminary Report of the Rapporteur") > lineIndex("VI. SIXTH SESSION")),
                () -> assertTrue(lineIndex("CLOSING CEREMONY") > lineIndex("Preliminary Report of the Rapporteur")),
                () -> assertTrue(lineIndex("Conclusion") > lineIndex("CLOSING CEREMONY")));
    }

    @Test
    void theFirstSessionIsChairedByTheDominicanMinisterInTheCapacityTheSeedGives() {
        Part first = sample.sessions().getFirst();
        Person chair = sample.person(first.chairId()).orElseThrow();

        assertAll(() -> assertEquals("Franklin Almeyda", chair.name()),
                () -> assertEquals("Dominican Republic", delegationOf(chair).name()),
                () -> assertTrue(seed.contains(chair.nameWithHonorific() + ", " + chair.title()
                        + " from the Dominican Republic, chaired the first plenary session " + first.chairCapacity() + "."),
                        "the chair's sentence is not the seed's"));
    }

    // --- elections, adoptions, the proposal ----------------------------------------------------------------

    @Test
    void theThreeOfficersWereElectedByAcclamationAsTheSeedSays() {
        List<Election> elections = sample.elections().toList();

        assertEquals(3, elections.size());
        assertAll(
                () -> assertElection(elections.get(0), Office.CHAIR, "Rodrigo Ubilla Mackenney", "Uruguay",
                        "Dominican Republic"),
                () -> assertElection(elections.get(1), Office.VICE_CHAIR, "Glen Linder", "Mexico", "Guatemala"),
                () -> assertElection(elections.get(2), Office.RAPPORTEUR, "Jeremy Long", "Saint Kitts and Nevis",
                        "Colombia"),
                () -> assertEquals("Jeremy Long", sample.person(sample.rapporteurId()).orElseThrow().name()));
    }

    private void assertElection(Election election, Office office, String nominee, String nominatedBy,
                                String secondedBy) {
        Delegation nominator = sample.delegation(election.nominatedById()).orElseThrow();
        Delegation seconder = sample.delegation(election.secondedByIds().getFirst()).orElseThrow();
        assertEquals(office, election.office());
        assertEquals(nominee, sample.person(election.nomineeId()).orElseThrow().name());
        assertEquals(nominatedBy, nominator.name());
        assertEquals(List.of(secondedBy), election.secondedByIds().stream()
                .map(id -> sample.delegation(id).orElseThrow().name()).toList());
        assertEquals(ElectionOutcome.ACCLAMATION, election.outcome());
        assertTrue(election.outcome().elected());
        // The seed's own sentence: "The delegation of X nominated Y … seconded by the delegation of Z and adopted by acclamation."
        String bullet = seed.lines().filter(l -> l.startsWith("· The delegation of " + nominator.inProse() + " nominated"))
                .findFirst().orElseThrow(() -> new AssertionError("no nomination by " + nominator.inProse()));
        assertTrue(bullet.contains(nominee), bullet);
        assertTrue(bullet.contains("seconded by the delegation of " + seconder.inProse() + " and adopted by acclamation"),
                bullet);
    }

    @Test
    void theDraftAgendaWasAdoptedAndTheDraftScheduleAdoptedAsAmendedAtStKittsAndNevissRequest() {
        List<Adoption> adoptions = sample.adoptions().toList();

        assertEquals(2, adoptions.size());
        Adoption agenda = adoptions.get(0);
        Adoption schedule = adoptions.get(1);
        Document agendaDoc = sample.document(agenda.documentId()).orElseThrow();
        Document scheduleDoc = sample.document(schedule.documentId()).orElseThrow();
        assertAll(() -> assertEquals("Draft Agenda", agendaDoc.title()),
                () -> assertTrue(seed.contains("· Draft Agenda (" + agendaDoc.symbol() + ")"), agendaDoc.symbol()),
                () -> assertEquals(AdoptionOutcome.ADOPTED, agenda.outcome()),
                () -> assertEquals(List.of(), agenda.amendments()),
                () -> assertEquals("Draft Schedule", scheduleDoc.title()),
                () -> assertTrue(seed.contains("· Draft Schedule (" + scheduleDoc.symbol() + ")"), scheduleDoc.symbol()),
                () -> assertEquals(AdoptionOutcome.ADOPTED_AS_AMENDED, schedule.outcome()),
                () -> assertEquals(1, schedule.amendments().size()));
        var amendment = schedule.amendments().getFirst();
        Delegation by = sample.delegation(amendment.delegationId()).orElseThrow();
        assertAll(() -> assertEquals("Saint Kitts and Nevis", by.name()),
                () -> assertTrue(by.isCalled("St. Kitts and Nevis")),
                () -> assertTrue(seed.contains("a request on the part of the delegation of " + by.inProse() + " to "
                        + amendment.request() + "."), amendment.request()));
    }

    @Test
    void trinidadAndTobagosProposalWasForwardedToTheCommitteeOnHemisphericSecurity() {
        List<Proposal> proposals = sample.proposals().toList();

        assertEquals(1, proposals.size());
        Proposal proposal = proposals.getFirst();
        assertAll(() -> assertEquals("Trinidad and Tobago", sample.delegation(proposal.proposerId()).orElseThrow().name()),
                () -> assertEquals("Ronald Maunday", sample.person(proposal.presenterId()).orElseThrow().name()),
                () -> assertEquals(ProposalOutcome.FORWARDED, proposal.outcome()),
                () -> assertTrue(seed.contains(proposal.outcomeText()), proposal.outcomeText()),
                () -> assertTrue(proposal.outcomeText().contains("Committee on Hemispheric Security")));
    }

    @Test
    void theDelegationsTookPositionsOnTheProposalInTheOrderTheySpoke() {
        Proposal proposal = sample.proposals().findFirst().orElseThrow();
        List<String> inOrder = proposal.positions().stream()
                .map(p -> sample.delegation(p.delegationId()).orElseThrow().name()).distinct().toList();

        assertEquals(List.of("Mexico", "Ecuador", "El Salvador", "United States", "Brazil", "Canada", "Uruguay",
                "Argentina", "Paraguay", "Saint Kitts and Nevis"), inOrder);
    }

    @Test
    void eachDelegationTookThePositionsTheSeedReports() {
        Proposal proposal = sample.proposals().findFirst().orElseThrow();
        Map<String, Set<Stance>> stances = new TreeMap<>();
        for (ProposalPosition p : proposal.positions()) {
            stances.computeIfAbsent(sample.delegation(p.delegationId()).orElseThrow().name(), k -> new TreeSet<>())
                    .add(p.stance());
        }

        assertEquals(Map.of(
                "Mexico", Set.of(Stance.SUPPORTS, Stance.ASKS_TO_ADD_ITEM),
                "Ecuador", Set.of(Stance.SUPPORTS),
                "El Salvador", Set.of(Stance.COMMENTS),
                "United States", Set.of(Stance.SUPPORTS),
                "Brazil", Set.of(Stance.NEEDS_TO_CONSULT, Stance.HAS_CONCERNS),
                "Canada", Set.of(Stance.SUPPORTS),
                "Uruguay", Set.of(Stance.HAS_CONCERNS, Stance.SUPPORTS),
                "Argentina", Set.of(Stance.SUPPORTS, Stance.NEEDS_TO_CONSULT),
                "Paraguay", Set.of(Stance.COMMENTS),
                "Saint Kitts and Nevis", Set.of(Stance.SUPPORTS)), stances);
    }

    @Test
    void mexicoAskedToAddAnItemAndTrinidadAndTobagoSecondedIt() {
        Proposal proposal = sample.proposals().findFirst().orElseThrow();
        List<ProposalPosition> asks = proposal.positions().stream()
                .filter(p -> p.stance() == Stance.ASKS_TO_ADD_ITEM).toList();

        assertEquals(1, asks.size());
        ProposalPosition ask = asks.getFirst();
        assertAll(() -> assertEquals("Mexico", sample.delegation(ask.delegationId()).orElseThrow().name()),
                () -> assertEquals(List.of("Trinidad and Tobago"), ask.secondedByIds().stream()
                        .map(id -> sample.delegation(id).orElseThrow().name()).toList()),
                () -> assertTrue(seed.contains("asked that “" + ask.note() + "” also be included as an item"), ask.note()),
                () -> assertTrue(seed.contains("Trinidad and Tobago seconded this request.")));
    }

    @Test
    void brazilNeedsToConsultAndHasConcerns() {
        Proposal proposal = sample.proposals().findFirst().orElseThrow();
        List<Stance> brazil = proposal.positions().stream()
                .filter(p -> sample.delegation(p.delegationId()).orElseThrow().name().equals("Brazil"))
                .map(ProposalPosition::stance).toList();

        assertEquals(List.of(Stance.NEEDS_TO_CONSULT, Stance.HAS_CONCERNS), brazil);
    }

    // --- the words ---------------------------------------------------------------------------------------------

    @Test
    void everySummaryParagraphOfTheSampleOccursVerbatimInTheSeed() {
        List<String> paragraphs = sample.entries().flatMap(e -> e.summaryParagraphs().stream()).toList();
        List<String> notInSeed = paragraphs.stream().filter(p -> !seed.contains(p)).toList();

        assertAll(() -> assertTrue(paragraphs.size() >= 50, "too few paragraphs: " + paragraphs.size()),
                () -> assertEquals(List.of(), notInSeed));
    }

    @Test
    void everyIntroductionAndTheMandateOfTheSampleOccurVerbatimInTheSeed() {
        List<String> texts = new ArrayList<>(sample.facts().mandateParagraphs());
        for (Part part : sample.parts()) {
            texts.addAll(Texts.paragraphs(part.introduction()));
            part.items().forEach(i -> texts.addAll(Texts.paragraphs(i.introduction())));
        }

        assertEquals(List.of(), texts.stream().filter(t -> !seed.contains(t)).toList());
    }

    @Test
    void everyAgendaItemTitleAndPresentationSubjectOfTheSampleOccursInTheSeed() {
        List<String> texts = new ArrayList<>();
        sample.items().map(AgendaItem::title).filter(t -> t != null).forEach(texts::add);
        sample.entries().map(Entry::subject).filter(s -> s != null).forEach(texts::add);

        assertAll(() -> assertFalse(texts.isEmpty()),
                () -> assertEquals(List.of(), texts.stream().filter(t -> !seed.contains(t)).toList()));
    }

    @Test
    void theConclusionIsTheSeedsConclusionWordForWord() {
        Part conclusion = part(PartKind.CONCLUSION);
        String seedConclusion = seed.substring(seed.lastIndexOf("\nConclusion\n") + "\nConclusion\n".length()).strip();

        assertAll(() -> assertEquals(seedConclusion, conclusion.introduction()),
                () -> assertEquals(List.of(), conclusion.items()),
                () -> assertTrue(seedConclusion.endsWith("Mrs. Carolina Santa María."), seedConclusion));
    }

    // --- helpers -----------------------------------------------------------------------------------------------

    private static Delegation delegationCalled(String name) {
        List<Delegation> found = sample.delegations().stream().filter(d -> d.isCalled(name)).toList();
        assertEquals(1, found.size(), () -> "delegations called " + name + ": " + found);
        return found.getFirst();
    }

    /** The one person of the sample whose name, accents aside, is or begins with the name as the seed spells it. */
    private static Person personCalled(String spelled) {
        String wanted = plain(spelled);
        List<Person> found = sample.persons().stream()
                .filter(p -> plain(p.name()).equals(wanted) || plain(p.name()).startsWith(wanted + " ")).toList();
        assertEquals(1, found.size(), () -> "persons of the sample called " + spelled + ": " + found);
        return found.getFirst();
    }

    private static Delegation delegationOf(Person person) {
        return sample.delegation(person.delegationId()).orElseThrow();
    }

    private static String plain(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    private static String spaces(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    private static int lineIndex(String line) {
        List<String> lines = seed.lines().map(String::strip).toList();
        return lines.indexOf(line);
    }

    private static Part part(PartKind kind) {
        List<Part> found = sample.parts().stream().filter(p -> p.kind() == kind).toList();
        assertEquals(1, found.size(), kind + " parts: " + found.size());
        return found.getFirst();
    }

    private static LocalDate day(int n) {
        return LocalDate.of(2010, 11, 17 + n);
    }
}
