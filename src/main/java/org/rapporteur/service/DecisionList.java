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
import org.rapporteur.report.DecisionProse;

/**
 * Every decision of a meeting — elections, adoptions, proposals — in the order they happened, each with
 * the sentence the report will print for it and the item it belongs to: the decisions panel's rows.
 */
public final class DecisionList {
    private DecisionList() {
    }

    /** What kind of decision a row is. */
    public enum Kind { ELECTION, ADOPTION, PROPOSAL }

    /** One decision, where it happened, and its generated sentence. */
    public record Decision(Kind kind, long id, long partId, long itemId, String sentence) {
    }

    public static List<Decision> of(Meeting meeting, Locale locale) {
        DecisionProse prose = new DecisionProse(meeting, locale);
        List<Decision> all = new ArrayList<>();
        for (Part part : meeting.parts()) {
            for (AgendaItem item : part.items()) {
                for (Election e : item.elections()) {
                    all.add(new Decision(Kind.ELECTION, e.id(), part.id(), item.id(), prose.election(e)));
                }
                for (Adoption a : item.adoptions()) {
                    String line = prose.adoptedDocumentLine(a);
                    String sentence = prose.adoptionNote(a).map(note -> line + " \u2014 " + note).orElse(line);
                    all.add(new Decision(Kind.ADOPTION, a.id(), part.id(), item.id(), sentence));
                }
                for (Proposal p : item.proposals()) {
                    all.add(new Decision(Kind.PROPOSAL, p.id(), part.id(), item.id(), prose.proposalOutcome(p)));
                }
            }
        }
        return all;
    }

    public static List<Decision> ofItem(Meeting meeting, long itemId, Locale locale) {
        return of(meeting, locale).stream().filter(d -> d.itemId() == itemId).toList();
    }
}
