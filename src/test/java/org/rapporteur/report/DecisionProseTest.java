package org.rapporteur.report;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.rapporteur.model.Adoption;
import org.rapporteur.model.AdoptionOutcome;
import org.rapporteur.model.AmendmentRequest;
import org.rapporteur.model.Delegation;
import org.rapporteur.model.DelegationKind;
import org.rapporteur.model.Document;
import org.rapporteur.model.DocumentKind;
import org.rapporteur.model.Election;
import org.rapporteur.model.ElectionOutcome;
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
import org.rapporteur.model.VoteCount;
import org.rapporteur.service.SampleMeeting;

class DecisionProseTest {

    // ---- the sample meeting, against the seed report ----

    @Nested
    class TheSampleReadsLikeTheSeed {
        private final Meeting sample = SampleMeeting.load();
        private final DecisionProse prose = new DecisionProse(sample, Locale.ENGLISH);

        private Election election(Office office) {
            return sample.elections().filter(e -> e.office() == office).findFirst().orElseThrow();
        }

        @Test
        void theChairsElectionReadsAsTheSeed() {
            assertEquals("The delegation of Uruguay nominated Rodrigo Ubilla Mackenney, Vice-Minister of the Interior of Chile,"
                    + " as the Chair of this meeting. The nomination was seconded by the delegation of the Dominican Republic"
                    + " and adopted by acclamation.", prose.election(election(Office.CHAIR)));
        }

        @Test
        void theViceChairsElectionNamesTheNomineeWithHonorific() {
            assertEquals("The delegation of Mexico nominated Mr. Glen Linder, Head of the Canadian Delegation,"
                    + " as the Vice Chair of this meeting. The nomination was seconded by the delegation of Guatemala"
                    + " and adopted by acclamation.", prose.election(election(Office.VICE_CHAIR)));
        }

        @Test
        void theRapporteursElectionUsesTheDelegationsProseName() {
            assertEquals("The delegation of St. Kitts and Nevis nominated Jeremy Long, Head of Delegation for the United States,"
                    + " as the Rapporteur of this meeting. The nomination was seconded by the delegation of Colombia"
                    + " and adopted by acclamation.", prose.election(election(Office.RAPPORTEUR)));
        }

        @Test
        void theFirstSessionsAdoptionsLeadReadsAsTheSeed() {
            Part first = sample.sessions().get(0);
            assertEquals("During the first session, the plenary also adopted the following documents:", prose.adoptionsLead(first));
        }

        @Test
        void theAdoptedDocumentsAreListedByTitleAndSymbol() {
            List<Adoption> adopted = prose.adopted(sample.adoptions().toList());
            assertEquals(List.of("Draft Agenda (MISPA-III/RE/doc. 2/10 Rev.1)", "Draft Schedule (MISPA-III/RE/doc. 3/10 Rev. 3)"),
                    adopted.stream().map(prose::adoptedDocumentLine).toList());
        }

        @Test
        void theAmendedScheduleGetsTheSeedsNote() {
            List<Adoption> adoptions = sample.adoptions().toList();
            assertEquals(Optional.empty(), prose.adoptionNote(adoptions.get(0)));
            assertEquals(Optional.of("The Draft Schedule was adopted after taking into consideration a request on the part of"
                    + " the delegation of St. Kitts and Nevis to move the presentation and discussion on theme and topics for"
                    + " MISPA III from session six to session four."), prose.adoptionNote(adoptions.get(1)));
        }

        @Test
        void theHostsProposalWasForwardedInTheRapporteursWords() {
            Proposal p = sample.proposals().findFirst().orElseThrow();
            assertEquals("The proposal of Trinidad and Tobago was forwarded to the Committee on Hemispheric Security to begin"
                    + " negotiating the documents for MISPA III.", prose.proposalOutcome(p));
        }

        @Test
        void mexicosSupportAndItsRequestToAddAnItemReadAsTheSeed() {
            Proposal p = sample.proposals().findFirst().orElseThrow();
            assertEquals("The delegation of Mexico expressed its support for the proposal of Trinidad and Tobago.",
                    prose.position(p.positions().get(0), p));
            assertEquals("The delegation of Mexico asked that “Development of a System of Connectivity and Monitoring of Police"
                    + " Management” also be included as an item on the agenda. Trinidad and Tobago seconded this request.",
                    prose.position(p.positions().get(1), p));
        }
    }

