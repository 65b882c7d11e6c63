package org.rapporteur.report;

import java.util.List;
import java.util.Objects;

/**
 * One paragraph of the report (or one row of a table), finished text in the report's language.
 *
 * @param text  the paragraph's text; a line break inside it is {@code \n}. For a table row, the cells joined
 *              by tabs, so a plain view can show it as it is
 * @param cells a table row's cells, in order; empty for every other style
 * @param place where in the record it comes from, for a preview that jumps there
 */
public record Block(BlockStyle style, String text, List<String> cells, Place place) {

    public Block {
        Objects.requireNonNull(style, "style");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(place, "place");
        cells = cells == null ? List.of() : List.copyOf(cells);
        if (style.isTableRow() == cells.isEmpty()) {
            throw new IllegalArgumentException("Only a table row has cells, and it has at least one: " + style);
        }
    }

    public static Block of(BlockStyle style, String text, Place place) {
        return new Block(style, text, List.of(), place);
    }

    public static Block row(BlockStyle style, List<String> cells, Place place) {
        return new Block(style, String.join("\t", cells), cells, place);
    }
}
