package org.rapporteur.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.rapporteur.model.Adoption;
import org.rapporteur.model.AgendaItem;
import org.rapporteur.model.Election;
import org.rapporteur.model.Meeting;
import org.rapporteur.model.Part;
import org.rapporteur.model.Proposal;
import org.rapporteur.model.ProposalPosition;
import org.rapporteur.report.DecisionProse;

/**
 * Every decision of a meeting — elections, adoptions, proposals and the positions taken on them — in the order
 * they happened, each with the sentence the report will print for it and the item it belongs to: the decisions
 * panel's rows.
 */
public final class DecisionList {
    private DecisionList() {
    }

    /** What kind of decision a row is. */
    public enum Kind { ELECTION, ADOPTION, PROPOSAL, POSITION }

    /**
     * One decision, where it happened, and its sentences.
     *
     * @param id        the election's, adoption's, proposal's or position's id
     * @param sentence  the row as shown: for an adoption, the document's line and the note after it
     * @param printed   the sentence the rapporteur may put in their own words, as the report prints it now (for
     *                  an adoption, the note; empty when there is none)
     * @param generated that sentence as generated from the record
     */
    public record Decision(Kind kind, long id, long partId, long itemId, String sentence, String printed,
                           String generated, boolean overridden) {
    }

    public static List<Decision> of(Meeting meeting, Locale locale) {
        return of(meeting, null, locale);
    }

    /** The decisions of one item only: its sentences are the only ones generated. */
    public static List<Decision> ofItem(Meeting meeting, long itemId, Locale locale) {
        return of(meeting, itemId, locale);
    }

    private static List<Decision> of(Meeting meeting, Long onlyItem, Locale locale) {
        DecisionProse prose = new DecisionProse(meeting, locale);
        List<Decision> all = new ArrayList<>();
        for (Part part : meeting.parts()) {
            for (AgendaItem item : part.items()) {
                if (onlyItem != null && !onlyItem.equals(item.id())) {
                    continue;
                }
                for (Election e : item.elections()) {
                    String printed = prose.election(e);
                    all.add(new Decision(Kind.ELECTION, e.id(), part.id(), item.id(), printed, printed,
                            prose.generatedElection(e), e.proseOverride() != null));
                }
                for (Adoption a : item.adoptions()) {
                    String line = prose.adoptedDocumentLine(a);
                    String note = prose.adoptionNote(a).orElse("");
                    String sentence = note.isEmpty() ? line : line + " \u2014 " + note;
                    all.add(new Decision(Kind.ADOPTION, a.id(), part.id(), item.id(), sentence, note,
                            prose.generatedAdoptionNote(a).orElse(""), a.proseOverride() != null));
                }
                for (Proposal p : item.proposals()) {
                    for (ProposalPosition s : p.positions()) {
                        String printed = prose.position(s, p);
                        all.add(new Decision(Kind.POSITION, s.id(), part.id(), item.id(), printed, printed,
                                prose.generatedPosition(s, p), s.proseOverride() != null));
                    }
                    String printed = prose.proposalOutcome(p);
                    all.add(new Decision(Kind.PROPOSAL, p.id(), part.id(), item.id(), printed, printed,
                            prose.generatedProposalOutcome(p), p.proseOverride() != null));
                }
            }
        }
        return all;
    }
}
