package org.rapporteur.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.rapporteur.model.Adoption;
import org.rapporteur.model.AdoptionOutcome;
import org.rapporteur.model.AmendmentRequest;
import org.rapporteur.model.Election;
import org.rapporteur.model.ElectionOutcome;
import org.rapporteur.model.Meeting;
import org.rapporteur.model.Office;
import org.rapporteur.model.Part;
import org.rapporteur.model.PartKind;
import org.rapporteur.model.Proposal;
import org.rapporteur.model.ProposalOutcome;
import org.rapporteur.model.ProposalPosition;
import org.rapporteur.model.Stance;
import org.rapporteur.model.VoteCount;

class ProseBundleTest {
    private final ResourceBundle bundle = ResourceBundle.getBundle(Prose.BUNDLE, Locale.ROOT);

    @Test
    void everyListedKeyIsInTheBundleAndParses() {
        for (String key : Prose.KEYS) {
            assertTrue(bundle.containsKey(key), "prose.properties has no key " + key);
            new MessageFormat(bundle.getString(key), Locale.ENGLISH);
        }
    }

    @Test
    void theBundleHoldsNoKeyTheCodeDoesNotList() {
        Set<String> unlisted = new TreeSet<>(bundle.keySet());
        unlisted.removeAll(Prose.KEYS);
        assertEquals(Set.of(), unlisted);
    }

    @Test
    void everyKeyTheCodeAsksForIsListed() {
        List<String> asked = new ArrayList<>();
        Prose prose = new Prose(Locale.ENGLISH, asked::add);
        Meeting m = DecisionProseTest.meeting();
        DecisionProse decisions = new DecisionProse(m, prose);
        exerciseEveryBranch(decisions, new ProseLists(prose));
        ReportFixtures.composeEveryBranch(prose);

        Set<String> notListed = new TreeSet<>(asked);
        notListed.removeAll(Prose.KEYS);
        assertEquals(Set.of(), notListed, "keys asked for but missing from Prose.KEYS");
        Set<String> neverAsked = new TreeSet<>(Prose.KEYS);
        neverAsked.removeAll(asked);
        assertEquals(Set.of(), neverAsked, "keys listed but not reached by this test");
    }

    private static void exerciseEveryBranch(DecisionProse d, ProseLists lists) {
        lists.join(List.of("A", "B", "C", "D"));
        List<List<Long>> seconders = List.of(List.of(), List.of(DecisionProseTest.COLOMBIA));
        for (Office office : Office.values()) {
            for (String label : new String[] {null, "the Treasurer"}) {
                d.election(new Election(1L, office, label, DecisionProseTest.GLEN, DecisionProseTest.URUGUAY, List.of(),
                        ElectionOutcome.ACCLAMATION, null));
            }
        }
        for (Long nominee : new Long[] {DecisionProseTest.RODRIGO, DecisionProseTest.NO_TITLE, null}) {
            d.election(new Election(1L, Office.CHAIR, null, nominee, null, List.of(), ElectionOutcome.PENDING, null));
        }
        for (ElectionOutcome outcome : ElectionOutcome.values()) {
            for (List<Long> s : seconders) {
                for (VoteCount votes : new VoteCount[] {null, new VoteCount(1, 2, 3)}) {
                    d.election(new Election(1L, Office.CHAIR, null, DecisionProseTest.RODRIGO, DecisionProseTest.URUGUAY, s, outcome,
                            votes));
                }
            }
        }
        for (int n = 1; n <= 13; n++) {
            d.adoptionsLead(new Part(1L, PartKind.SESSION, n, null, null, null, null, null, List.of()));
        }
        d.adoptionsLead(null);
        for (long document : new long[] {DecisionProseTest.SCHEDULE, DecisionProseTest.UNTITLED}) {
            for (AdoptionOutcome outcome : AdoptionOutcome.values()) {
                Adoption plain = new Adoption(1L, document, outcome, List.of());
                d.adoptedDocumentLine(plain);
                d.adoptionNote(plain);
                d.adoptionNote(new Adoption(1L, document, outcome, List.of(
                        new AmendmentRequest(DecisionProseTest.MEXICO, "add"), new AmendmentRequest(DecisionProseTest.BRAZIL, "move"))));
                d.adoptionNote(new Adoption(1L, document, outcome, List.of(new AmendmentRequest(null, "add"))));
            }
        }
        Proposal withProposer = new Proposal(1L, DecisionProseTest.TRINIDAD, null, null, null, List.of(), ProposalOutcome.PENDING, null);
        Proposal withoutProposer = new Proposal(1L, null, null, null, null, List.of(), ProposalOutcome.PENDING, null);
        for (Stance stance : Stance.values()) {
            for (String note : new String[] {null, "a note"}) {
                for (List<Long> s : seconders) {
                    ProposalPosition p = new ProposalPosition(1L, DecisionProseTest.MEXICO, stance, note, s);
                    d.position(p, withProposer);
                    d.position(p, withoutProposer);
                }
            }
        }
        for (ProposalOutcome outcome : ProposalOutcome.values()) {
            for (String text : new String[] {null, "sent on"}) {
                d.proposalOutcome(new Proposal(1L, DecisionProseTest.TRINIDAD, null, null, null, List.of(), outcome, text));
            }
        }
    }
}
