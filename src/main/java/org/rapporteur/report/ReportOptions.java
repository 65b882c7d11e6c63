package org.rapporteur.report;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.rapporteur.model.Language;
import org.rapporteur.model.Meeting;

/**
 * What the rapporteur chooses at export time, beyond the record itself.
 *
 * @param annexes  the annexes to add after the conclusion
 * @param date     the report's date for the classification block; null leaves the date out (the record does
 *                 not know when the report is issued)
 * @param language the language the report's generated words are written in; null for the meeting's own (the
 *                 language it was drafted in)
 */
public record ReportOptions(Set<Annex> annexes, LocalDate date, Language language) {

    public ReportOptions {
        annexes = annexes == null || annexes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(annexes));
    }

    /** A report in the meeting's own language. */
    public ReportOptions(Set<Annex> annexes, LocalDate date) {
        this(annexes, date, null);
    }

    /** The report alone: no annex, no date, in the meeting's own language. */
    public static ReportOptions plain() {
        return new ReportOptions(Set.of(), null);
    }

    public boolean has(Annex annex) {
        return annexes.contains(annex);
    }

    /** The same choices in another language (null: the meeting's own). */
    public ReportOptions in(Language other) {
        return new ReportOptions(annexes, date, other);
    }

    /** The language the report of this meeting is written in with these options. */
    public Language languageFor(Meeting meeting) {
        return language != null ? language : meeting.facts().originalLanguage();
    }
}
