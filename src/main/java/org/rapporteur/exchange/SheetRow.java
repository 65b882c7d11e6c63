package org.rapporteur.exchange;

import java.util.List;

/**
 * One row of a spreadsheet or CSV file as the text its cells show.
 *
 * @param line the row number the person sees in the spreadsheet (1-based)
 */
record SheetRow(int line, List<String> cells) {

    SheetRow {
        cells = List.copyOf(cells);
    }

    /** The cell's text, or "" for a cell past the end of this row (rows are as long as their last filled cell). */
    String cell(int column) {
        return column < 0 || column >= cells.size() ? "" : cells.get(column);
    }

    boolean isBlank() {
        return cells.stream().allMatch(ImportText::isBlank);
    }
}
