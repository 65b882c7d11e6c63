package org.rapporteur.report;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.rapporteur.model.AgendaItem;
import org.rapporteur.model.Delegation;
import org.rapporteur.model.DelegationKind;
import org.rapporteur.model.Document;
import org.rapporteur.model.DocumentKind;
import org.rapporteur.model.Entry;
import org.rapporteur.model.EntryKind;
import org.rapporteur.model.Language;
import org.rapporteur.model.Meeting;
import org.rapporteur.model.MeetingFacts;
import org.rapporteur.model.Part;
import org.rapporteur.model.PartKind;
import org.rapporteur.model.Person;
import org.rapporteur.model.Proposal;
import org.rapporteur.model.ProposalOutcome;
import org.rapporteur.model.ProposalPosition;
import org.rapporteur.model.Stance;
import org.rapporteur.model.Venue;
import org.rapporteur.service.SampleMeeting;

/**
 * A small meeting made to reach the corners of the report the sample does not: an observer, a session
 * without number, chairs known by title only, by delegation only or by name only, an entry citing two
 * documents, timed interventions, a speaker of no delegation, proposals without titles.
 */
final class ReportFixtures {
    static final long CANADA = 1;
    static final long MEXICO = 2;
    static final long BRAZIL = 3;
    static final long HOLY_SEE = 4;
    static final long IDB = 5;
    static final long SECRETARIAT = 6;

    static final long MINISTER = 11;
    static final long DELEGATE = 12;
    static final long GUEST = 13;
    static final long AMBASSADOR = 14;

    static final long RESOLUTION = 21;
    static final long INFO = 22;
    static final long NOTE = 23;
    static final long LIST = 24;

    private ReportFixtures() {
    }

    static Meeting varied(Language language, LocalDate start, LocalDate end, Venue venue) {
        List<Delegation> delegations = List.of(
                new Delegation(CANADA, "Canada", null, DelegationKind.MEMBER_STATE, true, List.of()),
                new Delegation(MEXICO, "Mexico", null, DelegationKind.MEMBER_STATE, true, List.of()),
                new Delegation(BRAZIL, "Brazil", null, DelegationKind.MEMBER_STATE, false, List.of()),
                new Delegation(HOLY_SEE, "Holy See", "the Holy See", DelegationKind.OBSERVER, true, List.of()),
                new Delegation(IDB, "Inter-American Development Bank", null, DelegationKind.INTERNATIONAL_ORGANIZATION, true,
                        List.of()),
                new Delegation(SECRETARIAT, "General Secretariat of the OAS", null, DelegationKind.SECRETARIAT, true, List.of()));
        List<Person> persons = List.of(
                new Person(MINISTER, "Ana Pérez", "Mrs.", "Minister of Foreign Affairs of Mexico", MEXICO),
                new Person(DELEGATE, "John Smith", null, null, CANADA),
                new Person(GUEST, "Lee Wong", "Dr.", null, null),
                new Person(AMBASSADOR, "Marie Tremblay", "Ambassador", "Permanent Representative of Canada", CANADA));
        List<Document> documents = List.of(
                new Document(RESOLUTION, "CP/RES. 1 (20/20)", "Resolution", DocumentKind.RESOLUTION),
                new Document(INFO, "CP/INF.2/20", null, DocumentKind.INFORMATION_DOCUMENT),
                new Document(NOTE, "Note 7", "A note", DocumentKind.OTHER),
                new Document(LIST, "CP/doc.3/20", "List of participants", DocumentKind.WORKING_DOCUMENT));
        LocalDateTime nine = LocalDateTime.of(2020, 3, 2, 9, 0);
        List<Entry> entries = List.of(
                new Entry(31L, EntryKind.SPEECH, AMBASSADOR, CANADA, null, null, List.of(RESOLUTION, INFO),
                        "She opened the meeting.", nine, nine.plusMinutes(6)),
                new Entry(32L, EntryKind.PRESENTATION, null, MEXICO, null, "Safe Streets", List.of(INFO),
                        "Mexico presented Safe Streets (CP/INF.2/20).", null, null),
                new Entry(33L, EntryKind.PRESENTATION, null, null, null, "Untold", List.of(), "", null, null),
                new Entry(34L, EntryKind.STATEMENT, GUEST, null, null, null, List.of(), "Dr. Wong asked a question.", null, null),
                new Entry(35L, EntryKind.QUESTION, null, null, null, null, List.of(), null, null, null));
        List<Proposal> proposals = List.of(
                new Proposal(41L, MEXICO, null, null, "A summary.",
                        List.of(new ProposalPosition(42L, CANADA, Stance.SUPPORTS, null, List.of())), ProposalOutcome.ADOPTED, null),
                new Proposal(43L, null, null, null, null, List.of(), ProposalOutcome.PENDING, null));
        AgendaItem item = new AgendaItem(51L, "Item with a document", NOTE, null, entries, List.of(), List.of(), List.of(), proposals);
        List<Part> parts = new ArrayList<>();
        parts.add(new Part(61L, PartKind.SESSION, 1, 1, start, MINISTER, null, null, List.of(item)));
        parts.add(new Part(62L, PartKind.SESSION, null, 1, start, DELEGATE, null, null, List.of()));
        parts.add(new Part(63L, PartKind.SESSION, 2, 2, end, GUEST, null, null, List.of()));
        parts.add(new Part(64L, PartKind.SESSION, 3, 3, end, AMBASSADOR, "as the host", null, List.of()));
        MeetingFacts facts = new MeetingFacts("Regular Meeting of the Permanent Council", "OAS", "OEA/Ser.G", "CP/doc.9/20",
                null, venue, start, end, language, null);
        return new Meeting(70L, facts, null, LIST, delegations, persons, documents, parts);
    }

    /** Composes enough reports that every template of the report is used at least once; returns them. */
    static List<Report> composeEveryBranch(Prose prose) {
        ReportOptions everything = new ReportOptions(EnumSet.allOf(Annex.class), LocalDate.of(2020, 3, 4));
        List<Report> reports = new ArrayList<>();
        reports.add(new ReportComposer(SampleMeeting.load(), prose, everything).compose());
        Venue santiago = new Venue("Santiago", "Chile");
        LocalDate march = LocalDate.of(2020, 3, 2);
        for (Language language : Language.values()) {
            reports.add(new ReportComposer(varied(language, march, march, santiago), prose, everything).compose());
        }
        // Every way two dates may stand apart: two days running within a month, across months, across years; longer.
        LocalDate[][] spans = {
            {march, LocalDate.of(2020, 4, 1)}, {LocalDate.of(2019, 12, 31), march}, {march, march.plusDays(1)},
            {LocalDate.of(2020, 3, 31), LocalDate.of(2020, 4, 1)}, {LocalDate.of(2019, 12, 31), LocalDate.of(2020, 1, 1)},
            {LocalDate.of(2020, 3, 1), LocalDate.of(2020, 3, 4)}};
        for (LocalDate[] span : spans) {
            reports.add(new ReportComposer(varied(Language.EN, span[0], span[1], new Venue(null, "Chile")), prose, everything)
                    .compose());
        }
        reports.add(new ReportComposer(varied(Language.EN, march, null, new Venue(null, null)), prose, everything).compose());
        reports.add(new ReportComposer(varied(Language.EN, null, null, santiago), prose, everything).compose());
        reports.add(new ReportComposer(varied(Language.EN, null, null, new Venue(null, null)), prose, everything).compose());
        return reports;
    }
}
