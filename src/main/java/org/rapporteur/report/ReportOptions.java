package org.rapporteur.report;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * What the rapporteur chooses at export time, beyond the record itself.
 *
 * @param annexes the annexes to add after the conclusion
 * @param date    the report's date for the classification block; null leaves the date out (the record does
 *                not know when the report is issued)
 */
public record ReportOptions(Set<Annex> annexes, LocalDate date) {

    public ReportOptions {
        annexes = annexes == null || annexes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(annexes));
    }

    /** The report alone: no annex, no date. */
    public static ReportOptions plain() {
        return new ReportOptions(Set.of(), null);
    }

    public boolean has(Annex annex) {
        return annexes.contains(annex);
    }
}
