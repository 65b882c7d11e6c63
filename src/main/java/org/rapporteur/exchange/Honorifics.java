package org.rapporteur.exchange;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits the honorific off a name written whole ("Ambassador Jorge Skinner-Klée"), for lists with no
 * column of their own for it, so that the report can say "the Ambassador" and sort by name.
 *
 * <p>Only honorifics known to be honorifics are split: a list of words is safer than a guess, since a
 * first name is never taken for a title. Several in a row are kept together ("H.E. Ambassador").
 */
final class Honorifics {
    /** Longer forms first, so "Mrs." is not read as "Mr" and "Brigadier General" is not left half. */
    private static final Pattern LEADING = Pattern.compile("^((?:(?:brigadier general|lieutenant colonel|general"
            + "|ambassador|minister|embajadora|embajador|h\\.\\s?e\\.|mrs\\.?|mr\\.?|ms\\.?|dr\\.?"
            + "|sr\\.\\s?ª|sra\\.?|sr\\.?|mme\\.?|m\\.)\\s+)+)(\\S.*)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private Honorifics() {
    }

    /**
     * The honorific and the name of a name written whole.
     *
     * @param honorific as the list writes it ("Sra.", "Ambassador"); null when there is none
     */
    record Split(String honorific, String name) {
    }

    /** The name split; a name that is only an honorific ("Minister") is left a name. */
    static Split split(String written) {
        Matcher m = LEADING.matcher(written);
        if (!m.matches()) {
            return new Split(null, written);
        }
        return new Split(ImportText.clean(m.group(1)), m.group(2));
    }
}
