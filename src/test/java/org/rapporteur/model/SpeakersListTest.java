package org.rapporteur.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpeakersListTest {
    private static final LocalDateTime NINE = LocalDateTime.of(2010, 11, 19, 9, 0);

    private static FloorRequest request(long id, FloorRequestKind kind, FloorRequestStatus status, Long delegation) {
        return new FloorRequest(id, kind, status, null, delegation, null, NINE, null, null);
    }

    @Test
    void aPointOfOrderGoesAfterThePointsOfOrderWaitingAndBeforeTheRest() {
        SpeakersList list = new SpeakersList(List.of(
                request(1, FloorRequestKind.REGULAR, FloorRequestStatus.DONE, 1L),
                request(2, FloorRequestKind.REGULAR, FloorRequestStatus.SPEAKING, 2L),
                request(3, FloorRequestKind.POINT_OF_ORDER, FloorRequestStatus.WAITING, 3L),
                request(4, FloorRequestKind.REGULAR, FloorRequestStatus.WAITING, 4L)));

        assertEquals(3, list.placeFor(FloorRequestKind.POINT_OF_ORDER));
        assertEquals(4, list.placeFor(FloorRequestKind.REGULAR));
        assertEquals(4, list.placeFor(FloorRequestKind.RIGHT_OF_REPLY));
        assertEquals(2L, list.speaking().orElseThrow().id());
        assertEquals(3L, list.next().orElseThrow().id());
    }

    @Test
    void aSecondRegularRequestOfTheSameDelegationIsASecondTurnUnlessTheFirstWasWithdrawn() {
        var first = request(1, FloorRequestKind.REGULAR, FloorRequestStatus.DONE, 1L);
        var withdrawn = request(2, FloorRequestKind.REGULAR, FloorRequestStatus.WITHDRAWN, 2L);
        var again = request(3, FloorRequestKind.REGULAR, FloorRequestStatus.WAITING, 1L);
        var afterWithdrawal = request(4, FloorRequestKind.REGULAR, FloorRequestStatus.WAITING, 2L);
        var pointOfOrder = request(5, FloorRequestKind.POINT_OF_ORDER, FloorRequestStatus.WAITING, 1L);
        SpeakersList list = new SpeakersList(List.of(first, withdrawn, again, afterWithdrawal, pointOfOrder));

        assertFalse(list.isSecondTurn(first));
        assertTrue(list.isSecondTurn(again));
        assertFalse(list.isSecondTurn(afterWithdrawal));
        assertFalse(list.isSecondTurn(pointOfOrder), "a point of order is not a turn in the debate");
    }

    @Test
    void theClockIsTheTimeSinceTheStartLessThePauses() {
        var speaking = new FloorRequest(1L, FloorRequestKind.REGULAR, FloorRequestStatus.SPEAKING, null, 1L, 9L, NINE, NINE,
                null, 20, null);
        var paused = speaking.pausedAt(NINE.plusSeconds(100));
        var resumed = paused.resumedAt(NINE.plusSeconds(130));
        var done = resumed.doneAt(NINE.plusSeconds(200));

        assertEquals(Duration.ofSeconds(80), speaking.spoken(NINE.plusSeconds(100)));
        assertEquals(Duration.ofSeconds(80), paused.spoken(NINE.plusSeconds(999)), "a paused clock stands still");
        assertEquals(50, resumed.pausedSeconds());
        assertEquals(Duration.ofSeconds(150), done.spoken(NINE.plusHours(5)));
        assertEquals(FloorRequestStatus.DONE, done.status());
    }
}
