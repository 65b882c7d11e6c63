package org.rapporteur.exchange;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Tidies the text of imported cells. Spreadsheets carry non-breaking spaces, line breaks typed inside a cell
 * and zero-width characters pasted from the web; none of them belongs in a name or a symbol, and a
 * non-breaking space would make two equal names look different.
 */
final class ImportText {
    /** Any run of spacing: {@code \s} misses the non-breaking spaces, which are {@code \p{Z}}. */
    private static final Pattern SPACING = Pattern.compile("[\\p{Z}\\s]+");
    private static final Pattern INVISIBLE = Pattern.compile("[\\u200B-\\u200D\\u2060\\uFEFF\\u00AD]");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private ImportText() {
    }

    /** The text with its spacing collapsed to single spaces and trimmed; null when nothing is left. */
    static String clean(String text) {
        if (text == null) {
            return null;
        }
        String cleaned = SPACING.matcher(INVISIBLE.matcher(text).replaceAll("")).replaceAll(" ").strip();
        return cleaned.isEmpty() ? null : cleaned;
    }

    static boolean isBlank(String text) {
        return clean(text) == null;
    }

    /** For comparing what people write differently: "Délégation " and "delegation" fold alike. */
    static String fold(String text) {
        String cleaned = clean(text);
        if (cleaned == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(cleaned, Normalizer.Form.NFD);
        return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /** For comparing where accents may matter but case and spacing do not (two rows of the same person). */
    static String caseless(String text) {
        String cleaned = clean(text);
        return cleaned == null ? "" : cleaned.toLowerCase(Locale.ROOT);
    }
}
