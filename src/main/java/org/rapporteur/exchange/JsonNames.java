package org.rapporteur.exchange;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** How model values are spelled in the file: enums in lower case, ids as slugs. */
final class JsonNames {
    private JsonNames() {
    }

    static String of(Enum<?> value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT);
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value, String where) throws MeetingFileException {
        if (value == null) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (of(constant).equals(value)) {
                return constant;
            }
        }
        String allowed = Arrays.stream(type.getEnumConstants()).map(JsonNames::of).collect(Collectors.joining(", "));
        throw new MeetingFileException("file.notOneOf", where, value, allowed);
    }

    /** "Saint Kitts and Nevis" → "saint-kitts-and-nevis"; "MISPA-III/RE/INF.12/10" → "mispa-iii-re-inf-12-10". */
    static String slug(String text) {
        String plain = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        return plain.isEmpty() ? "x" : plain;
    }
}