    // ---- a meeting built for the cases the sample lacks ----

    static final long URUGUAY = 1;
    static final long DOMINICAN_REPUBLIC = 2;
    static final long COLOMBIA = 3;
    static final long GUATEMALA = 4;
    static final long MEXICO = 5;
    static final long ST_KITTS = 6;
    static final long BRAZIL = 7;
    static final long PARAGUAY = 8;
    static final long TRINIDAD = 9;
    static final long RODRIGO = 1;
    static final long GLEN = 2;
    static final long NO_TITLE = 3;
    static final long SCHEDULE = 1;
    static final long UNTITLED = 2;

    static Meeting meeting() {
        List<Delegation> delegations = List.of(
                state(URUGUAY, "Uruguay", null), state(DOMINICAN_REPUBLIC, "Dominican Republic", "the Dominican Republic"),
                state(COLOMBIA, "Colombia", null), state(GUATEMALA, "Guatemala", null), state(MEXICO, "Mexico", null),
                state(ST_KITTS, "Saint Kitts and Nevis", "St. Kitts and Nevis"), state(BRAZIL, "Brazil", null),
                state(PARAGUAY, "Paraguay", null), state(TRINIDAD, "Trinidad and Tobago", null));
        List<Person> persons = List.of(
                new Person(RODRIGO, "Rodrigo Ubilla Mackenney", null, "Vice-Minister of the Interior of Chile", null),
                new Person(GLEN, "Glen Linder", "Mr.", "Head of the Canadian Delegation", null),
                new Person(NO_TITLE, "Ana Pérez", null, null, null));
        List<Document> documents = List.of(
                new Document(SCHEDULE, "MISPA-III/RE/doc. 3/10 Rev. 3", "Draft Schedule", DocumentKind.WORKING_DOCUMENT),
                new Document(UNTITLED, "MISPA-III/RE/INF.12/10", null, DocumentKind.INFORMATION_DOCUMENT));
        MeetingFacts facts = new MeetingFacts("Test meeting", null, null, null, null, null, null, null, Language.EN, null);
        return new Meeting(1L, facts, null, null, delegations, persons, documents, List.of());
    }

    private static Delegation state(long id, String name, String proseName) {
        return new Delegation(id, name, proseName, DelegationKind.MEMBER_STATE, true, List.of());
    }

    private final DecisionProse prose = new DecisionProse(meeting(), Locale.ENGLISH);

    private static Election chair(List<Long> seconders, ElectionOutcome outcome, VoteCount votes) {
        return new Election(1L, Office.CHAIR, null, RODRIGO, URUGUAY, seconders, outcome, votes);
    }

    private static final String NOMINATION = "The delegation of Uruguay nominated Rodrigo Ubilla Mackenney,"
            + " Vice-Minister of the Interior of Chile, as the Chair of this meeting. ";

    @Test
    void oneSeconderIsTheDelegationOf() {
        assertEquals(NOMINATION + "The nomination was seconded by the delegation of Colombia and adopted by acclamation.",
                prose.election(chair(List.of(COLOMBIA), ElectionOutcome.ACCLAMATION, null)));
    }

    @Test
    void twoSecondersAreTheDelegationsOfAAndB() {
        assertEquals(NOMINATION + "The nomination was seconded by the delegations of Colombia and Guatemala and adopted by acclamation.",
                prose.election(chair(List.of(COLOMBIA, GUATEMALA), ElectionOutcome.ACCLAMATION, null)));
    }

    @Test
    void threeSecondersAreJoinedWithCommasAndAnd() {
        assertEquals(NOMINATION + "The nomination was seconded by the delegations of Colombia, Guatemala and Mexico"
                        + " and adopted by acclamation.",
                prose.election(chair(List.of(COLOMBIA, GUATEMALA, MEXICO), ElectionOutcome.ACCLAMATION, null)));
    }

    @Test
    void fourSecondersUseTheMiddlePatternToo() {
        assertEquals(NOMINATION + "The nomination was seconded by the delegations of the Dominican Republic, Colombia, Guatemala"
                        + " and Mexico and adopted by acclamation.",
                prose.election(chair(List.of(DOMINICAN_REPUBLIC, COLOMBIA, GUATEMALA, MEXICO), ElectionOutcome.ACCLAMATION, null)));
    }

