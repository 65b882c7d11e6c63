package org.rapporteur.model;

import java.util.Objects;

/**
 * A delegation's name in one language: as a list gives it ("Estados Unidos", "Uruguay") and as a sentence
 * gives it, with the definite article the language puts before it ("los Estados Unidos", "l'Uruguay");
 * what a preposition does to that article ("de los", "de l'", "do") is the report's grammar, not the name's.
 *
 * @param proseName the form inside a sentence; null when it is {@code name}, without an article
 */
public record LocalName(String name, String proseName) {

    public LocalName {
        Objects.requireNonNull(name, "name");
        name = name.strip();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("A name in a language cannot be empty");
        }
        proseName = proseName == null || proseName.isBlank() ? null : proseName.strip();
    }

    /** A name whose sentence form puts {@code article} before it: "los" + "Estados Unidos", "l'" + "Uruguay". */
    public static LocalName withArticle(String name, String article) {
        boolean elided = article.endsWith("'") || article.endsWith("\u2019");
        return new LocalName(name, elided ? article + name : article + " " + name);
    }

    /** The form to use in a sentence. */
    public String inProse() {
        return proseName == null ? name : proseName;
    }
}
