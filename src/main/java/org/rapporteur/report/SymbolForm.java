package org.rapporteur.report;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.rapporteur.model.Document;
import org.rapporteur.model.Meeting;

/**
 * The form of a meeting's own document symbols. The meeting's series is the prefix most of its documents
 * share ("MISPA-III/RE/"); after it, a symbol is written as the OAS writes them: a designation and its
 * number with no space ("doc.6", "INF.12"), a slash and the two digits of the year, and any revision or
 * correction as " rev. 1" ("MISPA-III/RE/doc.6/10 rev. 1"). Documents of other meetings and series, cited
 * for reference, keep their own forms.
 */
final class SymbolForm {
    private static final Pattern DESIGNATION = Pattern.compile("^\\p{L}+\\.\\s*\\d");
    private static final Pattern OWN_FORM = Pattern.compile("\\p{L}+\\.\\d+/\\d{2}(?: (?i:rev|corr|add)\\. \\d+)*");

    private final Optional<String> series;

    SymbolForm(Meeting meeting) {
        Map<String, Long> prefixes = meeting.documents().stream().map(d -> prefix(d.symbol())).flatMap(Optional::stream)
                .collect(Collectors.groupingBy(Function.identity(), LinkedHashMap::new, Collectors.counting()));
        this.series = prefixes.entrySet().stream().max(Map.Entry.comparingByValue())
                .filter(e -> e.getValue() * 2 > meeting.documents().size()).map(Map.Entry::getKey);
    }

    Optional<String> series() {
        return series;
    }

    /** A symbol of the meeting's series (or one within a space or hyphen of it) not written in its form. */
    boolean isMisformed(String symbol) {
        if (series.isEmpty()) {
            return false;
        }
        Optional<String> prefix = prefix(symbol);
        if (prefix.isEmpty() || !squeezed(prefix.get()).equals(squeezed(series.get()))) {
            return false;
        }
        return !prefix.get().equals(series.get()) || !OWN_FORM.matcher(symbol.substring(prefix.get().length())).matches();
    }

    /** A well-formed symbol of the series to show as the example, a working document's first. */
    Optional<String> example(List<Document> documents) {
        return documents.stream().map(Document::symbol).filter(s -> !isMisformed(s) && series.isPresent() && s.startsWith(series.get()))
                .min(Comparator.comparing((String s) -> !s.substring(series.get().length()).startsWith("doc.")));
    }

    /** "MISPA-III/RE/" of "MISPA-III/RE/doc. 2/10 Rev.1": what comes before the designation and its number. */
    static Optional<String> prefix(String symbol) {
        String[] parts = symbol.split("/", -1);
        StringBuilder prefix = new StringBuilder();
        for (String part : parts) {
            if (DESIGNATION.matcher(part.strip()).find()) {
                return prefix.isEmpty() ? Optional.empty() : Optional.of(prefix.toString());
            }
            prefix.append(part).append('/');
        }
        return Optional.empty();
    }

    private static String squeezed(String prefix) {
        return prefix.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
    }
}
