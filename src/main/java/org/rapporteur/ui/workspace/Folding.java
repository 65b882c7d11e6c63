package org.rapporteur.ui.workspace;

import java.text.Normalizer;
import java.util.Locale;

/** Text compared the way a person reads it: without case, accents or extra spaces. */
final class Folding {
    private Folding() {
    }

    static String fold(String text) {
        if (text == null) {
            return "";
        }
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }

    /** Folded and without any spaces: "MISPA-III/RE/doc. 2/10" and "mispa-iii/re/doc.2/10" are the same. */
    static String compact(String text) {
        return fold(text).replace(" ", "");
    }
}
