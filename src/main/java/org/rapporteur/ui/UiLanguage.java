package org.rapporteur.ui;

import java.util.Locale;
import java.util.Optional;

/**
 * The languages the window speaks: the OAS's four. The choice is the rapporteur's (kept in the settings); without
 * one, the system's language if it is one of the four, else English.
 */
public enum UiLanguage {
    ENGLISH("en", Locale.ENGLISH),
    SPANISH("es", Locale.forLanguageTag("es")),
    FRENCH("fr", Locale.FRENCH),
    // Brazil is the OAS's Portuguese-speaking member: its conventions, and JavaFX's own pt_BR texts for its controls.
    PORTUGUESE("pt", Locale.forLanguageTag("pt-BR"));

    /** The system property that overrides the saved choice for one run: {@code -Drapporteur.language=es}. */
    public static final String PROPERTY = "rapporteur.language";

    private final String code;
    private final Locale usual;

    UiLanguage(String code, Locale usual) {
        this.code = code;
        this.usual = usual;
    }

    /** "en", "es", "fr", "pt": what the settings file and the system property hold. */
    public String code() {
        return code;
    }

    /** The language's name in itself, as a language chooser lists it: "English", "Español", "Français", "Português". */
    public String nativeName() {
        String name = usual.getDisplayLanguage(usual);
        return name.substring(0, 1).toUpperCase(usual) + name.substring(1);
    }

    /**
     * The locale the window formats dates and numbers in: the system's own when it is this language (a French
     * Canadian keeps Canada's dates), else the language's usual one.
     */
    public Locale locale(Locale system) {
        if (system != null && code.equals(system.getLanguage())) {
            return Locale.of(system.getLanguage(), system.getCountry());
        }
        return usual;
    }

    /** "es", "ES", "es-MX" or "pt_BR" name their language; anything else names none. */
    public static Optional<UiLanguage> ofCode(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(text.strip().replace('_', '-')).getLanguage();
        for (UiLanguage l : values()) {
            if (l.code.equals(language)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }

    /** The system's language when it is one of the four; English otherwise. */
    public static UiLanguage of(Locale system) {
        return system == null ? ENGLISH : ofCode(system.getLanguage()).orElse(ENGLISH);
    }

    /**
     * The language to start in: the system property when it names one of the four, else the saved choice, else
     * the system's language, else English.
     */
    public static UiLanguage choose(String property, String saved, Locale system) {
        return ofCode(property).or(() -> ofCode(saved)).orElseGet(() -> of(system));
    }
}
