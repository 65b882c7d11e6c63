package org.rapporteur.report;

/**
 * What a block of the report is, which decides how it looks: the Word writer maps each to a paragraph style
 * of its template, a preview to a look of its own. Nothing else about the look is carried by a block.
 */
public enum BlockStyle {
    /** The report's title ("REPORT OF THE RAPPORTEUR"). */
    TITLE,
    /** A part: "OPENING CEREMONY", "I. FIRST SESSION", "Conclusion". */
    HEADING_1,
    /** An agenda item, or a group inside an annex. */
    HEADING_2,
    /** A sub-group inside an annex (one proposal among the decisions). */
    HEADING_3,
    /** An annex's title; it starts a new page. */
    ANNEX_TITLE,
    /** The line that opens a new meeting day ("SECOND DAY:"). */
    DAY,
    /** The generated sentence saying who chaired a session. */
    CHAIR_LINE,
    /** A paragraph of running text: facts, summaries, introductions, generated sentences. */
    BODY,
    /** The list line that opens a speech or a presentation; it stays on the page of the summary that follows. */
    SPEAKER,
    /** A list item: a nomination, an adopted document, a bullet inside a summary, a participant. */
    BULLET,
    /** The heading row of a table; consecutive table rows form one table. */
    TABLE_HEADER,
    /** A row of a table. */
    TABLE_ROW;

    public boolean isTableRow() {
        return this == TABLE_HEADER || this == TABLE_ROW;
    }

    public boolean isHeading() {
        return this == TITLE || this == HEADING_1 || this == HEADING_2 || this == HEADING_3 || this == ANNEX_TITLE;
    }
}
