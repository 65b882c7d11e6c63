package org.rapporteur.exchange;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds a list's columns by the words of its header row, in whatever language, case and accents the
 * secretariat wrote them ("Délégation", "DELEGACION", "Delegation:").
 *
 * <p>The header need not be the first row: lists often start with the meeting's name and date above it, so
 * the header is the first of the top rows that names a column the list cannot do without.
 */
final class HeaderMatcher {
    /** How far down a header is looked for; a title block is a few rows, not a page. */
    static final int ROWS_SEARCHED = 10;
    /** Decoration around a heading: "Name:", "Name *", "(Title)". */
    private static final Pattern DECORATION = Pattern.compile("^[\\s:*#()\\[\\].]+|[\\s:*#()\\[\\].]+$");

    private final SheetRow header;

    private HeaderMatcher(SheetRow header) {
        this.header = header;
    }

    /**
     * The header among the first non-blank rows: the first with a cell among {@code required}.
     *
     * @return null when none of those rows has one
     */
    static HeaderMatcher find(List<SheetRow> rows, List<String> required) {
        Set<String> wanted = folded(required);
        return rows.stream()
                .filter(r -> !r.isBlank())
                .limit(ROWS_SEARCHED)
                .filter(r -> r.cells().stream().map(HeaderMatcher::heading).anyMatch(wanted::contains))
                .findFirst()
                .map(HeaderMatcher::new)
                .orElse(null);
    }

    /** The header's row number: the rows below it are the list. */
    int line() {
        return header.line();
    }

    /** The first column headed by one of the headings, or -1 when the list has none. */
    int column(List<String> headings) {
        Set<String> wanted = folded(headings);
        List<String> cells = header.cells();
        for (int i = 0; i < cells.size(); i++) {
            if (wanted.contains(heading(cells.get(i)))) {
                return i;
            }
        }
        return -1;
    }

    private static Set<String> folded(List<String> headings) {
        return headings.stream().map(HeaderMatcher::heading).collect(Collectors.toSet());
    }

    private static String heading(String cell) {
        return DECORATION.matcher(ImportText.fold(cell).replace('_', ' ')).replaceAll("");
    }
}
