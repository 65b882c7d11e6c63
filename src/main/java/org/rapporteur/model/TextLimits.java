package org.rapporteur.model;

/**
 * How long each kind of text may be. The schema (V1__meeting_record.sql) sizes its columns by these
 * numbers, and every way in (the meeting file, the keyboard) checks them first, so text that is too long
 * is refused with a sentence before it reaches the store instead of failing there.
 */
public final class TextLimits {
    /** Symbols, honorifics, cities, countries, series. */
    public static final int CODE = 200;
    /** Names of delegations and persons, aliases, office labels. */
    public static final int NAME = 500;
    /** The meeting's title, organization and report title. */
    public static final int HEADING = 1000;
    /** Titles of persons, documents, items, subjects, a chair's capacity. */
    public static final int TITLE = 2000;
    /** Summaries, introductions, the mandate, notes: a million characters, some 150,000 words. */
    public static final int TEXT = 1_000_000;

    private TextLimits() {
    }
}
