package org.rapporteur.report;

import java.util.ArrayList;
import java.util.List;
import org.rapporteur.model.AgendaItem;
import org.rapporteur.model.Entry;
import org.rapporteur.model.Meeting;
import org.rapporteur.model.Part;
import org.rapporteur.model.Proposal;
import org.rapporteur.model.ProposalPosition;

/** A text the rapporteur typed, and where it is: what the draft check reads for spellings. */
record PlacedText(String text, Place place) {

    /**
     * Every typed text of the meeting that the report prints, in the report's order. An entry's own title for
     * its speaker is not among them: the check compares it with the speaker's listed title instead.
     */
    static List<PlacedText> of(Meeting meeting) {
        List<PlacedText> texts = new ArrayList<>();
        add(texts, meeting.facts().mandate(), Place.MEETING);
        for (Part part : meeting.parts()) {
            add(texts, part.chairCapacity(), Place.of(part));
            add(texts, part.introduction(), Place.of(part));
            for (AgendaItem item : part.items()) {
                Place here = Place.of(part, item);
                add(texts, item.title(), here);
                add(texts, item.introduction(), here);
                item.adoptions().forEach(a -> a.amendments().forEach(r -> add(texts, r.request(), here)));
                for (Entry entry : item.entries()) {
                    Place at = Place.of(part, item, entry);
                    add(texts, entry.subject(), at);
                    add(texts, entry.summary(), at);
                }
                for (Proposal p : item.proposals()) {
                    add(texts, p.title(), here);
                    add(texts, p.summary(), here);
                    add(texts, p.outcomeText(), here);
                    p.positions().stream().map(ProposalPosition::note).forEach(n -> add(texts, n, here));
                }
            }
        }
        return texts;
    }

    private static void add(List<PlacedText> texts, String text, Place place) {
        if (text != null && !text.isBlank()) {
            texts.add(new PlacedText(text, place));
        }
    }
}
