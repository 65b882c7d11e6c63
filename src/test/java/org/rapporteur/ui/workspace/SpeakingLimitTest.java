package org.rapporteur.ui.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SpeakingLimitTest {
    @Test
    void aLimitIsTypedInMinutesMinutesAndSecondsOrSeconds() {
        assertEquals(Optional.of(180), SpeakersViewModel.parseLimit("3"));
        assertEquals(Optional.of(150), SpeakersViewModel.parseLimit(" 2:30 "));
        assertEquals(Optional.of(90), SpeakersViewModel.parseLimit("90s"));
        assertEquals(Optional.empty(), SpeakersViewModel.parseLimit(""));
        assertNull(SpeakersViewModel.parseLimit("three"));
        assertNull(SpeakersViewModel.parseLimit("0"));
        assertNull(SpeakersViewModel.parseLimit("-2"));
    }

    @Test
    void theClockReadsMinutesAndSecondsAndHoursWhenItMust() {
        assertEquals("0:07", SpeakersViewModel.clock(Duration.ofSeconds(7)));
        assertEquals("12:05", SpeakersViewModel.clock(Duration.ofSeconds(725)));
        assertEquals("1:00:01", SpeakersViewModel.clock(Duration.ofSeconds(3601)));
    }
}
