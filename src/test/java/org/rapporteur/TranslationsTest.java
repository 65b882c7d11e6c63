package org.rapporteur;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.rapporteur.ui.UiLanguage;

/**
 * Every bundle a person reads — the window's words and the lower layers' sentences — is complete in each of the
 * window's languages: every key of the English base file is there, not blank, with the same {0}, {1}… (a
 * translation that lost one would print a hole, one that gained one would print "{2}"), nothing the base does
 * not have, and nothing simply left in English. Keys added in English only (a new screen) fail here until they
 * are translated: that is the point.
 */
class TranslationsTest {
    private static final List<String> BUNDLES = List.of("org/rapporteur/ui/messages", "org/rapporteur/text/sentences");

    /** Names, symbols and key labels that read the same in English and in every language. */
    private static final Set<String> SAME_EVERYWHERE = Set.of("Rapporteur", "INTERPOL", "AMERIPOL", "Total", "OK",
            "meeting");
    /** Words a translation shares with English because the two languages do. */
    private static final Map<String, Set<String>> SAME_IN = Map.of(
            "es", Set.of(),
            "fr", Set.of("Conclusion", "Documents", "Document", "document", "Question", "Participants", "Introduction",
                    "introduction", "Vote", "Position", "Pause", "Interventions", "Minutes", "Version", "Licence"),
            "pt", Set.of("Ctrl+Enter"));

    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");

    static Stream<Arguments> translations() {
        return BUNDLES.stream().flatMap(bundle -> Stream.of(UiLanguage.values()).filter(l -> l != UiLanguage.ENGLISH)
                .map(language -> Arguments.of(bundle, language.code())));
    }

    @ParameterizedTest(name = "{0}_{1}")
    @MethodSource("translations")
    void everyKeyOfTheBaseIsTranslatedWithTheSameArguments(String bundle, String language) throws IOException {
        Map<String, String> base = read(bundle + ".properties");
        Map<String, String> translated = read(bundle + "_" + language + ".properties");
        List<String> wrong = new ArrayList<>();
        base.forEach((key, english) -> {
            String text = translated.get(key);
            if (text == null) {
                wrong.add(key + ": missing");
            } else if (text.isBlank()) {
                wrong.add(key + ": blank");
            } else if (!arguments(text).equals(arguments(english))) {
                wrong.add(key + ": arguments " + arguments(text) + ", English has " + arguments(english));
            }
        });
        assertEquals(List.of(), wrong, bundle + "_" + language);
    }

    @ParameterizedTest(name = "{0}_{1}")
    @MethodSource("translations")
    void aTranslationHasNoKeyTheBaseLacks(String bundle, String language) throws IOException {
        Set<String> extra = new TreeSet<>(read(bundle + "_" + language + ".properties").keySet());
        extra.removeAll(read(bundle + ".properties").keySet());
        assertEquals(Set.of(), extra, "keys no English text has: misspelt, or left over after a rename");
    }

    @ParameterizedTest(name = "{0}_{1}")
    @MethodSource("translations")
    void nothingIsSimplyLeftInEnglish(String bundle, String language) throws IOException {
        Map<String, String> base = read(bundle + ".properties");
        List<String> english = new ArrayList<>();
        read(bundle + "_" + language + ".properties").forEach((key, text) -> {
            String words = words(text);
            if (text.equals(base.get(key)) && !words.isEmpty() && !SAME_EVERYWHERE.contains(words)
                    && !SAME_IN.get(language).contains(words)) {
                english.add(key + "=" + text);
            }
        });
        assertEquals(List.of(), english, "left in English in " + bundle + "_" + language);
    }

    /** A lone ASCII apostrophe opens a quote in MessageFormat and eats what follows: "l'ordre {0}" prints "lordre {0}". */
    @ParameterizedTest(name = "{0}_{1}")
    @MethodSource("translations")
    void apostrophesInTextsWithArgumentsAreDoubled(String bundle, String language) throws IOException {
        List<String> wrong = new ArrayList<>();
        read(bundle + "_" + language + ".properties").forEach((key, text) -> {
            // Whether it holds an argument, quoted away or not: a quote that swallowed the only one counts.
            if (ARGUMENT.matcher(text).find()) {
                String rest = text.replace("''", "").replace("'{'", "").replace("'}'", "");
                if (rest.contains("'")) {
                    wrong.add(key + "=" + text);
                }
                new MessageFormat(text);    // and it parses: choice formats and all
            }
        });
        assertEquals(List.of(), wrong, "double the apostrophe ('') or write the typographic one (\u2019)");
    }

    /** Java reads a properties bundle as UTF-8 — unless it is not valid UTF-8, when it silently reads ISO-8859-1. */
    @ParameterizedTest(name = "{0}_{1}")
    @MethodSource("translations")
    void theFileIsUtf8(String bundle, String language) throws IOException {
        byte[] bytes = bytes(bundle + "_" + language + ".properties");
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
        } catch (CharacterCodingException e) {
            throw new AssertionError(bundle + "_" + language + " is not UTF-8", e);
        }
        assertTrue(new String(bytes, StandardCharsets.UTF_8).chars().anyMatch(c -> c > 127),
                "a translation with no letter beyond ASCII is suspicious");
    }

    /** The argument numbers a MessageFormat pattern uses, outside its quoted parts. */
    static Set<Integer> arguments(String pattern) {
        StringBuilder unquoted = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\'') {
                if (i + 1 < pattern.length() && pattern.charAt(i + 1) == '\'') {
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (!quoted) {
                unquoted.append(c);
            }
        }
        Set<Integer> found = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(unquoted);
        while (m.find()) {
            found.add(Integer.parseInt(m.group(1)));
        }
        return found;
    }

    /** The text without its mnemonic marks, arguments, key hints ("(F8)") and the punctuation around them: its words. */
    private static String words(String text) {
        return text.replace("_", "").replaceAll("\\{[^}]*}", "").replaceAll("\\((F\\d+|Ctrl\\+\\w+)\\)", "")
                .replaceAll("^[\\s\\p{Punct}·—–…]+|[\\s\\p{Punct}·—–…]+$", "").replaceAll("^\\d+$", "");
    }

    static Map<String, String> read(String resource) throws IOException {
        Properties p = new Properties();
        p.load(new StringReader(new String(bytes(resource), StandardCharsets.UTF_8)));
        Map<String, String> sorted = new TreeMap<>();
        p.forEach((k, v) -> sorted.put(k.toString(), v.toString()));
        return sorted;
    }

    private static byte[] bytes(String resource) throws IOException {
        try (InputStream in = TranslationsTest.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new AssertionError("no " + resource + " on the class path");
            }
            return in.readAllBytes();
        }
    }
}
