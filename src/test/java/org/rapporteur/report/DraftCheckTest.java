package org.rapporteur.report;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.rapporteur.model.AgendaItem;
import org.rapporteur.model.Delegation;
import org.rapporteur.model.DelegationKind;
import org.rapporteur.model.Document;
import org.rapporteur.model.DocumentKind;
import org.rapporteur.model.Election;
import org.rapporteur.model.ElectionOutcome;
import org.rapporteur.model.Entry;
import org.rapporteur.model.EntryKind;
import org.rapporteur.model.Language;
import org.rapporteur.model.Meeting;
import org.rapporteur.model.MeetingFacts;
import org.rapporteur.model.Office;
import org.rapporteur.model.Part;
import org.rapporteur.model.PartKind;
import org.rapporteur.model.Person;
import org.rapporteur.service.SampleMeeting;

class DraftCheckTest {
    private static final long CHILE = 1;
    private static final long PERU = 2;
    private static final long SECRETARIAT = 3;
    private static final long MEJIA = 11;
    private static final long UBILLA = 12;
    private static final long DIAZ = 13;
    private static final long SANTA_MARIA = 14;
    private static final long CHAIR = 15;
    private static final long PART = 31;
    private static final long ITEM = 32;

    private static final List<Delegation> DELEGATIONS = List.of(
            new Delegation(CHILE, "Chile", null, DelegationKind.MEMBER_STATE, true, List.of()),
            new Delegation(PERU, "Peru", null, DelegationKind.MEMBER_STATE, false, List.of()),
            new Delegation(SECRETARIAT, "General Secretariat of the OAS", null, DelegationKind.SECRETARIAT, true, List.of()));
    private static final List<Person> PERSONS = List.of(
            new Person(MEJIA, "Adriana Mejía Hernández", "Mrs.", "Director of the Department of Public Security", SECRETARIAT),
            new Person(UBILLA, "Rodrigo Ubilla Mackenney", null, "Vice-Minister of the Interior of Chile", CHILE),
            new Person(DIAZ, "Ana Maria Diaz", null, "Specialist", SECRETARIAT),
            new Person(SANTA_MARIA, "Carolina Santa María", "Mrs.", null, SECRETARIAT),
            new Person(CHAIR, "Franklin Almeyda", "Mr.", "Minister", null));

    private static Entry entry(long id, Long person, Long delegation, String speakerTitle, String summary) {
        return new Entry(id, EntryKind.STATEMENT, person, delegation, speakerTitle, null, List.of(), summary, null, null);
    }

    private static Meeting meeting(List<Person> persons, List<Document> documents, AgendaItem item) {
        Part session = new Part(PART, PartKind.SESSION, 1, 1, null, CHAIR, null, null, List.of(item));
        MeetingFacts facts = new MeetingFacts("Meeting", null, null, null, null, null, null, null, Language.EN, null);
        return new Meeting(1L, facts, null, null, DELEGATIONS, persons, documents, List.of(session));
    }

    private static Meeting withEntries(Entry... entries) {
        return meeting(PERSONS, List.of(), item(List.of(entries), List.of()));
    }

    private static AgendaItem item(List<Entry> entries, List<Election> elections) {
        return new AgendaItem(ITEM, "Item", null, null, entries, List.of(), elections, List.of(), List.of());
    }

    private static List<String> said(List<DraftWarning> warnings) {
        return warnings.stream().map(w -> w.sentence().in(Locale.ENGLISH)).toList();
    }

    private static List<DraftWarning> check(Meeting meeting, DraftWarning.Kind kind) {
        return DraftCheck.of(meeting).stream().filter(w -> w.kind() == kind).toList();
    }

    @Test
    void aNameWrittenWithoutItsAccentIsFoundWhereItIsWritten() {
        List<DraftWarning> warnings = check(withEntries(entry(21, null, CHILE, null, "Adriana Mejia presented the study.")),
                DraftWarning.Kind.NAME_SPELLING);
        assertAll(() -> assertEquals(List.of("Adriana Mejía Hernández is written \u201cAdriana Mejia\u201d here."), said(warnings)),
                () -> assertEquals(new Place(PART, ITEM, 21L), warnings.getFirst().place()));
    }

    @Test
    void aSurnameAloneIsFoundOnlyWhenNoOtherPersonHasItAndNothingWhenWrittenRight() {
        Meeting meeting = withEntries(entry(21, null, CHILE, null, "Ms. Mejia noted it."),
                entry(22, null, CHILE, null, "Mrs. Mejía and Mrs. Carolina Santa María thanked Ana Maria Diaz."),
                entry(23, null, CHILE, null, "María and Maria are two persons' names here."));
        List<DraftWarning> warnings = check(meeting, DraftWarning.Kind.NAME_SPELLING);
        assertAll(() -> assertEquals(List.of("Adriana Mejía Hernández is written \u201cMejia\u201d here."), said(warnings)),
                () -> assertEquals(21L, warnings.getFirst().place().entryId()));
    }

