package org.rapporteur.report;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.rapporteur.model.Entry;
import org.rapporteur.model.Language;
import org.rapporteur.model.Meeting;
import org.rapporteur.model.Venue;
import org.rapporteur.service.SampleMeeting;

class ReportComposerTest {

    private static List<String> texts(Report report, BlockStyle style) {
        return report.blocks().stream().filter(b -> b.style() == style).map(Block::text).toList();
    }

    private static int indexOf(Report report, String text) {
        List<Block> blocks = report.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).text().equals(text)) {
                return i;
            }
        }
        return -1;
    }

    @Nested
    class TheSample {
        private final Meeting sample = SampleMeeting.load();
        private final Report report = new ReportComposer(sample, Locale.ENGLISH, ReportOptions.plain()).compose();

        @Test
        void theTitleComesFirstThenTheOpeningSentenceGeneratedFromTheFacts() {
            assertAll(() -> assertEquals(Block.of(BlockStyle.TITLE, "REPORT OF THE RAPPORTEUR", Place.MEETING), report.blocks().get(0)),
                    () -> assertEquals("The meeting of Government Experts in Preparation for MISPA III was held on November 18-19, 2010,"
                            + " in Santiago, Chile.", report.blocks().get(1).text()));
        }

        @Test
        void theMastheadShowsOnlyWhatIsKnown() {
            assertEquals(new Masthead(List.of("Meeting of Government Experts in Preparation for MISPA III", "November 18-19, 2010",
                    "Santiago, Chile"), List.of("Original: English")), report.masthead());
        }

        @Test
        void theAttendanceNamesThePresentMemberStatesAsAListWithTheSerialCommaAndThenTheParticipantsList() {
            String attendance = report.blocks().get(3).text();
            assertAll(() -> assertTrue(attendance.startsWith("The Conference was attended by the delegations of Antigua and Barbuda,"
                            + " Argentina, Bahamas,"), attendance),
                    () -> assertTrue(attendance.contains("Dominican Republic, Ecuador, El Salvador, Grenada,"), attendance),
                    () -> assertTrue(attendance.endsWith("United States, and Uruguay. The list of participants was published as document"
                            + " MISPA-III/RE/doc.6/10 rev. 1."), attendance),
                    () -> assertFalse(attendance.contains("Secretariat"), "the secretariat is not a delegation that attended"),
                    () -> assertEquals("The following organizations were also represented: AMERIPOL, Inter-American Development Bank,"
                            + " and INTERPOL.", report.blocks().get(4).text()));
        }

        @Test
        void thePartsAreHeadedAndTheSessionsNumberedInRomanNumerals() {
            assertEquals(List.of("OPENING CEREMONY", "I. FIRST SESSION", "II. SECOND SESSION", "III. THIRD SESSION",
                    "IV. FOURTH SESSION", "V. FIFTH SESSION", "VI. SIXTH SESSION", "Preliminary Report of the Rapporteur",
                    "CLOSING CEREMONY", "Conclusion"), texts(report, BlockStyle.HEADING_1));
        }

        @Test
        void theSecondDayHasItsLineJustBeforeTheFourthSessionAndTheFirstDayNone() {
            assertAll(() -> assertEquals(List.of("SECOND DAY:"), texts(report, BlockStyle.DAY)),
                    () -> assertEquals(indexOf(report, "SECOND DAY:") + 1, indexOf(report, "IV. FOURTH SESSION")));
        }

        @Test
        void theFirstSessionsChairLineIsGeneratedFromTheChairAndTheCapacity() {
            assertEquals(List.of("Mr. Franklin Almeyda, Minister of Interior and Police from the Dominican Republic, chaired the first"
                    + " plenary session in his capacity as the host of MISPA II, and current Chair of the MISPA process."),
                    texts(report, BlockStyle.CHAIR_LINE));
        }

        @Test
        void aSpeakersLineKeepsRanksAndLeavesOutCourtesyHonorifics() {
            List<String> bullets = texts(report, BlockStyle.SPEAKER);
            assertAll(() -> assertTrue(bullets.contains("Speech by Ambassador Jorge Skinner-Klée, Permanent Representative of Guatemala to"
                            + " the OAS and Chair of the OAS Committee on Hemispheric Security (MISPA-III/RE/INF.6/10)"),
                                    bullets::toString),
                    () -> assertTrue(bullets.contains("Speech by Adriana Mejía Hernández, Director of the Department of Public Security,"
                            + " Secretariat for Multidimensional Security of the OAS (MISPA-III/RE/INF.1/10)"), "no Mrs."),
                    () -> assertTrue(bullets
                            .contains("Adrian Acosta, Network Analyst, INTERPOL General Secretariat (MISPA-III/RE/INF.17/10)"),
                            "a presentation has no kind word, and no Mr."));
        }

        @Test
        void aDelegationsPresentationIsListedByTheDelegationsListName() {
            List<String> bullets = texts(report, BlockStyle.SPEAKER);
            assertAll(() -> assertTrue(bullets.contains("Chile (MISPA-III/RE/INF.12/10)")),
                    () -> assertTrue(bullets.contains("Canada")),
                    () -> assertTrue(bullets.contains("Dominican Republic (MISPA-III/RE/INF.10/10)")));
        }

        @Test
        void aSymbolTheSummaryCitesIsNotRepeatedOnTheLine() {
            assertTrue(texts(report, BlockStyle.SPEAKER)
                    .contains("Brigadier General Ronald Maunday, Head of Delegation for Trinidad and Tobago"));
        }

        @Test
        void aSummaryParagraphTypedAsABulletIsAListItem() {
            assertAll(() -> assertTrue(texts(report, BlockStyle.BULLET)
                    .contains("Conduct human resource training in public security issues")),
                    () -> assertTrue(texts(report, BlockStyle.BODY).stream().noneMatch(t -> t.startsWith("\u00b7"))));
        }

        @Test
        void theElectionsAreTheDecisionsSentencesAsListItems() {
            DecisionProse decisions = new DecisionProse(sample, Locale.ENGLISH);
            List<String> bullets = texts(report, BlockStyle.BULLET);
            sample.elections().forEach(e -> assertTrue(bullets.contains(decisions.election(e)), decisions.election(e)));
        }

        @Test
        void theAdoptionsLeadTheRapporteurTypedIsNotPrintedTwice() {
            long leads = report.blocks().stream()
                    .filter(b -> b.text().equals("During the first session, the plenary also adopted the following documents:")).count();
            assertEquals(1, leads);
        }

        @Test
        void statementsHaveNoLineOfTheirOwnOnlyTheirSummary() {
            List<String> bullets = texts(report, BlockStyle.SPEAKER);
            assertAll(() -> assertFalse(bullets.contains("Brazil")), () -> assertFalse(bullets.contains("Uruguay")),
                    () -> assertTrue(texts(report, BlockStyle.BODY).stream().anyMatch(t -> t
                            .startsWith("Uruguay took the floor a second time"))));
        }

        @Test
        void theProposalsOutcomeClosesItsItem() {
            int outcome = indexOf(report, "The proposal of Trinidad and Tobago was forwarded to the Committee on Hemispheric Security to"
                    + " begin negotiating the documents for MISPA III.");
            assertEquals(indexOf(report, "V. FIFTH SESSION") - 1, outcome);
        }

        @Test
        void aSpeakersBlocksPointToTheirEntry() {
            Entry maunday = sample.entries().filter(e -> e.summary() != null && e.summary().startsWith("General Maunday")).findFirst()
                    .orElseThrow();
            Block line = report.blocks().get(indexOf(report,
                    "Brigadier General Ronald Maunday, Head of Delegation for Trinidad and Tobago"));
            Block summary = report.blocks().get(indexOf(report,
                    "Brigadier General Ronald Maunday, Head of Delegation for Trinidad and Tobago")
                    + 1);
            assertAll(() -> assertEquals(maunday.id(), line.place().entryId()), () -> assertEquals(maunday.id(), summary.place()
                    .entryId()));
        }

        @Test
        void withoutAnnexesTheConclusionEndsTheReport() {
            assertTrue(report.blocks().getLast().text().endsWith("in particular Mrs. Carolina Santa María."));
        }

        @Test
        void theChosenDateStandsInTheClassificationBlock() {
            Report dated = new ReportComposer(sample, Locale.ENGLISH, new ReportOptions(Set.of(), LocalDate.of(2010, 12, 1))).compose();
            assertEquals(List.of("December 1, 2010", "Original: English"), dated.masthead().classification());
        }
    }

    @Nested
    class OtherMeetings {
        private static final Venue SANTIAGO = new Venue("Santiago", "Chile");
        private static final LocalDate MARCH_2 = LocalDate.of(2020, 3, 2);

        private Report compose(Meeting meeting, Set<Annex> annexes) {
            return new ReportComposer(meeting, Locale.ENGLISH, new ReportOptions(annexes, null)).compose();
        }

        private Report compose(LocalDate start, LocalDate end, Venue venue) {
            return compose(ReportFixtures.varied(Language.EN, start, end, venue), Set.of());
        }

        @Test
        void theDatesAreWordedByHowFarApartTheyAre() {
            assertAll(() -> assertEquals("March 2, 2020", compose(MARCH_2, MARCH_2, SANTIAGO).masthead().meeting().get(1)),
                    () -> assertEquals("March 2-April 1, 2020", compose(MARCH_2, LocalDate.of(2020, 4, 1), SANTIAGO).masthead()
                            .meeting().get(1)),
                    () -> assertEquals("December 31, 2019-March 2, 2020",
                            compose(LocalDate.of(2019, 12, 31), MARCH_2, SANTIAGO).masthead().meeting().get(1)));
        }

        @Test
        void aTitleThatDoesNotStartWithACommonNounKeepsItsCapitalAndMissingFactsAreLeftOut() {
            assertAll(() -> assertEquals("The Regular Meeting of the Permanent Council took place.",
                            compose(null, null, new Venue(null, null)).blocks().get(1).text()),
                    () -> assertEquals("The Regular Meeting of the Permanent Council was held in Chile.",
                            compose(null, null, new Venue(null, "Chile")).blocks().get(1).text()),
                    () -> assertEquals("The Regular Meeting of the Permanent Council was held on March 2, 2020.",
                            compose(MARCH_2, null, new Venue(null, null)).blocks().get(1).text()),
                    () -> assertEquals(List.of("Regular Meeting of the Permanent Council"),
                            compose(null, null, new Venue(null, null)).masthead().meeting()));
        }

        @Test
        void theClassificationBlockHasTheSeriesTheSymbolAndTheLanguageTheReportIsDraftedIn() {
            Report spanish = compose(ReportFixtures.varied(Language.ES, MARCH_2, MARCH_2, SANTIAGO), Set.of());
            assertEquals(List.of("OEA/Ser.G", "CP/doc.9/20", "Original: Spanish"), spanish.masthead().classification());
        }

        @Test
        void twoMemberStatesAreJoinedByAndAndAnObserverHasItsOwnSentence() {
            Report report = compose(MARCH_2, MARCH_2, SANTIAGO);
            assertAll(() -> assertEquals("The Conference was attended by the delegations of Canada and Mexico. The list of participants was"
                            + " published as document CP/doc.3/20.", report.blocks().get(2).text()),
                    () -> assertEquals("The following observer also attended: Holy See. The following organization was also represented:"
                            + " Inter-American Development Bank.", report.blocks().get(3).text()));
        }

        @Test
        void aChairIsIntroducedByWhatIsKnownOfThem() {
            assertEquals(List.of(
                    "Mrs. Ana Pérez, Minister of Foreign Affairs of Mexico, chaired the first plenary session.",
                    "John Smith of Canada chaired the session.",
                    "Dr. Lee Wong chaired the second plenary session.",
                    "Ambassador Marie Tremblay, Permanent Representative of Canada, chaired the third plenary session as the host."),
                    texts(compose(MARCH_2, MARCH_2, SANTIAGO), BlockStyle.CHAIR_LINE));
        }

        @Test
        void aSessionWithoutNumberIsHeadedSessionAndEachNewDayGetsItsLine() {
            Report report = compose(MARCH_2, MARCH_2, SANTIAGO);
            assertAll(() -> assertEquals(List.of("I. FIRST SESSION", "SESSION", "II. SECOND SESSION", "III. THIRD SESSION"),
                            texts(report, BlockStyle.HEADING_1)),
                    () -> assertEquals(List.of("SECOND DAY:", "THIRD DAY:"), texts(report, BlockStyle.DAY)));
        }

        @Test
        void entriesGiveLinesByKindAndBlankOnesNothing() {
            Report report = compose(MARCH_2, MARCH_2, SANTIAGO);
            List<String> bullets = texts(report, BlockStyle.SPEAKER);
            assertAll(() -> assertEquals(List.of("Item with a document (Note 7)"), texts(report, BlockStyle.HEADING_2)),
                    () -> assertEquals(List.of("Speech by Ambassador Marie Tremblay, Permanent Representative of Canada"
                            + " (CP/RES. 1 (20/20); CP/INF.2/20)", "Mexico", "Untold"), bullets),
                    () -> assertEquals(List.of("She opened the meeting.", "Mexico presented Safe Streets (CP/INF.2/20).",
                            "Dr. Wong asked a question.", "The proposal of Mexico was adopted."),
                            texts(report, BlockStyle.BODY).subList(3, 7)));
        }

        @Test
        void theAnnexesChosenAreNumberedInTheirOrder() {
            Report report = compose(ReportFixtures.varied(Language.EN, MARCH_2, MARCH_2, SANTIAGO),
                    EnumSet.of(Annex.STATISTICS, Annex.PARTICIPANTS));
            assertEquals(List.of("ANNEX I: LIST OF PARTICIPANTS", "ANNEX II: SPEAKERS' STATISTICS"), texts(report, BlockStyle.ANNEX_TITLE));
        }

        @Test
        void theStatisticsCountEveryEntryWithASpeakerAndAddTheMinutesThatWereRecorded() {
            Report report = compose(ReportFixtures.varied(Language.EN, MARCH_2, MARCH_2, SANTIAGO), EnumSet.of(Annex.STATISTICS));
            List<List<String>> rows = new ArrayList<>();
            report.blocks().stream().filter(b -> b.style().isTableRow()).forEach(b -> rows.add(b.cells()));
            assertEquals(List.of(List.of("Delegation", "Interventions", "Minutes"), List.of("Canada", "1", "6.0"), List
                    .of("Mexico", "1", "0.0"),
                    List.of("Lee Wong", "1", "0.0"), List.of("Total", "3", "6.0")), rows);
        }

        @Test
        void theDocumentsAnnexGroupsBySeries() {
            Report report = compose(ReportFixtures.varied(Language.EN, MARCH_2, MARCH_2, SANTIAGO), EnumSet.of(Annex.DOCUMENTS));
            assertAll(() -> assertEquals(List.of("Item with a document (Note 7)", "Working documents", "Information documents",
                            "Resolutions", "Other documents"), texts(report, BlockStyle.HEADING_2)),
                    () -> assertEquals(List.of("CP/INF.2/20", ""), report.blocks().stream()
                            .filter(b -> b.style() == BlockStyle.TABLE_ROW && b.cells().get(0).startsWith("CP/INF")).findFirst()
                                    .orElseThrow()
                            .cells()));
        }

        @Test
        void theParticipantsAnnexListsByDelegationAndThenThoseOfNone() {
            Report report = compose(ReportFixtures.varied(Language.EN, MARCH_2, MARCH_2, SANTIAGO), EnumSet.of(Annex.PARTICIPANTS));
            assertAll(() -> assertEquals(List.of("Item with a document (Note 7)", "Canada", "Mexico", "Other participants"),
                            texts(report, BlockStyle.HEADING_2)),
                    () -> assertEquals(List.of("John Smith", "Ambassador Marie Tremblay, Permanent Representative of Canada",
                            "Mrs. Ana Pérez, Minister of Foreign Affairs of Mexico", "Dr. Lee Wong"),
                            texts(report, BlockStyle.BULLET)));
        }
    }

    @Test
    void symbolsSortAsTheirNumbersNotTheirCharacters() {
        List<String> symbols = new ArrayList<>(List.of("X/INF.10/10", "X/INF.2/10", "X/doc. 3/10", "X/doc.21/10", "X/INF.1/10"));
        symbols.sort(new SymbolOrder());
        assertEquals(List.of("X/doc. 3/10", "X/doc.21/10", "X/INF.1/10", "X/INF.2/10", "X/INF.10/10"), symbols);
    }

    @Test
    void romanNumerals() {
        assertEquals(List.of("I", "IV", "IX", "XIV", "XL", "MCMXCIX"),
                List.of(1, 4, 9, 14, 40, 1999).stream().map(RomanNumerals::of).toList());
    }
}
