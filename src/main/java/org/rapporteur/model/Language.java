package org.rapporteur.model;

import java.util.Locale;

/** The OAS's four working languages: the language a report is drafted in ("Original: English"). */
public enum Language {
    EN, ES, FR, PT;

    public Locale locale() {
        return Locale.forLanguageTag(name().toLowerCase(Locale.ROOT));
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Language fromCode(String code) {
        return valueOf(code.trim().toUpperCase(Locale.ROOT));
    }
}
