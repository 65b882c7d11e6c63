package org.rapporteur.service;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rapporteur.model.AgendaItem;
import org.rapporteur.model.Delegation;
import org.rapporteur.model.Entry;
import org.rapporteur.model.Meeting;
import org.rapporteur.model.Part;
import org.rapporteur.model.Person;

/**
 * Finds what was said in a meeting: entries whose speaker, cited symbols or summary match a query,
 * ignoring case and accents ("mejia" finds "Mejía"). Pure and in memory: the meeting is already loaded,
 * and a scan of ten thousand summaries takes milliseconds.
 */
public final class MeetingSearch {
    private MeetingSearch() {
    }

    /** Where a query matched. */
    public enum Field { SPEAKER, SYMBOL, SUMMARY }

    /** One matching entry: where it stands, what matched first, and a snippet around the match. */
    public record Hit(long partId, long itemId, long entryId, Field field, String snippet) {
    }

    public static List<Hit> search(Meeting meeting, String query) {
        String wanted = fold(query == null ? "" : query.strip());
        List<Hit> hits = new ArrayList<>();
        if (wanted.isEmpty()) {
            return hits;
        }
        for (Part part : meeting.parts()) {
            for (AgendaItem item : part.items()) {
                for (Entry entry : item.entries()) {
                    match(meeting, entry, wanted).ifPresent(m ->
                            hits.add(new Hit(part.id(), item.id(), entry.id(), m.field(), m.snippet())));
                }
            }
        }
        return hits;
    }

    /** Every entry of the meeting spoken by this delegation or this person (for "everything Brazil said"). */
    public static List<Hit> spokenBy(Meeting meeting, Long delegationId, Long personId) {
        List<Hit> hits = new ArrayList<>();
        for (Part part : meeting.parts()) {
            for (AgendaItem item : part.items()) {
                for (Entry entry : item.entries()) {
                    boolean byDelegation = delegationId != null && (delegationId.equals(entry.delegationId())
                            || meeting.person(entry.personId()).map(p -> delegationId.equals(p.delegationId())).orElse(false));
                    boolean byPerson = personId != null && personId.equals(entry.personId());
                    if (byDelegation || byPerson) {
                        hits.add(new Hit(part.id(), item.id(), entry.id(), Field.SPEAKER, snippet(entry.summary(), 0)));
                    }
                }
            }
        }
        return hits;
    }

    private record Match(Field field, String snippet) {
    }

    private static Optional<Match> match(Meeting meeting, Entry entry, String wanted) {
        Optional<Person> person = meeting.person(entry.personId());
        Optional<Delegation> delegation = meeting.delegation(entry.delegationId());
        List<String> speaker = new ArrayList<>();
        person.ifPresent(p -> {
            speaker.add(p.name());
            if (p.title() != null) {
                speaker.add(p.title());
            }
        });
        delegation.ifPresent(d -> {
            speaker.add(d.name());
            speaker.add(d.inProse());
            speaker.addAll(d.aliases());
        });
        if (speaker.stream().anyMatch(s -> fold(s).contains(wanted))) {
            return Optional.of(new Match(Field.SPEAKER, snippet(entry.summary(), 0)));
        }
        for (Long documentId : entry.documentIds()) {
            var symbol = meeting.document(documentId).map(d -> d.symbol()).orElse("");
            if (fold(symbol).contains(wanted)) {
                return Optional.of(new Match(Field.SYMBOL, symbol));
            }
        }
        String summary = entry.summary() == null ? "" : entry.summary();
        int at = fold(summary).indexOf(wanted);
        if (at >= 0) {
            return Optional.of(new Match(Field.SUMMARY, snippet(summary, at)));
        }
        return Optional.empty();
    }

    /** About a line of text around {@code at}, on word boundaries, with ellipses where it was cut. */
    static String snippet(String text, int at) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String flat = text.replaceAll("\\s+", " ");
        int start = Math.max(0, at - 40);
        int end = Math.min(flat.length(), start + 120);
        while (start > 0 && start < flat.length() && flat.charAt(start - 1) != ' ') {
            start++;
        }
        String cut = flat.substring(Math.min(start, end), end).strip();
        return (start > 0 ? "\u2026" : "") + cut + (end < flat.length() ? "\u2026" : "");
    }

    /** Lower case without accents; one character in, one character out, so positions stay valid. */
    static String fold(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            out.append(Character.toLowerCase(decomposed.isEmpty() ? c : decomposed.charAt(0)));
        }
        return out.toString();
    }
}