    @Test
    void noSeconderLeavesOnlyTheAcclamation() {
        assertEquals(NOMINATION + "The nomination was adopted by acclamation.",
                prose.election(chair(List.of(), ElectionOutcome.ACCLAMATION, null)));
    }

    @Test
    void electedByVoteGivesTheCounts() {
        assertEquals(NOMINATION + "The nomination was seconded by the delegation of Colombia and elected by a vote of"
                        + " 20 in favour, 2 against and 3 abstentions.",
                prose.election(chair(List.of(COLOMBIA), ElectionOutcome.ELECTED_BY_VOTE, new VoteCount(20, 2, 3))));
    }

    @Test
    void oneAbstentionIsSingular() {
        assertEquals(NOMINATION + "The nomination was seconded by the delegation of Colombia and elected by a vote of"
                        + " 20 in favour, 0 against and 1 abstention.",
                prose.election(chair(List.of(COLOMBIA), ElectionOutcome.ELECTED_BY_VOTE, new VoteCount(20, 0, 1))));
    }

    @Test
    void notElectedByVoteGivesTheCountsAfterBut() {
        assertEquals(NOMINATION + "The nomination was seconded by the delegation of Colombia but not elected, with"
                        + " 8 in favour, 15 against and 2 abstentions.",
                prose.election(chair(List.of(COLOMBIA), ElectionOutcome.NOT_ELECTED_BY_VOTE, new VoteCount(8, 15, 2))));
    }

    @Test
    void aVoteWithoutCountsSaysOnlyThatItWasAVote() {
        assertEquals(NOMINATION + "The nomination was elected by a vote.",
                prose.election(chair(List.of(), ElectionOutcome.ELECTED_BY_VOTE, null)));
    }

    @Test
    void aWithdrawnNominationSaysSo() {
        assertEquals(NOMINATION + "The nomination was later withdrawn.",
                prose.election(chair(List.of(), ElectionOutcome.WITHDRAWN, null)));
        assertEquals(NOMINATION + "The nomination was seconded by the delegation of Colombia and later withdrawn.",
                prose.election(chair(List.of(COLOMBIA), ElectionOutcome.WITHDRAWN, null)));
    }

    @Test
    void anotherCandidateElectedSaysSo() {
        assertEquals(NOMINATION + "Another candidate was elected.",
                prose.election(chair(List.of(), ElectionOutcome.OTHER_CANDIDATE_ELECTED, null)));
    }

    @Test
    void aPendingNominationHasNoOutcomeClause() {
        assertEquals(NOMINATION.strip(), prose.election(chair(List.of(), ElectionOutcome.PENDING, null)));
        assertEquals(NOMINATION + "The nomination was seconded by the delegation of Colombia.",
                prose.election(chair(List.of(COLOMBIA), ElectionOutcome.PENDING, null)));
    }

    @Test
    void aNomineeWithHonorificIsNamedWithIt() {
        Election e = new Election(1L, Office.VICE_CHAIR, null, GLEN, MEXICO, List.of(GUATEMALA), ElectionOutcome.ACCLAMATION, null);
        assertEquals("The delegation of Mexico nominated Mr. Glen Linder, Head of the Canadian Delegation, as the Vice Chair"
                + " of this meeting. The nomination was seconded by the delegation of Guatemala and adopted by acclamation.",
                prose.election(e));
    }

    @Test
    void aNomineeWithoutTitleHasNoCommas() {
        Election e = new Election(1L, Office.RAPPORTEUR, null, NO_TITLE, ST_KITTS, List.of(), ElectionOutcome.ACCLAMATION, null);
        assertEquals("The delegation of St. Kitts and Nevis nominated Ana Pérez as the Rapporteur of this meeting."
                + " The nomination was adopted by acclamation.", prose.election(e));
    }

    @Test
    void aNominationWithoutNominatorIsPassive() {
        Election e = new Election(1L, Office.CHAIR, null, NO_TITLE, null, List.of(COLOMBIA), ElectionOutcome.ACCLAMATION, null);
        assertEquals("Ana Pérez was nominated as the Chair of this meeting. The nomination was seconded by the delegation"
                + " of Colombia and adopted by acclamation.", prose.election(e));
        Election titled = new Election(1L, Office.CHAIR, null, RODRIGO, null, List.of(), ElectionOutcome.ACCLAMATION, null);
        assertEquals("Rodrigo Ubilla Mackenney, Vice-Minister of the Interior of Chile, was nominated as the Chair of this"
                + " meeting. The nomination was adopted by acclamation.", prose.election(titled));
    }

