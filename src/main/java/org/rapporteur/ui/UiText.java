package org.rapporteur.ui;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The UI's words in the reader's language: the bundle, and the locale it was asked for (a bundle's own
 * locale is the file it came from — the root file for English — so it cannot format dates).
 */
public final class UiText {
    private final ResourceBundle bundle;
    private final Locale locale;

    public UiText(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    public static UiText load(String bundleName, Locale locale) {
        return new UiText(ResourceBundle.getBundle(bundleName, locale), locale);
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    public Locale locale() {
        return locale;
    }

    public String get(String key) {
        return bundle.getString(key);
    }

    /** The text of {@code key} with its {0}, {1}… filled in, numbers and dates in the reader's form. */
    public String format(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }

    /** A date as the reader writes it ("November 18, 2010"); empty for no date. */
    public String date(LocalDate date, FormatStyle style) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(style).withLocale(locale).format(date);
    }
}
