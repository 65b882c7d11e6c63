package org.rapporteur.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rapporteur.model.Meeting;

/** Search over the sample meeting: what a rapporteur looks for during the second day. */
class MeetingSearchTest {
    private final Meeting sample = SampleMeeting.load();

    @Test
    void aWordOfASummaryFindsTheEntryWithASnippetAroundIt() {
        List<MeetingSearch.Hit> hits = MeetingSearch.search(sample, "PRONACE");
        assertEquals(1, hits.size());
        assertEquals(MeetingSearch.Field.SUMMARY, hits.get(0).field());
        assertTrue(hits.get(0).snippet().contains("PRONACE"), hits.get(0).snippet());
    }

    @Test
    void accentsAndCaseDoNotMatter() {
        assertEquals(MeetingSearch.search(sample, "Mejía").size(), MeetingSearch.search(sample, "MEJIA").size());
        assertTrue(MeetingSearch.search(sample, "mejia").size() >= 3);
    }

    @Test
    void aSymbolFindsTheEntriesCitingIt() {
        List<MeetingSearch.Hit> hits = MeetingSearch.search(sample, "INF.3/10");
        assertEquals(2, hits.size(), "Ana Maria Diaz and Adriana Mejia both cite it");
        assertTrue(hits.stream().allMatch(h -> h.field() == MeetingSearch.Field.SYMBOL));
    }

    @Test
    void everythingBrazilSaidIsEveryEntryOfTheDelegation() {
        long brazil = sample.delegations().stream().filter(d -> d.name().equals("Brazil")).findFirst().orElseThrow().id();
        List<MeetingSearch.Hit> hits = MeetingSearch.spokenBy(sample, brazil, null);
        assertEquals(5, hits.size(), "the presentation, the third session, the proposal, the observatory twice");
    }

    @Test
    void nothingTypedFindsNothing() {
        assertEquals(List.of(), MeetingSearch.search(sample, "  "));
    }
}
