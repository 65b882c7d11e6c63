package org.rapporteur.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A whole meeting record: its facts, who was there, its documents and the parts of the report in order.
 *
 * @param rapporteurId       the person who writes the report; may be null
 * @param participantsListId the document that publishes the list of participants; may be null
 */
public record Meeting(Long id, MeetingFacts facts, Long rapporteurId, Long participantsListId,
                      List<Delegation> delegations, List<Person> persons, List<Document> documents,
                      List<Part> parts) {

    public Meeting {
        Objects.requireNonNull(facts, "facts");
        delegations = delegations == null ? List.of() : List.copyOf(delegations);
        persons = persons == null ? List.of() : List.copyOf(persons);
        documents = documents == null ? List.of() : List.copyOf(documents);
        parts = parts == null ? List.of() : List.copyOf(parts);
    }

    public String title() {
        return facts.title();
    }

    public Optional<Delegation> delegation(Long delegationId) {
        return byId(delegations.stream(), delegationId, Delegation::id);
    }

    public Optional<Person> person(Long personId) {
        return byId(persons.stream(), personId, Person::id);
    }

    public Optional<Document> document(Long documentId) {
        return byId(documents.stream(), documentId, Document::id);
    }

    public List<Part> sessions() {
        return parts.stream().filter(Part::isSession).toList();
    }

    public List<Delegation> presentDelegations() {
        return delegations.stream().filter(Delegation::present).toList();
    }

    public Stream<AgendaItem> items() {
        return parts.stream().flatMap(p -> p.items().stream());
    }

    public Stream<Entry> entries() {
        return items().flatMap(i -> i.entries().stream());
    }

    public Stream<Election> elections() {
        return items().flatMap(i -> i.elections().stream());
    }

    public Stream<Adoption> adoptions() {
        return items().flatMap(i -> i.adoptions().stream());
    }

    public Stream<Proposal> proposals() {
        return items().flatMap(i -> i.proposals().stream());
    }

    public Meeting withId(Long newId) {
        return new Meeting(newId, facts, rapporteurId, participantsListId, delegations, persons, documents, parts);
    }

    /** The same meeting under another title (a copy restored from a backup). */
    public Meeting withTitle(String title) {
        return new Meeting(id, facts.withTitle(title), rapporteurId, participantsListId, delegations, persons, documents,
                parts);
    }

    private static <T> Optional<T> byId(Stream<T> all, Long wanted, java.util.function.Function<T, Long> id) {
        if (wanted == null) {
            return Optional.empty();
        }
        return all.filter(t -> wanted.equals(id.apply(t))).findFirst();
    }
}
