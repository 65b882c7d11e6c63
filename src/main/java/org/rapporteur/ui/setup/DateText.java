package org.rapporteur.ui.setup;

import java.time.LocalDate;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import javafx.util.StringConverter;

/**
 * Dates as a date field shows and reads them: shown in the reader's medium form ("Nov 16, 2010"), read in
 * that form, the short and long ones, the short one with the year in full (16/11/2010, as a Spanish or French
 * reader types it), or as 2010-11-16, which is the same in every language. Text that is no date reads as null;
 * {@link #readable(String)} tells the two apart.
 */
final class DateText extends StringConverter<LocalDate> {
    private final DateTimeFormatter shown;
    private final List<DateTimeFormatter> read;

    DateText(Locale locale) {
        this.shown = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        this.read = List.of(DateTimeFormatter.ISO_LOCAL_DATE, shown,
                DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(locale),
                shortWithFullYear(locale),
                DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
    }

    /** The short form ("d/M/yy" in Spanish) reading a four-digit year: "16/11/2010". */
    private static DateTimeFormatter shortWithFullYear(Locale locale) {
        String pattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.SHORT, null,
                IsoChronology.INSTANCE, locale);
        return DateTimeFormatter.ofPattern(pattern.replaceAll("y+", "yyyy"), locale);
    }

    @Override
    public String toString(LocalDate date) {
        return date == null ? "" : shown.format(date);
    }

    @Override
    public LocalDate fromString(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        for (DateTimeFormatter format : read) {
            try {
                return LocalDate.parse(text.strip(), format);
            } catch (DateTimeParseException notThisOne) {
                // try the next form
            }
        }
        return null;
    }

    /** Whether the text is empty or a date in one of the forms read. */
    boolean readable(String text) {
        return text == null || text.isBlank() || fromString(text) != null;
    }
}
