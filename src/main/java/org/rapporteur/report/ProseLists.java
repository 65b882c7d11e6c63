package org.rapporteur.report;

import java.util.List;
import java.util.Locale;

/**
 * Joins names into a phrase by the bundle's patterns: "A", "A and B", "A, B and C". Whether a serial comma
 * goes before the last one is the bundle's choice ({@code list.end}), as in CLDR's list patterns.
 */
public final class ProseLists {
    private final Prose prose;
    private final String patterns;

    public ProseLists(Locale locale) {
        this(new Prose(locale));
    }

    ProseLists(Prose prose) {
        this(prose, "list");
    }

    /** Joins by another set of patterns ({@code patterns.two}, {@code .start}, …): a long list may be written otherwise. */
    ProseLists(Prose prose, String patterns) {
        this.prose = prose;
        this.patterns = patterns;
    }

    /** The items as one phrase; the empty string for no item. */
    public String join(List<String> items) {
        int n = items.size();
        if (n == 0) {
            return "";
        }
        if (n == 1) {
            return items.get(0);
        }
        // Spanish joins a last name that starts with the sound /i/ with "e": "Francia e Israel".
        String beforeLast = Grammar.startsWithISound(items.get(n - 1)) ? ".beforeI" : "";
        if (n == 2) {
            return prose.format(patterns + ".two" + beforeLast, items.get(0), items.get(1));
        }
        String joined = prose.format(patterns + ".start", items.get(0), items.get(1));
        for (int i = 2; i < n - 1; i++) {
            joined = prose.format(patterns + ".middle", joined, items.get(i));
        }
        return prose.format(patterns + ".end" + beforeLast, joined, items.get(n - 1));
    }
}
