package org.rapporteur.service;

import static org.rapporteur.model.TextLimits.CODE;
import static org.rapporteur.model.TextLimits.HEADING;
import static org.rapporteur.model.TextLimits.NAME;
import static org.rapporteur.model.TextLimits.TEXT;
import static org.rapporteur.model.TextLimits.TITLE;

import org.rapporteur.model.Adoption;
import org.rapporteur.model.AgendaItem;
import org.rapporteur.model.Delegation;
import org.rapporteur.model.Document;
import org.rapporteur.model.Election;
import org.rapporteur.model.Entry;
import org.rapporteur.model.MeetingFacts;
import org.rapporteur.model.Part;
import org.rapporteur.model.Person;
import org.rapporteur.model.Proposal;
import org.rapporteur.text.Sentence;

/**
 * Checks an edit before it is queued: a text longer than the store holds is refused at once with a
 * sentence naming the field, so a huge paste never fails later on the writer thread.
 */
final class Edits {
    private Edits() {
    }

    static void check(MeetingFacts f) {
        fit(f.title(), HEADING, "field.meetingTitle");
        fit(f.organization(), HEADING, "field.organization");
        fit(f.series(), CODE, "field.series");
        fit(f.reportSymbol(), CODE, "field.reportSymbol");
        fit(f.reportTitle(), HEADING, "field.reportTitle");
        fit(f.venue().city(), CODE, "field.city");
        fit(f.venue().country(), CODE, "field.country");
        fit(f.mandate(), TEXT, "field.mandate");
    }

    static void check(Delegation d) {
        fit(d.name(), NAME, "field.delegationName");
        fit(d.proseName(), NAME, "field.proseName");
        d.aliases().forEach(a -> fit(a, NAME, "field.alias"));
    }

    static void check(Person p) {
        fit(p.name(), NAME, "field.personName");
        fit(p.honorific(), CODE, "field.honorific");
        fit(p.title(), TITLE, "field.personTitle");
    }

    static void check(Document d) {
        fit(d.symbol(), CODE, "field.symbol");
        fit(d.title(), TITLE, "field.documentTitle");
    }

    static void check(Part p) {
        fit(p.chairCapacity(), TITLE, "field.chairCapacity");
        fit(p.introduction(), TEXT, "field.introduction");
        p.items().forEach(Edits::check);
    }

    static void check(AgendaItem i) {
        fit(i.title(), TITLE, "field.itemTitle");
        fit(i.introduction(), TEXT, "field.introduction");
        i.entries().forEach(Edits::check);
    }

    static void check(Entry e) {
        fit(e.speakerTitle(), TITLE, "field.speakerTitle");
        fit(e.subject(), TITLE, "field.subject");
        fit(e.summary(), TEXT, "field.summary");
    }

    static void check(Election e) {
        fit(e.officeLabel(), NAME, "field.officeLabel");
        fit(e.proseOverride(), TEXT, "field.proseOverride");
    }

    static void check(Adoption a) {
        a.amendments().forEach(am -> fit(am.request(), TEXT, "field.amendment"));
        fit(a.proseOverride(), TEXT, "field.proseOverride");
    }

    static void check(Proposal p) {
        fit(p.title(), TITLE, "field.proposalTitle");
        fit(p.summary(), TEXT, "field.summary");
        fit(p.outcomeText(), TEXT, "field.outcome");
        fit(p.proseOverride(), TEXT, "field.proseOverride");
        p.positions().forEach(s -> {
            fit(s.note(), TEXT, "field.note");
            fit(s.proseOverride(), TEXT, "field.proseOverride");
        });
    }

    private static void fit(String text, int max, String fieldKey) {
        if (text != null && text.length() > max) {
            throw new ServiceException(Sentence.of("edit.tooLong", Sentence.of(fieldKey),
                    String.valueOf(text.length()), String.valueOf(max)), null);
        }
    }
}
