package org.rapporteur.ui.workspace;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.rapporteur.model.Delegation;
import org.rapporteur.model.Entry;
import org.rapporteur.model.Meeting;
import org.rapporteur.model.Person;

/**
 * Everyone who can take the floor in a meeting, as the speaker field offers them: the delegations (present
 * ones first) and the persons, found by the first letters of any word of their name, an alias or a title.
 */
final class SpeakerCatalog {
    private final List<Candidate> candidates = new ArrayList<>();
    private final Meeting meeting;
    /** Each person's and each delegation's label by id: the list and the search hits ask for one per row. */
    private final Map<Long, String> personLabels = new HashMap<>();
    private final Map<Long, String> delegationNames = new HashMap<>();

    private record Candidate(Speaker speaker, List<String> words, int rank) {
    }

    SpeakerCatalog(Meeting meeting) {
        this.meeting = meeting;
        for (Delegation d : meeting.delegations()) {
            List<String> words = new ArrayList<>(List.of(d.name(), d.inProse()));
            words.addAll(d.aliases());
            candidates.add(new Candidate(new Speaker(null, d.id(), d.name()), words, d.present() ? 0 : 2));
            delegationNames.put(d.id(), d.name());
        }
        Map<String, Long> sameName = new HashMap<>();
        meeting.persons().forEach(p -> sameName.merge(p.name().toLowerCase(Locale.ROOT), 1L, Long::sum));
        for (Person p : meeting.persons()) {
            List<String> words = new ArrayList<>(List.of(p.name()));
            if (p.title() != null) {
                words.add(p.title());
            }
            String label = sameName.get(p.name().toLowerCase(Locale.ROOT)) > 1
                    ? p.name() + " (" + delegationNames.getOrDefault(p.delegationId(), "?") + ")" : p.name();
            candidates.add(new Candidate(new Speaker(p.id(), p.delegationId(), label), words, 1));
            personLabels.put(p.id(), label);
        }
    }

    /** The labels to offer for what has been typed so far, best first. */
    List<String> suggestions(String typed) {
        String wanted = Folding.fold(typed);
        if (wanted.isEmpty()) {
            return List.of();
        }
        return candidates.stream()
                .map(c -> new Object[] {c, score(c, wanted)})
                .filter(pair -> (int) pair[1] < Integer.MAX_VALUE)
                .sorted(Comparator.<Object[]>comparingInt(pair -> (int) pair[1])
                        .thenComparingInt(pair -> ((Candidate) pair[0]).rank())
                        .thenComparing(pair -> ((Candidate) pair[0]).speaker().label()))
                .map(pair -> ((Candidate) pair[0]).speaker().label())
                .distinct()
                .limit(12)
                .toList();
    }

    /** 0: the name starts so; 1: a word of the name or an alias does; 2: the title mentions it; MAX: no match. */
    private static int score(Candidate c, String wanted) {
        String name = Folding.fold(c.words().get(0));
        if (name.startsWith(wanted)) {
            return 0;
        }
        for (String word : c.words()) {
            String folded = Folding.fold(word);
            if (folded.startsWith(wanted) || folded.contains(" " + wanted)) {
                return 1;
            }
        }
        return c.words().stream().anyMatch(w -> Folding.fold(w).contains(wanted)) ? 2 : Integer.MAX_VALUE;
    }

    /** The best completion of what has been typed, if anything matches. */
    Optional<String> complete(String typed) {
        return suggestions(typed).stream().findFirst();
    }

    /** The speaker a text names: a label, a delegation's name or alias, or a person's name. */
    Optional<Speaker> resolve(String text) {
        String wanted = Folding.fold(text);
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        for (Candidate c : candidates) {
            if (Folding.fold(c.speaker().label()).equals(wanted)) {
                return Optional.of(c.speaker());
            }
        }
        for (Delegation d : meeting.delegations()) {
            if (d.isCalled(text)) {
                return Optional.of(new Speaker(null, d.id(), d.name()));
            }
        }
        return Optional.empty();
    }

    /** What the speaker field shows for an entry. */
    String labelOf(Entry entry) {
        if (entry.personId() != null) {
            return personLabels.getOrDefault(entry.personId(), "");
        }
        return entry.delegationId() == null ? "" : delegationNames.getOrDefault(entry.delegationId(), "");
    }

    /**
     * A person typed in for the first time: "Marko Magdic, Deputy Chief of the Public Security Division,
     * Chile" gives the name before the first comma, the title after it, and the delegation when the text
     * ends with one the meeting knows.
     */
    Person newPerson(String text) {
        String[] parts = text.strip().split("\\s*,\\s*", 2);
        String name = parts[0];
        String title = parts.length > 1 ? parts[1] : null;
        Long delegationId = null;
        if (title != null) {
            int last = title.lastIndexOf(',');
            String tail = last >= 0 ? title.substring(last + 1).strip() : title;
            Optional<Delegation> named = meeting.delegations().stream().filter(d -> d.isCalled(tail)).findFirst();
            if (named.isPresent()) {
                delegationId = named.get().id();
                title = last >= 0 ? title.substring(0, last).strip() : null;
            }
        }
        return new Person(null, name, null, title, delegationId);
    }
}
