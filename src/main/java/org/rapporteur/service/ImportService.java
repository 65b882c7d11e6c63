package org.rapporteur.service;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.rapporteur.exchange.DocumentRow;
import org.rapporteur.exchange.DocumentsImport;
import org.rapporteur.exchange.DocumentsPreview;
import org.rapporteur.exchange.ImportException;
import org.rapporteur.exchange.ParticipantRow;
import org.rapporteur.exchange.ParticipantsImport;
import org.rapporteur.exchange.ParticipantsPreview;
import org.rapporteur.model.Delegation;
import org.rapporteur.model.DelegationKind;
import org.rapporteur.model.Document;
import org.rapporteur.model.Meeting;
import org.rapporteur.model.Person;
import org.rapporteur.store.Store;

/**
 * Lists of participants and documents brought into a meeting: first a preview read off the writer thread
 * (nothing changes), then, once the person confirms it, the whole preview applied in one transaction.
 * A list that cannot be read at all completes the preview's future with an {@link ImportException}.
 */
public final class ImportService {
    private final Store store;
    private final EditService edits;
    private final Workers workers;

    ImportService(StoreWriter writer, EditService edits, Workers workers) {
        this.store = writer.store();
        this.edits = edits;
        this.workers = workers;
    }

    /** Reads a participants list against the meeting's delegations (then the roster's member states). */
    public CompletableFuture<ParticipantsPreview> previewParticipants(Path file, long meetingId) {
        return read(() -> {
            List<Delegation> delegations = store.meetings().load(meetingId).delegations();
            try {
                return ParticipantsImport.read(file, delegations);
            } catch (ImportException e) {
                throw new CompletionException(e);
            }
        });
    }

    public CompletableFuture<DocumentsPreview> previewDocuments(Path file) {
        return read(() -> {
            try {
                return DocumentsImport.read(file);
            } catch (ImportException e) {
                throw new CompletionException(e);
            }
        });
    }

    /** Reads a list pasted from an e-mail or a Word document, one document a line. */
    public CompletableFuture<DocumentsPreview> previewPastedDocuments(String text) {
        return read(() -> DocumentsImport.parsePasted(text));
    }

    /**
     * Adds the preview's persons and the delegations they need, all or nothing; completes with the new
     * persons' ids. A delegation is matched again against the meeting as it is now, so one added since the
     * preview was read is not added twice. New delegations are marked present: the list says they came.
     */
    public CompletableFuture<List<Long>> applyParticipants(long meetingId, ParticipantsPreview preview) {
        return afterQueuedWrites(() -> store.meetings().load(meetingId).delegations())
                .thenCompose(current -> {
                    Participants plan = plan(current, preview);
                    return edits.addParticipants(meetingId, plan.newDelegations(), plan.persons());
                });
    }

    /**
     * Adds the preview's documents in one transaction, leaving out symbols the meeting already has;
     * completes with the new documents' ids.
     */
    public CompletableFuture<List<Long>> applyDocuments(long meetingId, DocumentsPreview preview) {
        return afterQueuedWrites(() -> store.meetings().load(meetingId))
                .thenCompose(meeting -> edits.addDocuments(meetingId, newDocuments(meeting, preview)));
    }

    /** What to write for a preview: new delegations with temporary (negative) ids, persons referring to them. */
    static Participants plan(List<Delegation> current, ParticipantsPreview preview) {
        Map<String, Delegation> created = new LinkedHashMap<>();
        List<Person> persons = new ArrayList<>();
        for (ParticipantRow row : preview.rows()) {
            Long delegationId = null;
            String wanted = row.matched() != null ? row.matched().name() : row.delegationName();
            Delegation existing = wanted == null ? null
                    : current.stream().filter(d -> d.isCalled(wanted)).findFirst().orElse(null);
            if (row.matched() != null && row.matched().id() != null && !row.newDelegation()) {
                delegationId = row.matched().id();
            } else if (existing != null) {
                delegationId = existing.id();
            } else if (wanted != null) {
                String key = wanted.strip().toLowerCase(Locale.ROOT);
                // Ids below zero are never the store's, so they cannot be mistaken for an existing delegation.
                Delegation made = created.computeIfAbsent(key, k -> newDelegation(row, -(created.size() + 1L)));
                delegationId = made.id();
            }
            persons.add(new Person(null, row.name(), row.honorific(), row.title(), delegationId));
        }
        return new Participants(List.copyOf(created.values()), persons);
    }

    private static Delegation newDelegation(ParticipantRow row, long temporaryId) {
        if (row.matched() != null) {
            return row.matched().withId(temporaryId).withPresent(true);
        }
        return new Delegation(temporaryId, row.delegationName().strip(), null, DelegationKind.OBSERVER, true, List.of());
    }

    private static List<Document> newDocuments(Meeting meeting, DocumentsPreview preview) {
        Set<String> known = new HashSet<>();
        meeting.documents().forEach(d -> known.add(d.symbol().strip().toLowerCase(Locale.ROOT)));
        List<Document> documents = new ArrayList<>();
        for (DocumentRow row : preview.rows()) {
            if (known.add(row.symbol().strip().toLowerCase(Locale.ROOT))) {
                documents.add(new Document(null, row.symbol(), row.title(), row.kind()));
            }
        }
        return documents;
    }

    /** New delegations and the persons of an import, as {@link EditService#addParticipants} takes them. */
    record Participants(List<Delegation> newDelegations, List<Person> persons) {
    }

    /** A read on the writer thread: it sees every write queued before it, and is not itself a save. */
    private <T> CompletableFuture<T> afterQueuedWrites(Supplier<T> work) {
        return CompletableFuture.supplyAsync(work, workers.writer());
    }

    private <T> CompletableFuture<T> read(Supplier<T> work) {
        return CompletableFuture.supplyAsync(work, workers.reader());
    }
}
