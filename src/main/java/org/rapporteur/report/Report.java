package org.rapporteur.report;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A meeting's report, composed and not yet written anywhere: the first page's masthead and the blocks that
 * follow it, in order, starting with the title. The Word writer and a preview in the window render the same
 * value, so what the rapporteur sees is what the file holds.
 *
 * @param locale the language the report is written in (for spelling and hyphenation where it is shown)
 */
public record Report(Locale locale, Masthead masthead, List<Block> blocks) {

    public Report {
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(masthead, "masthead");
        blocks = List.copyOf(blocks);
    }
}
