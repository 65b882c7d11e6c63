package org.rapporteur.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rapporteur.service.SampleMeeting;

class OasRosterTest {

    @Test
    void theRosterHoldsTheThirtyFiveMemberStatesOnceEach() {
        List<Delegation> states = OasRoster.memberStates();
        assertEquals(35, states.size());
        Set<String> spellings = new HashSet<>();
        for (Delegation state : states) {
            assertEquals(DelegationKind.MEMBER_STATE, state.kind());
            assertTrue(spellings.add(state.name().toLowerCase()), "named once: " + state.name());
            state.aliases().forEach(a -> assertTrue(spellings.add(a.toLowerCase()), "an alias names one state: " + a));
        }
    }

    @Test
    void everyMemberStateOfTheSampleIsOnTheRosterUnderTheSameName() {
        List<Delegation> roster = OasRoster.memberStates();
        SampleMeeting.load().delegations().stream()
                .filter(d -> d.kind() == DelegationKind.MEMBER_STATE)
                .forEach(d -> assertTrue(roster.stream().anyMatch(r -> r.name().equals(d.name())),
                        d.name() + " is on the roster"));
    }

    @Test
    void aStateIsFoundByTheSpellingTheRapporteurTypes() {
        Delegation kitts = OasRoster.memberStates().stream().filter(d -> d.isCalled("st. kitts and nevis"))
                .findFirst().orElseThrow();
        assertEquals("Saint Kitts and Nevis", kitts.name());
        Delegation us = OasRoster.memberStates().stream().filter(d -> d.isCalled("USA")).findFirst().orElseThrow();
        assertEquals("the United States", us.inProse());
        assertEquals("Chile", OasRoster.memberStates().stream().filter(d -> d.isCalled("Chile")).findFirst()
                .orElseThrow().inProse());
    }

    @Test
    void everyStateObserverAndOrganizationIsNamedInTheFourLanguages() {
        for (OasRoster.Entry entry : OasRoster.entries()) {
            assertEquals(java.util.EnumSet.allOf(Language.class), java.util.EnumSet.copyOf(entry.names().keySet()),
                    entry.name(Language.EN).name());
        }
    }

    @Test
    void noTwoEntriesShareASpellingAccentsAndCaseAside() {
        java.util.Map<String, String> owner = new java.util.HashMap<>();
        for (OasRoster.Entry entry : OasRoster.entries()) {
            String english = entry.name(Language.EN).name();
            java.util.Set<String> own = new HashSet<>();
            entry.names().values().forEach(n -> own.addAll(List.of(n.name(), n.inProse())));
            own.addAll(entry.aliases());
            for (String spelling : own) {
                String key = java.text.Normalizer.normalize(spelling, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                        .toLowerCase(java.util.Locale.ROOT);
                String before = owner.putIfAbsent(key, english);
                assertTrue(before == null || before.equals(english), spelling + " names both " + before + " and " + english);
            }
        }
    }

    @Test
    void aStateIsFoundByItsNameInAnyLanguage() {
        assertEquals("United States", OasRoster.find("Estados Unidos").orElseThrow().name(Language.EN).name());
        assertEquals("les États-Unis", OasRoster.find("États-Unis").orElseThrow().name(Language.FR).inProse());
        assertEquals("o Brasil", OasRoster.find("brasil").orElseThrow().name(Language.PT).inProse());
        assertEquals("Holy See", OasRoster.find("Saint-Siège").orElseThrow().name(Language.EN).name());
        assertTrue(OasRoster.find("Narnia").isEmpty());
    }

    @Test
    void theArticleOfAnElidedFormIsJoinedToTheName() {
        assertEquals("l'Uruguay", LocalName.withArticle("Uruguay", "l'").inProse());
        assertEquals("los Estados Unidos", LocalName.withArticle("Estados Unidos", "los").inProse());
    }
}
