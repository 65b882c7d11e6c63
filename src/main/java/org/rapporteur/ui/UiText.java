package org.rapporteur.ui;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;

/**
 * The UI's words in the reader's language: the bundle, and the locale it was asked for (a bundle's own
 * locale is the file it came from — the root file for English — so it cannot format dates).
 *
 * <p>Bundles are looked up without the JVM's fallback to the machine's default locale: on a French machine a
 * rapporteur who chose English gets the English base file, not French (see ADR 0010).
 */
public final class UiText {
    /** The lookup every bundle of ours uses: the locale asked for, its parents, then the (English) base file. */
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final ResourceBundle bundle;
    private final Locale locale;
    private final ButtonType ok;
    private final ButtonType cancel;
    private final ButtonType close;

    public UiText(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
        // Our own buttons, not ButtonType.OK and its kin: those follow the JVM's default locale, not the choice.
        this.ok = new ButtonType(bundle.getString("button.ok"), ButtonData.OK_DONE);
        this.cancel = new ButtonType(bundle.getString("button.cancel"), ButtonData.CANCEL_CLOSE);
        this.close = new ButtonType(bundle.getString("button.close"), ButtonData.CANCEL_CLOSE);
    }

    public static UiText load(String bundleName, Locale locale) {
        return new UiText(ResourceBundle.getBundle(bundleName, locale, NO_FALLBACK), locale);
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

    /** The dialogs' OK button, in this language; the same instance each time, so a result can be compared to it. */
    public ButtonType ok() {
        return ok;
    }

    public ButtonType cancel() {
        return cancel;
    }

    public ButtonType close() {
        return close;
    }
}
