package org.rapporteur.ui.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rapporteur.model.Delegation;
import org.rapporteur.model.Meeting;
import org.rapporteur.model.Person;
import org.rapporteur.service.SampleMeeting;

/** The speaker and document fields' knowledge of the sample meeting. */
class CatalogsTest {
    private final Meeting sample = SampleMeeting.load();
    private final SpeakerCatalog speakers = new SpeakerCatalog(sample);
    private final DocumentCatalog documents = new DocumentCatalog(sample);

    private long delegation(String name) {
        return sample.delegations().stream().filter(d -> d.name().equals(name)).findFirst().orElseThrow().id();
    }

    @Test
    void theFirstLettersOfADelegationSuggestItFirst() {
        assertEquals("Chile", speakers.suggestions("chi").get(0));
        assertEquals("Saint Kitts and Nevis", speakers.complete("St. Ki").orElseThrow(), "an alias finds the state");
        assertEquals("Trinidad and Tobago", speakers.complete("tob").orElseThrow(), "any word of the name");
    }

    @Test
    void aPersonIsFoundByNameOrByTitle() {
        assertEquals("Julio Rosenblatt", speakers.complete("julio").orElseThrow());
        assertTrue(speakers.suggestions("vice-minister").contains("Rodrigo Ubilla Mackenney"));
        assertEquals("Adriana Mejía Hernández", speakers.complete("mejia").orElseThrow(), "accents do not matter");
    }

    @Test
    void aResolvedPersonSpeaksForTheirDelegation() {
        Speaker magdic = speakers.resolve("Marko Magdic").orElseThrow();
        assertEquals(delegation("Chile"), magdic.delegationId());
        assertTrue(magdic.personId() != null);
        assertEquals(delegation("United States"), speakers.resolve("united states of america").orElseThrow().delegationId());
    }

    @Test
    void aPersonTypedInFullBecomesANewPersonWithTitleAndDelegation() {
        Person typed = speakers.newPerson("Ana Pérez, Adviser to the Minister, Chile");
        assertEquals("Ana Pérez", typed.name());
        assertEquals("Adviser to the Minister", typed.title());
        assertEquals(delegation("Chile"), typed.delegationId());
        Person bare = speakers.newPerson("Someone New");
        assertEquals("Someone New", bare.name());
        assertEquals(null, bare.delegationId());
    }

    @Test
    void aSymbolIsFoundByAnyFragmentIgnoringSpacesAndCase() {
        assertEquals(List.of("MISPA-III/RE/INF.12/10"), documents.suggestions("inf.12"));
        long agenda = sample.documents().stream().filter(d -> "Draft Agenda".equals(d.title())).findFirst().orElseThrow().id();
        assertEquals(List.of(agenda), documents.resolve("mispa-iii/re/doc.2/10 rev.1"));
        assertEquals(2, documents.resolve("INF.12/10; INF.4/10").size());
    }

    @Test
    void anUnknownOrOddSymbolIsWarnedAboutNotRefused() {
        assertEquals(List.of("MISPA-III/RE/INF.99/10"), documents.unknown("INF.12/10; MISPA-III/RE/INF.99/10"));
        assertEquals(List.of(), documents.oddLooking("MISPA-III/RE/INF.99/10"), "it looks like this meeting's symbols");
        assertEquals(List.of("see the annex"), documents.oddLooking("see the annex"));
    }

    @Test
    void aDelegationsPendingDocumentIsTheOneWhoseTitleNamesItAndIsNotYetCited() {
        Meeting withTitles = new Meeting(sample.id(), sample.facts(), null, null, sample.delegations(), sample.persons(),
                List.of(new org.rapporteur.model.Document(1L, "X/INF.1", "Presentation by Chile",
                                org.rapporteur.model.DocumentKind.INFORMATION_DOCUMENT),
                        new org.rapporteur.model.Document(2L, "X/INF.2", "Presentation by Chile, part two",
                                org.rapporteur.model.DocumentKind.INFORMATION_DOCUMENT)),
                List.of());
        DocumentCatalog catalog = new DocumentCatalog(withTitles);
        Delegation chile = sample.delegations().stream().filter(d -> d.name().equals("Chile")).findFirst().orElseThrow();
        assertEquals("X/INF.1", catalog.pendingFor(chile.id(), Set.of()).orElseThrow().symbol());
        assertEquals("X/INF.2", catalog.pendingFor(chile.id(), Set.of(1L)).orElseThrow().symbol());
        assertTrue(catalog.pendingFor(delegation("Chile"), Set.of(1L, 2L)).isEmpty());
        assertTrue(catalog.pendingFor(delegation("Colombia"), Set.of()).isEmpty());
    }
}
