package org.rapporteur.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The facts about a meeting that the report's first page and opening paragraph are generated from.
 *
 * @param series           the series classification ("OEA/Ser.K/XLIX.3"); null when not known
 * @param reportSymbol     the report's own document symbol; null when not known
 * @param reportTitle      the report's title when it is not the usual "REPORT OF THE RAPPORTEUR"; may be null
 * @param originalLanguage the language the report is drafted in
 * @param mandate          the mandate / background paragraphs, separated by blank lines
 */
public record MeetingFacts(String title, String organization, String series, String reportSymbol,
                           String reportTitle, Venue venue, LocalDate startDate, LocalDate endDate,
                           Language originalLanguage, String mandate) {

    public MeetingFacts {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(originalLanguage, "originalLanguage");
        venue = venue == null ? new Venue(null, null) : venue;
        if (startDate != null && endDate != null && endDate.isBefore(startDate)) {
            throw new IllegalArgumentException("A meeting cannot end (" + endDate + ") before it starts (" + startDate + ")");
        }
    }

    public MeetingFacts withTitle(String newTitle) {
        return new MeetingFacts(newTitle, organization, series, reportSymbol, reportTitle, venue, startDate, endDate,
                originalLanguage, mandate);
    }

    public List<String> mandateParagraphs() {
        return Texts.paragraphs(mandate);
    }
}
