package org.rapporteur.model;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A request for the floor on an agenda item's speakers list; its position is its place in the list.
 *
 * @param entryId the log entry opened when this speaker was called; null until then
 */
public record FloorRequest(Long id, FloorRequestKind kind, FloorRequestStatus status, Long personId,
                           Long delegationId, Long entryId, LocalDateTime requestedAt,
                           LocalDateTime startedAt, LocalDateTime endedAt) {

    public FloorRequest {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(status, "status");
    }

    public FloorRequest withId(Long newId) {
        return new FloorRequest(newId, kind, status, personId, delegationId, entryId, requestedAt, startedAt,
                endedAt);
    }
}
