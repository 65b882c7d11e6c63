package org.rapporteur.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The rules of an agenda item's speakers list, over its requests in list order: who is speaking, who waits,
 * where a new request goes (a point of order before everyone waiting), and which request is a delegation's
 * second turn.
 */
public final class SpeakersList {
    private final List<FloorRequest> requests;

    public SpeakersList(List<FloorRequest> requests) {
        this.requests = List.copyOf(requests);
    }

    public static SpeakersList of(AgendaItem item) {
        return new SpeakersList(item.speakers());
    }

    public Optional<FloorRequest> speaking() {
        return requests.stream().filter(r -> r.status() == FloorRequestStatus.SPEAKING).findFirst();
    }

    /** The requests still waiting, in the order they will be called. */
    public List<FloorRequest> waiting() {
        return requests.stream().filter(r -> r.status() == FloorRequestStatus.WAITING).toList();
    }

    public Optional<FloorRequest> next() {
        return waiting().stream().findFirst();
    }

    /**
     * The place in the whole list for a new request of this kind: the end, or for a point of order the place
     * of the first one waiting (after points of order already waiting, which keep their turn).
     */
    public int placeFor(FloorRequestKind kind) {
        if (kind != FloorRequestKind.POINT_OF_ORDER) {
            return requests.size();
        }
        for (int i = 0; i < requests.size(); i++) {
            FloorRequest r = requests.get(i);
            if (r.status() == FloorRequestStatus.WAITING && r.kind() != FloorRequestKind.POINT_OF_ORDER) {
                return i;
            }
        }
        return requests.size();
    }

    /**
     * A delegation's (or, without delegation, a person's) second or later regular turn on the item: an earlier
     * request of the same speaker that was not withdrawn comes before it in the list.
     */
    public boolean isSecondTurn(FloorRequest request) {
        int at = requests.indexOf(request);
        if (at < 0 || request.kind() != FloorRequestKind.REGULAR) {
            return false;
        }
        for (int i = 0; i < at; i++) {
            FloorRequest earlier = requests.get(i);
            if (earlier.status() != FloorRequestStatus.WITHDRAWN && earlier.kind() == FloorRequestKind.REGULAR
                    && sameSpeaker(earlier, request)) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameSpeaker(FloorRequest a, FloorRequest b) {
        if (a.delegationId() != null || b.delegationId() != null) {
            return Objects.equals(a.delegationId(), b.delegationId());
        }
        return a.personId() != null && Objects.equals(a.personId(), b.personId());
    }
}
