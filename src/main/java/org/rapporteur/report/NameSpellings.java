package org.rapporteur.report;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rapporteur.model.Meeting;
import org.rapporteur.model.Person;
import org.rapporteur.text.Sentence;

/**
 * Names and titles written otherwise than in the list of participants: "Adriana Mejia" for Adriana Mejía
 * Hernández (the same letters but for an accent), "Vice Minister" for the "Vice-Minister" of a title, and two
 * persons of the list who look like one.
 *
 * <p>Names are matched two words at a time ("Adriana Mejia"), and a single word only for a surname no other
 * person shares: "Maria" in Carolina Santa María is not taken for Ana Maria Diaz.
 */
final class NameSpellings {
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}]*(?:[-'\u2019]\\p{L}[\\p{L}\\p{M}]*)*");
    private static final Pattern COMPOUND = Pattern.compile("(\\p{L}{2,})-(\\p{L}{2,})");
    private static final int SHORTEST_SURNAME = 4;

    private final Meeting meeting;
    private final Map<String, Integer> personsWithWord = new HashMap<>();

    NameSpellings(Meeting meeting) {
        this.meeting = meeting;
        for (Person p : meeting.persons()) {
            words(p.name()).stream().map(NameSpellings::fold).distinct().forEach(w -> personsWithWord.merge(w, 1, Integer::sum));
        }
    }

    List<DraftWarning> check(List<PlacedText> texts) {
        List<DraftWarning> warnings = new ArrayList<>(samePersonTwice());
        Map<String, DraftWarning> first = new LinkedHashMap<>();
        for (PlacedText text : texts) {
            List<String> words = words(text.text());
            for (Person p : meeting.persons()) {
                // One warning for a person at a place: fixing it there fixes every spelling of it there.
                misspellings(words, words(p.name())).stream().findFirst().ifPresent(spelled -> first.putIfAbsent(
                        p.id() + "\u0000" + text.place(), new DraftWarning(DraftWarning.Kind.NAME_SPELLING,
                                Sentence.of("check.nameSpelledOtherwise", p.name(), spelled), text.place())));
                for (String[] variant : titleWordVariants(p, text.text())) {
                    first.putIfAbsent(p.id() + "\u0000title\u0000" + variant[1], new DraftWarning(DraftWarning.Kind.TITLE,
                            Sentence.of("check.titleWordSpelledOtherwise", variant[0], p.name(), variant[1]), text.place()));
                }
            }
        }
        warnings.addAll(first.values());
        return warnings;
    }

    /** Two persons of the list whose names, accents and case aside, are one name or one within the other. */
    private List<DraftWarning> samePersonTwice() {
        List<DraftWarning> warnings = new ArrayList<>();
        List<Person> persons = meeting.persons();
        for (int a = 0; a < persons.size(); a++) {
            for (int b = a + 1; b < persons.size(); b++) {
                List<String> x = words(persons.get(a).name()).stream().map(NameSpellings::fold).toList();
                List<String> y = words(persons.get(b).name()).stream().map(NameSpellings::fold).toList();
                if (x.equals(y) || (x.size() >= 2 && contains(y, x)) || (y.size() >= 2 && contains(x, y))) {
                    warnings.add(new DraftWarning(DraftWarning.Kind.NAME_SPELLING,
                            Sentence.of("check.samePersonTwice", persons.get(a).name(), persons.get(b).name()), Place.MEETING));
                }
            }
        }
        return warnings;
    }

    private static boolean contains(List<String> whole, List<String> part) {
        return Collections.indexOfSubList(whole, part) >= 0;
    }

    /** The name's words as the text writes them otherwise (accents, not letters, differ). */
    private List<String> misspellings(List<String> text, List<String> name) {
        List<String> found = new ArrayList<>();
        boolean[] used = new boolean[text.size()];
        for (int i = 0; i + 1 < text.size(); i++) {
            for (int j = 0; j + 1 < name.size(); j++) {
                boolean same = fold(text.get(i)).equals(fold(name.get(j))) && fold(text.get(i + 1)).equals(fold(name.get(j + 1)));
                boolean written = text.get(i).equalsIgnoreCase(name.get(j)) && text.get(i + 1).equalsIgnoreCase(name.get(j + 1));
                if (same && !written) {
                    found.add(text.get(i) + " " + text.get(i + 1));
                    used[i] = true;
                    used[i + 1] = true;
                }
            }
        }
        for (int i = 0; i < text.size(); i++) {
            for (int j = 1; j < name.size() && !used[i]; j++) {
                String surname = name.get(j);
                boolean unique = surname.length() >= SHORTEST_SURNAME && personsWithWord.getOrDefault(fold(surname), 0) == 1;
                if (unique && fold(text.get(i)).equals(fold(surname)) && !text.get(i).equalsIgnoreCase(surname)) {
                    found.add(text.get(i));
                }
            }
        }
        return found;
    }

    /** "Vice-Minister" of a person's title written "Vice Minister" in the text, and the other way round. */
    private static List<String[]> titleWordVariants(Person p, String text) {
        List<String[]> found = new ArrayList<>();
        if (p.title() == null) {
            return found;
        }
        Matcher compound = COMPOUND.matcher(p.title());
        while (compound.find()) {
            Pattern spaced = Pattern.compile("\\b" + Pattern.quote(compound.group(1)) + "\\s+" + Pattern.quote(compound.group(2)) + "\\b",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            spaced.matcher(text).results().map(MatchResult::group).findFirst()
                    .ifPresent(variant -> found.add(new String[] {compound.group(), variant}));
        }
        Matcher pair = Pattern.compile("\\b(\\p{L}{2,})\\s+(\\p{L}{2,})\\b").matcher(p.title());
        int from = 0;
        while (pair.find(from)) {
            Pattern joined = Pattern.compile("\\b" + Pattern.quote(pair.group(1)) + "-" + Pattern.quote(pair.group(2)) + "\\b",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            String words = pair.group();
            joined.matcher(text).results().map(MatchResult::group).findFirst()
                    .ifPresent(variant -> found.add(new String[] {words, variant}));
            from = pair.end(1) + 1;
        }
        return found;
    }

    private static List<String> words(String text) {
        if (text == null) {
            return List.of();
        }
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        return WORD.matcher(composed).results().map(MatchResult::group).toList();
    }

    private static String fold(String word) {
        return Normalizer.normalize(word, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
