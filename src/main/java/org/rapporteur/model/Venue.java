package org.rapporteur.model;

/** Where the meeting is held. */
public record Venue(String city, String country) {
}
