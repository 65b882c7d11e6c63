package org.rapporteur.exchange;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits CSV text into rows of fields: RFC 4180 quoting (a quoted field may hold the separator, a doubled
 * quote and line breaks), any line ending, and the separator taken from the header line, because Excel
 * writes commas or semicolons depending on the Windows region (a decimal comma means a semicolon list).
 *
 * <p>Lenient where a person could not tell the difference (a quote in the middle of a field is kept as a
 * quote) and strict where rows would silently merge: a quote that is never closed refuses the file.
 */
final class CsvReader {
    private static final char QUOTE = '"';

    private final String text;
    private final char separator;
    private final List<List<String>> rows = new ArrayList<>();
    private List<String> fields = new ArrayList<>();
    private final StringBuilder field = new StringBuilder();
    /** Whether the current field was begun (something or a separator seen), so a last line without newline counts. */
    private boolean rowBegun;

    private CsvReader(String text) {
        this.text = text.startsWith("\uFEFF") ? text.substring(1) : text;
        this.separator = separatorOf(this.text);
    }

    /** The rows of the text, one per record, empty lines included so that row numbers match a spreadsheet's. */
    static List<List<String>> rows(String text) throws ImportException {
        return new CsvReader(text).parse();
    }

    /** Comma, semicolon or tab: whichever the header line (outside quotes) holds most of; comma when none. */
    static char separatorOf(String text) {
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == QUOTE) {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted) {
                commas += c == ',' ? 1 : 0;
                semicolons += c == ';' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
            }
        }
        if (semicolons > commas && semicolons >= tabs) {
            return ';';
        }
        return tabs > commas ? '\t' : ',';
    }

    private List<List<String>> parse() throws ImportException {
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == QUOTE && field.toString().isBlank()) {
                i = quotedField(i);
            } else if (c == separator) {
                endField();
                rowBegun = true;
                i++;
            } else if (c == '\r' || c == '\n') {
                endRow();
                i += c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n' ? 2 : 1;
            } else {
                field.append(c);
                rowBegun = true;
                i++;
            }
        }
        if (rowBegun) {
            endRow();
        }
        return rows;
    }

    /** Reads a quoted field from its opening quote; returns the index just past the closing quote. */
    private int quotedField(int opening) throws ImportException {
        // Spaces before the opening quote ("a, "b"") are layout, not part of the field.
        field.setLength(0);
        rowBegun = true;
        int i = opening + 1;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c != QUOTE) {
                field.append(c);
                i++;
            } else if (i + 1 < text.length() && text.charAt(i + 1) == QUOTE) {
                field.append(QUOTE);
                i += 2;
            } else {
                return i + 1;
            }
        }
        throw new ImportException("import.unclosedQuote", String.valueOf(rows.size() + 1));
    }

    private void endField() {
        fields.add(field.toString());
        field.setLength(0);
    }

    private void endRow() {
        endField();
        rows.add(fields);
        fields = new ArrayList<>();
        rowBegun = false;
    }
}
