package org.rapporteur.report;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.rapporteur.model.Language;
import org.rapporteur.model.MeetingFacts;
import org.rapporteur.model.Venue;

/** The meeting's facts as the report words them: its dates, its venue, its title inside a sentence. */
final class MeetingPhrases {
    private static final Pattern ROMAN = Pattern.compile("[IVXLCDM]+");

    private final Prose prose;
    private final Wording words;

    MeetingPhrases(Wording words) {
        this.prose = words.prose;
        this.words = words;
    }

    /**
     * The title with its article, as the subject of the opening sentence, and what the verb agrees with:
     * 0 feminine, 1 masculine, 2 feminine plural, 3 masculine plural.
     */
    record Subject(String phrase, int agreement) {
    }

    /** "November 18-19, 2010"; empty when the record has no date. A missing end is a one-day meeting. */
    Optional<String> dates(MeetingFacts facts) {
        LocalDate start = facts.startDate() != null ? facts.startDate() : facts.endDate();
        LocalDate end = facts.endDate() != null ? facts.endDate() : start;
        if (start == null) {
            return Optional.empty();
        }
        String key;
        String running = start.plusDays(1).equals(end) ? "dates.twoDays." : "dates.";
        if (start.equals(end)) {
            key = "dates.oneDay";
        } else if (start.getYear() != end.getYear()) {
            key = running + "otherYears";
        } else if (start.getMonth() != end.getMonth()) {
            key = running + "sameYear";
        } else {
            key = running + "sameMonth";
        }
        return Optional.of(prose.format(key, instant(start), instant(end), start.getDayOfMonth(), end.getDayOfMonth()));
    }

    /** 0 for a one-day meeting, 1 for two days running, 2 for longer: the opening sentence's preposition depends on it. */
    int datesKind(MeetingFacts facts) {
        LocalDate start = facts.startDate() != null ? facts.startDate() : facts.endDate();
        LocalDate end = facts.endDate() != null ? facts.endDate() : start;
        if (start == null || start.equals(end)) {
            return 0;
        }
        return start.plusDays(1).equals(end) ? 1 : 2;
    }

    /** A single day, as the classification block dates the report. */
    String date(LocalDate day) {
        return prose.format("dates.oneDay", instant(day), instant(day), day.getDayOfMonth(), day.getDayOfMonth());
    }

    /** "Santiago, Chile", or whichever of the two is known; empty when neither is. The roster names the country. */
    Optional<String> venue(Venue venue) {
        String city = blankToNull(venue.city());
        String typed = blankToNull(venue.country());
        String country = typed == null ? null : words.delegations.country(typed);
        if (city != null && country != null) {
            return Optional.of(prose.format("venue.cityAndCountry", city, country));
        }
        return Optional.ofNullable(city != null ? city : country);
    }

    String language(Language language) {
        return prose.format("language." + language.name());
    }

    /**
     * The title as the subject of a sentence: with the article its first noun takes ("La Reunión de …", "Le
     * Séminaire …", "L'Atelier …"; an ordinal or a Roman numeral first lets the next word decide), or, when the
     * language's list knows no such noun (a title in another language), the bundle's neutral phrase ("la reunión
     * “…”").
     */
    Subject titleAsSubject(String title) {
        Map<String, String> nouns = new HashMap<>();
        for (String pair : prose.format("opening.titleNouns").split("\\|")) {
            String[] two = pair.split(":", 2);
            if (two.length == 2) {
                nouns.put(two[0].strip(), two[1].strip());
            }
        }
        String[] first = title.strip().split("\\s+", 3);
        String gender = nouns.get(first[0]);
        if (("*".equals(gender) || gender == null && ROMAN.matcher(first[0]).matches()) && first.length > 1) {
            gender = nouns.get(first[1]);
        }
        if (gender == null || "*".equals(gender)) {
            String neutral = prose.format("opening.quotedTitle", title);
            return new Subject(neutral, agreement(prose.format("opening.quotedTitle.gender").strip()));
        }
        String article = words.grammar.definiteArticle(gender);
        String phrase = article.isEmpty() ? title : words.grammar.elideArticle(article + " " + title);
        return new Subject(phrase, agreement(gender));
    }

    private static int agreement(String genderAndNumber) {
        return switch (genderAndNumber) {
            case "m" -> 1;
            case "fp" -> 2;
            case "mp" -> 3;
            default -> 0;
        };
    }

    /**
     * The title as it reads after "The" in a sentence: a title that starts with a common noun of the bundle's
     * list ("Meeting of Government Experts …") takes a small letter, any other keeps its capital, since it may
     * be a name ("Santiago Conference").
     */
    String titleInSentence(String title) {
        String first = title.strip().split("\\s+", 2)[0];
        boolean common = Arrays.stream(prose.format("opening.commonNouns").split("\\|"))
                .map(String::strip).anyMatch(first::equals);
        if (!common) {
            return title.strip();
        }
        String stripped = title.strip();
        int width = Character.charCount(stripped.codePointAt(0));
        return stripped.substring(0, width).toLowerCase(prose.locale()) + stripped.substring(width);
    }

    /** MessageFormat formats {@code java.util.Date}s, in the default time zone: noon of that day stays that day. */
    private static Date instant(LocalDate day) {
        return Date.from(day.atTime(12, 0).atZone(ZoneId.systemDefault()).toInstant());
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    /** Lower case without accents, for comparing names the way a reader would. */
    static String folded(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
    }
}