    @Test
    void anOtherOfficeUsesItsLabel() {
        Election e = new Election(1L, Office.OTHER, "the Second Vice Chair", NO_TITLE, BRAZIL, List.of(), ElectionOutcome.ACCLAMATION,
                null);
        assertEquals("The delegation of Brazil nominated Ana Pérez as the Second Vice Chair of this meeting."
                + " The nomination was adopted by acclamation.", prose.election(e));
    }

    // ---- adoptions ----

    private static Part session(Integer number) {
        return new Part(1L, PartKind.SESSION, number, null, null, null, null, null, List.of());
    }

    @Test
    void theAdoptionsLeadNamesTheSessionByItsOrdinal() {
        assertEquals("During the first session, the plenary also adopted the following documents:", prose.adoptionsLead(session(1)));
        assertEquals("During the second session, the plenary also adopted the following documents:", prose.adoptionsLead(session(2)));
        assertEquals("During the fourth session, the plenary also adopted the following documents:", prose.adoptionsLead(session(4)));
        assertEquals("During the twelfth session, the plenary also adopted the following documents:", prose.adoptionsLead(session(12)));
    }

    @Test
    void pastTheTwelfthTheSessionIsNumbered() {
        assertEquals("During session 13, the plenary also adopted the following documents:", prose.adoptionsLead(session(13)));
    }

    @Test
    void oneAdoptedDocumentIsSingularAndAPartWithoutNumberIsNotNamed() {
        assertEquals("During the fourth session, the plenary also adopted the following document:", prose.adoptionsLead(session(4), 1));
        assertEquals("The plenary also adopted the following documents:", prose.adoptionsLead(session(null)));
    }

    private static Adoption adoption(long document, AdoptionOutcome outcome, AmendmentRequest... requests) {
        return new Adoption(1L, document, outcome, List.of(requests));
    }

    @Test
    void aDocumentWithoutTitleIsListedBySymbol() {
        assertEquals("MISPA-III/RE/INF.12/10", prose.adoptedDocumentLine(adoption(UNTITLED, AdoptionOutcome.ADOPTED)));
        assertEquals("Draft Schedule (MISPA-III/RE/doc. 3/10 Rev. 3)",
                prose.adoptedDocumentLine(adoption(SCHEDULE, AdoptionOutcome.ADOPTED)));
    }

    @Test
    void onlyAdoptedDocumentsAreListed() {
        List<Adoption> all = List.of(adoption(SCHEDULE, AdoptionOutcome.ADOPTED), adoption(SCHEDULE, AdoptionOutcome.DEFERRED),
                adoption(SCHEDULE, AdoptionOutcome.ADOPTED_AS_AMENDED), adoption(SCHEDULE, AdoptionOutcome.NOT_ADOPTED),
                adoption(SCHEDULE, AdoptionOutcome.PENDING));
        assertEquals(List.of(all.get(0), all.get(2)), prose.adopted(all));
    }

    @Test
    void severalRequestsAreJoinedOnThePartOfEachDelegation() {
        Adoption a = adoption(SCHEDULE, AdoptionOutcome.ADOPTED_AS_AMENDED,
                new AmendmentRequest(ST_KITTS, "move the presentation from session six to session four"),
                new AmendmentRequest(MEXICO, "add a session on police management"));
        assertEquals(Optional.of("The Draft Schedule was adopted after taking into consideration requests on the part of the"
                + " delegation of St. Kitts and Nevis to move the presentation from session six to session four and of the"
                + " delegation of Mexico to add a session on police management."), prose.adoptionNote(a));
    }

    @Test
    void aDeferredAdoptionSaysSo() {
        assertEquals(Optional.of("The adoption of the Draft Schedule was deferred."),
                prose.adoptionNote(adoption(SCHEDULE, AdoptionOutcome.DEFERRED)));
    }

