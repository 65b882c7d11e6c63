package org.rapporteur.report;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a language does to the names and phrases the report puts together, read from the bundle's
 * {@code grammar.*} keys: the definite articles a phrase may start with, what "of", "by" and "to" make of them
 * (Spanish "de" + "el Perú" is "del Perú", Portuguese "por" + "a delegação" is "pela delegação", French "de" +
 * "le Mexique" is "du Mexique"), and elision (French "d'Haïti", "l'Ambassadeur"). Nothing here knows a
 * country: a name brings its article as data (the roster's, or the rapporteur's), and the rules are the
 * language's.
 */
final class Grammar {
    /** The prepositions the templates need a phrase after. */
    enum Preposition { OF, BY, TO }

    /** The template "de {0}" split around its placeholder, to put a phrase between without formatting it again. */
    private record Around(String before, String after) {
        static Around of(Prose prose, String key) {
            String marked = prose.format(key, MARK);
            int at = marked.indexOf(MARK);
            if (at < 0) {
                throw new IllegalStateException(key + " has no {0} in " + prose.locale());
            }
            return new Around(marked.substring(0, at), marked.substring(at + MARK.length()));
        }

        String around(String phrase) {
            return before + phrase + after;
        }
    }

    private static final String MARK = "\u0000";

    private final List<String> articles;
    private final Map<Preposition, Around> plain = new EnumMap<>(Preposition.class);
    private final Map<Preposition, Around> elided = new EnumMap<>(Preposition.class);
    private final Map<Preposition, Map<String, String>> contractions = new EnumMap<>(Preposition.class);
    private final boolean ofEachName;
    private final String elisionInitials;
    private final List<String> elisionWords;
    private final List<String> elidingArticles;
    private final String elidedArticle;
    private final Map<String, String> definiteArticles;

    Grammar(Prose prose) {
        articles = words(prose.format("grammar.articles")).stream()
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        for (Preposition p : Preposition.values()) {
            String key = "grammar." + p.name().toLowerCase(Locale.ROOT);
            plain.put(p, Around.of(prose, key));
            elided.put(p, Around.of(prose, key + ".elided"));
            contractions.put(p, pairs(prose.format(key + ".contractions")));
        }
        ofEachName = "yes".equalsIgnoreCase(prose.format("grammar.of.eachName").strip());
        elisionInitials = prose.format("grammar.elision.initials").strip();
        elisionWords = words(prose.format("grammar.elision.words")).stream().map(Grammar::folded).toList();
        elidingArticles = words(prose.format("grammar.elision.articles"));
        elidedArticle = prose.format("grammar.elision.article").strip();
        definiteArticles = pairs(prose.format("grammar.definiteArticles"));
    }

    /** "of the Dominican Republic", "del Perú", "de l'Uruguay", "du Mexique", "d'Haïti", "do Brasil". */
    String of(String phrase) {
        return after(Preposition.OF, phrase);
    }

    /** "by the delegation of …", "pela delegação …". */
    String by(String phrase) {
        return after(Preposition.BY, phrase);
    }

    /** "to the proposal …", "al Sr. …", "à proposta …", "au Mexique". */
    String to(String phrase) {
        return after(Preposition.TO, phrase);
    }

    /** Whether each name of a list after "of" takes the preposition again ("du Canada et des États-Unis"). */
    boolean ofEachName() {
        return ofEachName;
    }

    String after(Preposition p, String phrase) {
        Optional<String> article = article(phrase);
        if (article.isPresent()) {
            String fused = contractions.get(p).get(normalized(article.get()));
            if (fused != null) {
                String rest = phrase.substring(article.get().length()).stripLeading();
                return fused + (fused.endsWith("'") ? "" : " ") + rest;
            }
            return plain.get(p).around(phrase);
        }
        return (elides(phrase) ? elided : plain).get(p).around(phrase);
    }

    /**
     * An article that elides before the word after it, elided: French "le Ambassadeur" is "l'Ambassadeur". Any
     * other phrase as it is.
     */
    String elideArticle(String phrase) {
        for (String a : elidingArticles) {
            if (phrase.startsWith(a + " ") && elides(phrase.substring(a.length() + 1))) {
                return elidedArticle + phrase.substring(a.length() + 1);
            }
        }
        return phrase;
    }

    /** The definite article for a noun of this gender and number (f, m, fp, mp); empty when the language has none. */
    String definiteArticle(String genderAndNumber) {
        return definiteArticles.getOrDefault(genderAndNumber, "");
    }

    /** Whether the phrase's first word elides what comes before it: it starts with a vowel, or is a mute-h word. */
    boolean elides(String phrase) {
        if (phrase.isEmpty() || elisionInitials.isEmpty() && elisionWords.isEmpty()) {
            return false;
        }
        String first = folded(phrase.split("[\\s\\-]", 2)[0]);
        return !first.isEmpty() && (elisionInitials.indexOf(first.charAt(0)) >= 0 || elisionWords.contains(first));
    }

    /**
     * Whether a word starts with the sound /i/ (i-, hi-), not a diphthong (hie-, hia-): Spanish joins such a
     * word with "e", not "y" ("Francia e Israel"). The bundle's {@code .beforeI} patterns say what to join with.
     */
    static boolean startsWithISound(String text) {
        String w = folded(text.strip());
        String rest = w.startsWith("hi") ? w.substring(2) : w.startsWith("i") ? w.substring(1) : null;
        return rest != null && (rest.isEmpty() || "aeou".indexOf(rest.charAt(0)) < 0);
    }

    /** The article the phrase starts with ("los", "l'"), as written; case matters: "El Salvador" has none. */
    private Optional<String> article(String phrase) {
        for (String a : articles) {
            if (phrase.length() <= a.length() || !normalized(phrase.substring(0, a.length())).equals(a)) {
                continue;
            }
            if (a.endsWith("'") || phrase.charAt(a.length()) == ' ') {
                return Optional.of(phrase.substring(0, a.length()));
            }
        }
        return Optional.empty();
    }

    private static String normalized(String article) {
        return article.replace('\u2019', '\'');
    }

    private static List<String> words(String list) {
        return Arrays.stream(list.split("\\|")).map(String::strip).filter(w -> !w.isEmpty()).map(Grammar::normalized).toList();
    }

    private static Map<String, String> pairs(String list) {
        Map<String, String> pairs = new HashMap<>();
        for (String pair : words(list)) {
            String[] two = pair.split(":", 2);
            if (two.length == 2) {
                pairs.put(two[0].strip(), two[1].strip());
            }
        }
        return pairs;
    }

    private static String folded(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
