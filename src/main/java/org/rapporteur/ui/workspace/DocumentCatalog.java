package org.rapporteur.ui.workspace;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.rapporteur.model.Delegation;
import org.rapporteur.model.Document;
import org.rapporteur.model.Meeting;

/**
 * The meeting's documents as the documents field offers them: found by any fragment of their symbol
 * ("12" finds MISPA-III/RE/INF.12/10), checked against the meeting's own symbol pattern (a warning, never
 * a refusal), and proposed when a delegation takes the floor whose document is still to be presented.
 */
final class DocumentCatalog {
    /** What symbols of intergovernmental documents look like: series and parts separated by slashes. */
    private static final Pattern SYMBOL = Pattern.compile("[A-Z][A-Za-z0-9.\\- ]*(/[A-Za-z0-9.\\-() ]+)+");

    private final Meeting meeting;
    private final String commonPrefix;

    DocumentCatalog(Meeting meeting) {
        this.meeting = meeting;
        this.commonPrefix = mostCommonPrefix(meeting.documents());
    }

    /** Symbols containing what was typed (ignoring case and spaces), best first. */
    List<String> suggestions(String typed) {
        String wanted = Folding.compact(lastPiece(typed));
        if (wanted.isEmpty()) {
            return List.of();
        }
        return meeting.documents().stream()
                .filter(d -> Folding.compact(d.symbol()).contains(wanted)
                        || (d.title() != null && Folding.fold(d.title()).contains(Folding.fold(lastPiece(typed)))))
                .sorted((a, b) -> Boolean.compare(!Folding.compact(a.symbol()).startsWith(wanted),
                        !Folding.compact(b.symbol()).startsWith(wanted)))
                .map(Document::symbol)
                .limit(12)
                .toList();
    }

    /** The documents a field's text names, in order; a piece naming no document is left out (see unknown). */
    List<Long> resolve(String text) {
        List<Long> ids = new ArrayList<>();
        for (String piece : pieces(text)) {
            find(piece).ifPresent(d -> {
                if (!ids.contains(d.id())) {
                    ids.add(d.id());
                }
            });
        }
        return ids;
    }

    /** The pieces of a field's text that name no document of the meeting. */
    List<String> unknown(String text) {
        return pieces(text).stream().filter(p -> find(p).isEmpty()).toList();
    }

    /** Pieces that do not look like this meeting's symbols: worth a second look, never refused. */
    List<String> oddLooking(String text) {
        return unknown(text).stream()
                .filter(p -> !SYMBOL.matcher(p).matches()
                        || (!commonPrefix.isEmpty() && !Folding.compact(p).startsWith(Folding.compact(commonPrefix))))
                .toList();
    }

    /** The field's text for a list of document ids. */
    String textOf(Collection<Long> ids) {
        return ids.stream().map(id -> meeting.document(id).map(Document::symbol).orElse(""))
                .filter(s -> !s.isEmpty()).collect(Collectors.joining("; "));
    }

    /**
     * The document a delegation is about to present: one whose title names it and that no entry cites yet.
     * A secretariat's list of documents usually says who presents what ("Presentation by Chile: …").
     */
    Optional<Document> pendingFor(Long delegationId, Collection<Long> alreadyCited) {
        Optional<Delegation> delegation = meeting.delegation(delegationId);
        if (delegation.isEmpty()) {
            return Optional.empty();
        }
        List<String> names = new ArrayList<>(List.of(delegation.get().name(), delegation.get().inProse()));
        names.addAll(delegation.get().aliases());
        return meeting.documents().stream()
                .filter(d -> d.title() != null && !alreadyCited.contains(d.id()))
                .filter(d -> names.stream().anyMatch(n -> Pattern.compile("\\b" + Pattern.quote(Folding.fold(n)) + "\\b")
                        .matcher(Folding.fold(d.title())).find()))
                .findFirst();
    }

    private Optional<Document> find(String piece) {
        String wanted = Folding.compact(piece);
        Optional<Document> exact = meeting.documents().stream()
                .filter(d -> Folding.compact(d.symbol()).equals(wanted)).findFirst();
        if (exact.isPresent()) {
            return exact;
        }
        List<Document> containing = meeting.documents().stream()
                .filter(d -> Folding.compact(d.symbol()).contains(wanted)).toList();
        return containing.size() == 1 ? Optional.of(containing.get(0)) : Optional.empty();
    }

    private static List<String> pieces(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("[;\\n]")).map(String::strip).filter(p -> !p.isEmpty()).toList();
    }

    private static String lastPiece(String text) {
        List<String> all = pieces(text);
        return all.isEmpty() ? "" : all.get(all.size() - 1);
    }

    /** "MISPA-III/RE/" when most of the meeting's symbols start so; empty when there is no such habit. */
    private static String mostCommonPrefix(List<Document> documents) {
        Map<String, Long> prefixes = documents.stream().map(Document::symbol)
                .map(s -> s.indexOf('/', s.indexOf('/') + 1) > 0 ? s.substring(0, s.indexOf('/', s.indexOf('/') + 1) + 1) : "")
                .filter(p -> !p.isEmpty())
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        return prefixes.entrySet().stream().filter(e -> e.getValue() * 2 > documents.size())
                .map(Map.Entry::getKey).findFirst().orElse("");
    }
}
