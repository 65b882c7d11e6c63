package org.rapporteur.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A part of the report: the opening ceremony, a session, the preliminary report, the closing ceremony or
 * the conclusion.
 *
 * @param sessionNumber  1, 2, 3… for a session (the report writes it in Roman numerals); null otherwise
 * @param day            the meeting day it falls on, 1-based; null when not recorded
 * @param date           the calendar date; null when not recorded
 * @param chairId        who chaired a session; null when not recorded
 * @param chairCapacity  in what capacity ("in his capacity as the host of MISPA II, …"); may be null
 * @param introduction   the rapporteur's text before the first item (a conclusion's whole text); may be null
 */
public record Part(Long id, PartKind kind, Integer sessionNumber, Integer day, LocalDate date, Long chairId,
                   String chairCapacity, String introduction, List<AgendaItem> items) {

    public Part {
        Objects.requireNonNull(kind, "kind");
        items = items == null ? List.of() : List.copyOf(items);
    }

    public boolean isSession() {
        return kind == PartKind.SESSION;
    }
}