    @Test
    void aDocumentNotAdoptedSaysSo() {
        assertEquals(Optional.of("The Draft Schedule was not adopted."),
                prose.adoptionNote(adoption(SCHEDULE, AdoptionOutcome.NOT_ADOPTED)));
        assertEquals(Optional.of("Document MISPA-III/RE/INF.12/10 was not adopted."),
                prose.adoptionNote(adoption(UNTITLED, AdoptionOutcome.NOT_ADOPTED)));
    }

    @Test
    void anAdoptionWithoutAmendmentsOrPendingHasNoNote() {
        assertTrue(prose.adoptionNote(adoption(SCHEDULE, AdoptionOutcome.ADOPTED)).isEmpty());
        assertTrue(prose.adoptionNote(adoption(SCHEDULE, AdoptionOutcome.PENDING)).isEmpty());
    }

    // ---- positions and outcomes ----

    private static Proposal proposal(ProposalOutcome outcome, String outcomeText) {
        return new Proposal(1L, TRINIDAD, null, "Police Management", null, List.of(), outcome, outcomeText);
    }

    private String position(long delegation, Stance stance, String note, Long... seconders) {
        return prose.position(new ProposalPosition(1L, delegation, stance, note, List.of(seconders)),
                proposal(ProposalOutcome.PENDING, null));
    }

    @Test
    void supportNamesTheProposer() {
        assertEquals("The delegation of Mexico expressed its support for the proposal of Trinidad and Tobago.",
                position(MEXICO, Stance.SUPPORTS, "expressed its support for Trinidad and Tobago’s proposal"));
    }

    @Test
    void secondingNamesTheProposer() {
        assertEquals("The delegation of Mexico seconded the proposal of Trinidad and Tobago.", position(MEXICO, Stance.SECONDS, null));
    }

    @Test
    void askingToAddAnItemQuotesTheItemAndListsTheSeconders() {
        assertEquals("The delegation of Mexico asked that “Development of a System of Connectivity and Monitoring of Police"
                + " Management” also be included as an item on the agenda. Trinidad and Tobago seconded this request.",
                position(MEXICO, Stance.ASKS_TO_ADD_ITEM, "Development of a System of Connectivity and Monitoring of Police Management",
                        TRINIDAD));
        assertEquals("The delegation of Mexico asked that “Airport Security” also be included as an item on the agenda."
                + " Colombia and the Dominican Republic seconded this request.",
                position(MEXICO, Stance.ASKS_TO_ADD_ITEM, "Airport Security", COLOMBIA, DOMINICAN_REPUBLIC));
        assertEquals("The delegation of Mexico asked that an item be added to the agenda.",
                position(MEXICO, Stance.ASKS_TO_ADD_ITEM, null));
    }

    @Test
    void aSeconderAtTheStartOfASentenceIsCapitalized() {
        assertEquals("The delegation of Mexico asked that “Airport Security” also be included as an item on the agenda."
                + " The Dominican Republic seconded this request.",
                position(MEXICO, Stance.ASKS_TO_ADD_ITEM, "Airport Security", DOMINICAN_REPUBLIC));
    }

    @Test
    void needingToConsultSaysSo() {
        assertEquals("The delegation of Brazil needed time to consult within its government.",
                position(BRAZIL, Stance.NEEDS_TO_CONSULT, "not yet in a position to support the proposal"));
    }

    @Test
    void concernsSaySo() {
        assertEquals("The delegation of Brazil expressed concerns about the proposal.", position(BRAZIL, Stance.HAS_CONCERNS, null));
    }

    @Test
    void oppositionSaysSo() {
        assertEquals("The delegation of Paraguay opposed the proposal.", position(PARAGUAY, Stance.OPPOSES, null));
    }

    @Test
    void aCommentSaysSo() {
        assertEquals("The delegation of Paraguay commented on the proposal.", position(PARAGUAY, Stance.COMMENTS, "a comment"));
    }

    @Test
    void secondersOfAnotherStanceJoinThePosition() {
        assertEquals("The delegation of Brazil expressed concerns about the proposal. Paraguay joined this position.",
                position(BRAZIL, Stance.HAS_CONCERNS, null, PARAGUAY));
    }

