package org.rapporteur.model;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A request for the floor on an agenda item's speakers list; its position is its place in the list.
 *
 * @param entryId       the log entry opened when this speaker was called; null until then
 * @param pausedSeconds the time the speaker's clock stood still (the chair paused it), in whole seconds
 * @param pausedAt      when the clock was paused, while it is; null while it runs
 */
public record FloorRequest(Long id, FloorRequestKind kind, FloorRequestStatus status, Long personId,
                           Long delegationId, Long entryId, LocalDateTime requestedAt,
                           LocalDateTime startedAt, LocalDateTime endedAt, int pausedSeconds, LocalDateTime pausedAt) {

    public FloorRequest {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(status, "status");
        if (pausedSeconds < 0) {
            throw new IllegalArgumentException("A pause cannot last " + pausedSeconds + " seconds");
        }
    }

    /** A request whose clock was never paused. */
    public FloorRequest(Long id, FloorRequestKind kind, FloorRequestStatus status, Long personId,
                        Long delegationId, Long entryId, LocalDateTime requestedAt,
                        LocalDateTime startedAt, LocalDateTime endedAt) {
        this(id, kind, status, personId, delegationId, entryId, requestedAt, startedAt, endedAt, 0, null);
    }

    public FloorRequest withId(Long newId) {
        return new FloorRequest(newId, kind, status, personId, delegationId, entryId, requestedAt, startedAt,
                endedAt, pausedSeconds, pausedAt);
    }

    /** The speaker's time on the floor at {@code now}: from the start to the end (or now), less the pauses. */
    public Duration spoken(LocalDateTime now) {
        if (startedAt == null) {
            return Duration.ZERO;
        }
        LocalDateTime until = endedAt != null ? endedAt : pausedAt != null ? pausedAt : now;
        Duration d = Duration.between(startedAt, until).minusSeconds(pausedSeconds);
        return d.isNegative() ? Duration.ZERO : d;
    }

    public boolean isPaused() {
        return pausedAt != null;
    }

    /** Called: it is speaking now, with its start and entry. */
    public FloorRequest calledAt(LocalDateTime now, Long entry) {
        return new FloorRequest(id, kind, FloorRequestStatus.SPEAKING, personId, delegationId, entry, requestedAt, now,
                null, 0, null);
    }

    /** Done speaking at {@code now}; a pause still running ends with it. */
    public FloorRequest doneAt(LocalDateTime now) {
        int paused = pausedSeconds + (pausedAt == null ? 0 : (int) Duration.between(pausedAt, now).toSeconds());
        return new FloorRequest(id, kind, FloorRequestStatus.DONE, personId, delegationId, entryId, requestedAt,
                startedAt, now, paused, null);
    }

    public FloorRequest pausedAt(LocalDateTime now) {
        return isPaused() ? this : new FloorRequest(id, kind, status, personId, delegationId, entryId, requestedAt,
                startedAt, endedAt, pausedSeconds, now);
    }

    public FloorRequest resumedAt(LocalDateTime now) {
        if (!isPaused()) {
            return this;
        }
        int paused = pausedSeconds + (int) Duration.between(pausedAt, now).toSeconds();
        return new FloorRequest(id, kind, status, personId, delegationId, entryId, requestedAt, startedAt, endedAt,
                paused, null);
    }

    public FloorRequest withStatus(FloorRequestStatus newStatus) {
        return new FloorRequest(id, kind, newStatus, personId, delegationId, entryId, requestedAt, startedAt, endedAt,
                pausedSeconds, pausedAt);
    }
}
