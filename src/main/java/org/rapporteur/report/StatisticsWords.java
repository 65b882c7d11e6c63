package org.rapporteur.report;

import java.util.Locale;

/** The words of the speaking statistics workbook, in a report language (from the prose bundle). */
public record StatisticsWords(String sheet, String speaker, String interventions, String pointsOfOrder, String time,
                              String total) {

    public static StatisticsWords in(Locale locale) {
        return of(new Prose(locale));
    }

    static StatisticsWords of(Prose prose) {
        return new StatisticsWords(prose.format("statistics.sheet"), prose.format("statistics.column.speaker"),
                prose.format("statistics.column.interventions"), prose.format("statistics.column.pointsOfOrder"),
                prose.format("statistics.column.time"), prose.format("statistics.total"));
    }
}