    @Test
    void twoPersonsOfTheListWhoseNamesDifferOnlyByAccentsOrByASurnameLookLikeOne() {
        List<Person> persons = List.of(PERSONS.get(0), new Person(99L, "Adriana Mejia", null, null, SECRETARIAT), PERSONS.get(2));
        List<DraftWarning> warnings = check(meeting(persons, List.of(), item(List.of(), List.of())), DraftWarning.Kind.NAME_SPELLING);
        assertAll(() -> assertEquals(List.of("Adriana Mejía Hernández and Adriana Mejia look like one person written two ways."),
                        said(warnings)),
                () -> assertEquals(Place.MEETING, warnings.getFirst().place()));
    }

    @Test
    void aTitleWrittenWithASpaceForTheHyphenIsOneTitleSpelledTwoWays() {
        List<DraftWarning> warnings = check(withEntries(entry(21, UBILLA, CHILE, "Vice Minister of the Interior of Chile", "He spoke.")),
                DraftWarning.Kind.TITLE);
        assertEquals(List.of("The title of Rodrigo Ubilla Mackenney is written \u201cVice Minister of the Interior of Chile\u201d here but"
                + " \u201cVice-Minister of the Interior of Chile\u201d in the list of participants."), said(warnings));
    }

    @Test
    void aWordOfATitleWrittenOtherwiseInATextIsFound() {
        List<DraftWarning> warnings = check(withEntries(entry(21, null, CHILE, null, "The Vice Minister thanked the delegates.")),
                DraftWarning.Kind.TITLE);
        assertAll(() -> assertEquals(List.of("\u201cVice-Minister\u201d, as the title of Rodrigo Ubilla Mackenney has it, is written"
                        + " \u201cVice Minister\u201d here."), said(warnings)),
                () -> assertEquals(21L, warnings.getFirst().place().entryId()));
    }

    @Test
    void anotherTitleIsFoundButAShorteningOfTheListedOneIsNot() {
        Meeting meeting = withEntries(entry(21, MEJIA, SECRETARIAT, "Director of the Department", "She replied."),
                entry(22, MEJIA, SECRETARIAT, "Head of the Legal Department", "She replied again."));
        assertEquals(List.of("Adriana Mejía Hernández has the title \u201cHead of the Legal Department\u201d here but \u201cDirector of the"
                + " Department of Public Security\u201d in the list of participants."), said(check(meeting, DraftWarning.Kind.TITLE)));
    }

    @Test
    void aDelegationThatSpokeOrSecondedButIsNotPresentIsNamedOnceWhereItFirstDid() {
        Election election = new Election(41L, Office.CHAIR, null, UBILLA, CHILE, List.of(PERU), ElectionOutcome.ACCLAMATION, null);
        Meeting meeting = meeting(PERSONS, List.of(), item(List.of(entry(21, null, CHILE, null, "Chile spoke."),
                entry(22, null, PERU, null, "Peru spoke."), entry(23, null, PERU, null, "Peru spoke again.")), List.of(election)));
        List<DraftWarning> warnings = check(meeting, DraftWarning.Kind.NOT_PRESENT);
        assertAll(() -> assertEquals(List.of("Peru took the floor or part in a decision but is not marked present."), said(warnings)),
                () -> assertEquals(22L, warnings.getFirst().place().entryId()));
    }

    @Test
    void aSymbolOfTheMeetingsSeriesNotWrittenInItsFormIsFoundOthersAreLeftAlone() {
        List<Document> documents = List.of(
                new Document(51L, "X/RE/doc.1/10 rev. 1", "Agenda", DocumentKind.WORKING_DOCUMENT),
                new Document(52L, "X/RE/INF.2/10", null, DocumentKind.INFORMATION_DOCUMENT),
                new Document(53L, "X/RE/INF.3/10", null, DocumentKind.INFORMATION_DOCUMENT),
                new Document(54L, "X/RE/doc. 4/10 Rev.1", "Schedule", DocumentKind.WORKING_DOCUMENT),
                new Document(55L, "X/ RE/INF.5/10", null, DocumentKind.INFORMATION_DOCUMENT),
                new Document(56L, "AG/RES. 2540 (XL-O/10)", null, DocumentKind.RESOLUTION));
        Entry citing = new Entry(21L, EntryKind.PRESENTATION, null, CHILE, null, null, List.of(54L), "Chile.", null, null);
        List<DraftWarning> warnings = check(meeting(PERSONS, documents, item(List.of(citing), List.of())), DraftWarning.Kind.SYMBOL);
        assertAll(() -> assertEquals(List.of(
                        "The symbol X/ RE/INF.5/10 is not written like the meeting's other symbols, such as X/RE/doc.1/10 rev. 1.",
                        "The symbol X/RE/doc. 4/10 Rev.1 is not written like the meeting's other symbols, such as X/RE/doc.1/10 rev. 1."),
                        said(warnings)),
                () -> assertEquals(Place.MEETING, warnings.get(0).place(), "an uncited document is the meeting's"),
                () -> assertEquals(21L, warnings.get(1).place().entryId(), "a cited one is where it was cited"));
    }

