package org.rapporteur.text;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A sentence for a person, kept as a key and its arguments until someone reads it in a language.
 *
 * <p>Layers below the UI (store, exchange, service) report problems as sentences, not as finished English
 * text, so the window and the command line can say them in the reader's language. An argument that is itself
 * a sentence is rendered in the same language. Pass ids and counts that must not be grouped ("1,234") as
 * strings.
 */
public record Sentence(String key, List<Object> args) {
    static final String BUNDLE = "org.rapporteur.text.sentences";
    /** The language asked for, then the English base file; never the machine's own language in between. */
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    public Sentence {
        args = List.copyOf(args);
    }

    public static Sentence of(String key, Object... args) {
        return new Sentence(key, Arrays.asList(args.clone()));
    }

    /**
     * The sentence in the given language, falling back to English for a missing translation — not to the
     * machine's default language, which need not be the reader's.
     */
    public String in(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK);
        Object[] rendered = args.stream().map(a -> a instanceof Sentence s ? s.in(locale) : a).toArray();
        return new MessageFormat(bundle.getString(key), locale).format(rendered);
    }

    /** English: for logs and exception messages. */
    @Override
    public String toString() {
        return in(Locale.ROOT);
    }
}
