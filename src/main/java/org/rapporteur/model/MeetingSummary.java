package org.rapporteur.model;

import java.time.LocalDate;

/** One line of the store's list of meetings. */
public record MeetingSummary(long id, String title, LocalDate startDate, Venue venue) {
}
