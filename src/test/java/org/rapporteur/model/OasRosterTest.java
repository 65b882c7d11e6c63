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
}
