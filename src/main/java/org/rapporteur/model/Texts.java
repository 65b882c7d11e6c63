package org.rapporteur.model;

import java.util.Arrays;
import java.util.List;

/** Small helpers for the free text the rapporteur types: paragraphs are separated by blank lines. */
public final class Texts {
    private Texts() {
    }

    /** The non-blank paragraphs of a text, each trimmed; an empty list for null or blank text. */
    public static List<String> paragraphs(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split("\\R\\s*\\R"))
                .map(String::strip)
                .filter(p -> !p.isEmpty())
                .toList();
    }

    /** Joins paragraphs back into one text, a blank line between each. */
    public static String joinParagraphs(List<String> paragraphs) {
        return String.join("\n\n", paragraphs);
    }

    /** Null for null or blank text (nothing was said), the text itself otherwise. */
    public static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
