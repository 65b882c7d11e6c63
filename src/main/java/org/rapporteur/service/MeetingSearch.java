package org.rapporteur.service;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rapporteur.model.AgendaItem;
import org.rapporteur.model.Delegation;
import org.rapporteur.model.Document;
import org.rapporteur.model.Entry;
import org.rapporteur.model.Meeting;
import org.rapporteur.model.Part;
import org.rapporteur.model.Person;

/**
 * Finds what was said in a meeting: entries whose speaker, cited symbols or summary match a query,
 * ignoring case and accents ("mejia" finds "Mejía"). Pure and in memory: the meeting is already loaded.
 * The speakers and symbols that match are found once per query, and summaries are compared character by
 * character as they are folded, without copying them, so ten thousand summaries take a few milliseconds.
 */
public final class MeetingSearch {
    /** Each character of Latin-1 and Latin Extended-A folded, as {@link #fold(char)} does for any other. */
    private static final char[] FOLDED = new char[0x250];

    static {
        for (char c = 0; c < FOLDED.length; c++) {
            FOLDED[c] = foldSlowly(c);
        }
    }

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
        Set<Long> persons = new HashSet<>();
        for (Person p : meeting.persons()) {
            if (contains(p.name(), wanted) || (p.title() != null && contains(p.title(), wanted))) {
                persons.add(p.id());
            }
        }
        Set<Long> delegations = new HashSet<>();
        for (Delegation d : meeting.delegations()) {
            if (contains(d.name(), wanted) || contains(d.inProse(), wanted) || d.aliases().stream().anyMatch(a -> contains(a, wanted))) {
                delegations.add(d.id());
            }
        }
        Map<Long, String> symbols = new HashMap<>();
        for (Document d : meeting.documents()) {
            if (contains(d.symbol(), wanted)) {
                symbols.put(d.id(), d.symbol());
            }
        }
        for (Part part : meeting.parts()) {
            for (AgendaItem item : part.items()) {
                for (Entry entry : item.entries()) {
                    Match m = match(entry, wanted, persons, delegations, symbols);
                    if (m != null) {
                        hits.add(new Hit(part.id(), item.id(), entry.id(), m.field(), m.snippet()));
                    }
                }
            }
        }
        return hits;
    }

    /** Every entry of the meeting spoken by this delegation or this person (for "everything Brazil said"). */
    public static List<Hit> spokenBy(Meeting meeting, Long delegationId, Long personId) {
        Map<Long, Long> delegationOf = new HashMap<>();
        meeting.persons().forEach(p -> delegationOf.put(p.id(), p.delegationId()));
        List<Hit> hits = new ArrayList<>();
        for (Part part : meeting.parts()) {
            for (AgendaItem item : part.items()) {
                for (Entry entry : item.entries()) {
                    boolean byDelegation = delegationId != null && (delegationId.equals(entry.delegationId())
                            || (entry.personId() != null && delegationId.equals(delegationOf.get(entry.personId()))));
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

    /** The speaker first, then the cited symbols, then the summary, as the rapporteur reads an entry. */
    private static Match match(Entry entry, String wanted, Set<Long> persons, Set<Long> delegations, Map<Long, String> symbols) {
        if ((entry.personId() != null && persons.contains(entry.personId()))
                || (entry.delegationId() != null && delegations.contains(entry.delegationId()))) {
            return new Match(Field.SPEAKER, snippet(entry.summary(), 0));
        }
        for (Long documentId : entry.documentIds()) {
            String symbol = symbols.get(documentId);
            if (symbol != null) {
                return new Match(Field.SYMBOL, symbol);
            }
        }
        String summary = entry.summary() == null ? "" : entry.summary();
        int at = indexOfFolded(summary, wanted);
        return at >= 0 ? new Match(Field.SUMMARY, snippet(summary, at)) : null;
    }

    private static boolean contains(String text, String wanted) {
        return indexOfFolded(text, wanted) >= 0;
    }

    /** Where {@code wanted} (already folded) first stands in {@code text} once folded; -1 when it does not. */
    static int indexOfFolded(String text, String wanted) {
        int last = text.length() - wanted.length();
        char first = wanted.charAt(0);
        for (int i = 0; i <= last; i++) {
            if (fold(text.charAt(i)) != first) {
                continue;
            }
            int j = 1;
            while (j < wanted.length() && fold(text.charAt(i + j)) == wanted.charAt(j)) {
                j++;
            }
            if (j == wanted.length()) {
                return i;
            }
        }
        return -1;
    }

    /** About a line of text from a little before {@code at}, on a word boundary, with ellipses where it was cut. */
    static String snippet(String text, int at) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        int start = Math.max(0, at - 40);
        while (start > 0 && start < text.length() && !Character.isWhitespace(text.charAt(start - 1))) {
            start++;
        }
        // Whitespace runs (line breaks between paragraphs) read as one space; only the part shown is flattened.
        StringBuilder cut = new StringBuilder(128);
        boolean space = false;
        int i = start;
        for (; i < text.length() && cut.length() < 120; i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                space = true;
            } else {
                if (space && !cut.isEmpty()) {
                    cut.append(' ');
                }
                space = false;
                cut.append(c);
            }
        }
        boolean more = false;
        for (; i < text.length() && !more; i++) {
            more = !Character.isWhitespace(text.charAt(i));
        }
        return (start > 0 ? "\u2026" : "") + cut + (more ? "\u2026" : "");
    }

    /** Lower case without accents; one character in, one character out, so positions stay valid. */
    static String fold(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            out.append(fold(text.charAt(i)));
        }
        return out.toString();
    }

    static char fold(char c) {
        if (c < 0x80) {
            return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        return c < FOLDED.length ? FOLDED[c] : foldSlowly(c);
    }

    private static char foldSlowly(char c) {
        String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        return Character.toLowerCase(decomposed.isEmpty() ? c : decomposed.charAt(0));
    }
}
