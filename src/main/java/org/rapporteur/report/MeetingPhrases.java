package org.rapporteur.report;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Date;
import java.util.Locale;
import java.util.Optional;
import org.rapporteur.model.Language;
import org.rapporteur.model.MeetingFacts;
import org.rapporteur.model.Venue;

/** The meeting's facts as the report words them: its dates, its venue, its title inside a sentence. */
final class MeetingPhrases {
    private final Prose prose;

    MeetingPhrases(Prose prose) {
        this.prose = prose;
    }

    /** "November 18-19, 2010"; empty when the record has no date. A missing end is a one-day meeting. */
    Optional<String> dates(MeetingFacts facts) {
        LocalDate start = facts.startDate() != null ? facts.startDate() : facts.endDate();
        LocalDate end = facts.endDate() != null ? facts.endDate() : start;
        if (start == null) {
            return Optional.empty();
        }
        String key;
        if (start.equals(end)) {
            key = "dates.oneDay";
        } else if (start.getYear() != end.getYear()) {
            key = "dates.otherYears";
        } else if (start.getMonth() != end.getMonth()) {
            key = "dates.sameYear";
        } else {
            key = "dates.sameMonth";
        }
        return Optional.of(prose.format(key, instant(start), instant(end)));
    }

    /** A single day, as the classification block dates the report. */
    String date(LocalDate day) {
        return prose.format("dates.oneDay", instant(day), instant(day));
    }

    /** "Santiago, Chile", or whichever of the two is known; empty when neither is. */
    Optional<String> venue(Venue venue) {
        String city = blankToNull(venue.city());
        String country = blankToNull(venue.country());
        if (city != null && country != null) {
            return Optional.of(prose.format("venue.cityAndCountry", city, country));
        }
        return Optional.ofNullable(city != null ? city : country);
    }

    String language(Language language) {
        return prose.format("language." + language.name());
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