    @Test
    void anEntryWithoutASummaryIsFoundWithWhoSpoke() {
        Meeting meeting = withEntries(entry(21, MEJIA, SECRETARIAT, null, " "), entry(22, null, CHILE, null, null),
                entry(23, null, null, null, null), entry(24, null, CHILE, null, "Said something."));
        assertEquals(List.of("The entry of Adriana Mejía Hernández has no summary.", "The entry of Chile has no summary.",
                "An entry has neither a speaker nor a summary."), said(check(meeting, DraftWarning.Kind.NO_SUMMARY)));
    }

    @Test
    void aSessionWithoutAChairIsFoundAndOtherPartsNeedNone() {
        Part chaired = new Part(61L, PartKind.SESSION, 1, 1, null, CHAIR, null, null, List.of());
        Part unchaired = new Part(62L, PartKind.SESSION, 2, 1, null, null, null, null, List.of());
        Part unnumbered = new Part(63L, PartKind.SESSION, null, 1, null, null, null, null, List.of());
        Part closing = new Part(64L, PartKind.CLOSING_CEREMONY, null, 1, null, null, null, null, List.of());
        MeetingFacts facts = new MeetingFacts("Meeting", null, null, null, null, null, null, null, Language.EN, null);
        Meeting meeting = new Meeting(1L, facts, null, null, DELEGATIONS, PERSONS, List.of(),
                List.of(chaired, unchaired, unnumbered, closing));
        List<DraftWarning> warnings = check(meeting, DraftWarning.Kind.NO_CHAIR);
        assertAll(() -> assertEquals(List.of("Session II has no chair.", "A session has no chair."), said(warnings)),
                () -> assertEquals(Place.of(unchaired), warnings.getFirst().place()));
    }

    @Test
    void aCleanDraftHasNoWarning() {
        assertEquals(List.of(), DraftCheck.of(withEntries(entry(21, MEJIA, SECRETARIAT, null, "Mrs. Mejía opened the meeting."))));
    }

    /** The sample is the seed as it was written, and the seed has these inconsistencies of its own. */
    @Test
    void theSamplesFindingsAreTheSeedsOwnInconsistenciesInTheReportsOrder() {
        List<DraftWarning> warnings = DraftCheck.of(SampleMeeting.load());
        assertEquals(List.of(
                "The symbol MISPA-III/RE/doc. 2/10 Rev.1 is not written like the meeting's other symbols, such as"
                        + " MISPA-III/RE/doc.6/10 rev. 1.",
                "The symbol MISPA-III/RE/doc. 3/10 Rev. 3 is not written like the meeting's other symbols, such as"
                        + " MISPA-III/RE/doc.6/10 rev. 1.",
                "Session II has no chair.",
                "Session III has no chair.",
                "Adriana Mejía Hernández is written \u201cAdriana Mejia\u201d here.",
                "Adriana Mejía Hernández has the title \u201cDirector of the Department of Public Security, Secretariat of Multidimensional"
                        + " Security\u201d here but \u201cDirector of the Department of Public Security, Secretariat for Multidimensional"
                        + " Security of the OAS\u201d in the list of participants.",
                "Session IV has no chair.",
                "Session V has no chair.",
                "Session VI has no chair.",
                "Adriana Mejía Hernández is written \u201cAdriana Mejia\u201d here.",
                "The entry of Adriana Mejía Hernández has no summary.",
                "Jorge Skinner-Klée has the title \u201cPermanent Representative of Guatemala to the OAS and Chair of the Committee on"
                        + " Hemispheric Security\u201d here but \u201cPermanent Representative of Guatemala to the OAS and Chair of the OAS"
                        + " Committee on Hemispheric Security\u201d in the list of participants.",
                "The entry of Jorge Skinner-Klée has no summary."), said(warnings));
    }
}