    @Test
    void eachProposalOutcomeHasItsSentence() {
        assertEquals("The proposal of Trinidad and Tobago was adopted.", prose.proposalOutcome(proposal(ProposalOutcome.ADOPTED, null)));
        assertEquals("The proposal of Trinidad and Tobago was not adopted.",
                prose.proposalOutcome(proposal(ProposalOutcome.NOT_ADOPTED, null)));
        assertEquals("The proposal of Trinidad and Tobago was withdrawn.",
                prose.proposalOutcome(proposal(ProposalOutcome.WITHDRAWN, null)));
        assertEquals("The proposal of Trinidad and Tobago was forwarded.",
                prose.proposalOutcome(proposal(ProposalOutcome.FORWARDED, null)));
        assertEquals("", prose.proposalOutcome(proposal(ProposalOutcome.PENDING, "forwarded somewhere")));
    }

    @Test
    void aProposalWithoutProposerIsTheProposal() {
        Proposal p = new Proposal(1L, null, null, null, null, List.of(), ProposalOutcome.ADOPTED, null);
        assertEquals("The proposal was adopted.", prose.proposalOutcome(p));
    }

    // ---- the rapporteur's own sentences ----

    @Test
    void anOverriddenElectionPrintsTheRapporteursSentenceAndStillKnowsTheGeneratedOne() {
        Election e = chair(List.of(COLOMBIA), ElectionOutcome.ACCLAMATION, null)
                .withProseOverride("Uruguay nominated Rodrigo Ubilla Mackenney; the proposal was seconded by Colombia.");

        assertEquals("Uruguay nominated Rodrigo Ubilla Mackenney; the proposal was seconded by Colombia.", prose.election(e));
        assertEquals(NOMINATION + "The nomination was seconded by the delegation of Colombia and adopted by acclamation.",
                prose.generatedElection(e));
    }

    @Test
    void anOverriddenAdoptionNoteReplacesTheGeneratedNoteEvenWhereNoneWouldBe() {
        Adoption asItStood = new Adoption(1L, SCHEDULE, AdoptionOutcome.ADOPTED, List.of());

        assertEquals(Optional.empty(), prose.adoptionNote(asItStood));
        assertEquals(Optional.of("The Draft Schedule was adopted without discussion."),
                prose.adoptionNote(asItStood.withProseOverride("The Draft Schedule was adopted without discussion.")));
    }

    @Test
    void overriddenPositionsAndOutcomesPrintTheRapporteursSentence() {
        Proposal p = proposal(ProposalOutcome.ADOPTED, null).withProseOverride("Adopted, to applause.");
        ProposalPosition position = new ProposalPosition(1L, PARAGUAY, Stance.OPPOSES, null, List.of())
                .withProseOverride("Paraguay could not join the consensus.");

        assertAll(() -> assertEquals("Adopted, to applause.", prose.proposalOutcome(p)),
                () -> assertEquals("The proposal of Trinidad and Tobago was adopted.", prose.generatedProposalOutcome(p)),
                () -> assertEquals("Paraguay could not join the consensus.", prose.position(position, p)),
                () -> assertEquals("The delegation of Paraguay opposed the proposal.",
                        prose.generatedPosition(position, p)));
    }

    @Test
    void aBlankOverrideIsNoOverride() {
        Election e = chair(List.of(), ElectionOutcome.ACCLAMATION, null).withProseOverride("   ");

        assertEquals(prose.generatedElection(e), prose.election(e));
    }

    // ---- lists ----

    @Test
    void listsJoinByTheBundlesPatterns() {
        ProseLists lists = new ProseLists(Locale.ENGLISH);
        assertEquals("", lists.join(List.of()));
        assertEquals("A", lists.join(List.of("A")));
        assertEquals("A and B", lists.join(List.of("A", "B")));
        assertEquals("A, B and C", lists.join(List.of("A", "B", "C")));
        assertEquals("A, B, C and D", lists.join(List.of("A", "B", "C", "D")));
    }

    @Test
    void aLanguageWithoutTranslationFallsBackToEnglishNotToTheMachinesLanguage() {
        Locale previous = Locale.getDefault();
        Locale.setDefault(Locale.FRENCH);
        try {
            assertEquals("The delegation of Paraguay opposed the proposal.",
                    new DecisionProse(meeting(), Locale.GERMAN).position(
                            new ProposalPosition(1L, PARAGUAY, Stance.OPPOSES, null, List.of()), proposal(ProposalOutcome.PENDING, null)));
        } finally {
            Locale.setDefault(previous);
        }
    }
}
