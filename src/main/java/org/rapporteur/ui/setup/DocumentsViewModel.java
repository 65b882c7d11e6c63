package org.rapporteur.ui.setup;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.rapporteur.exchange.DocumentsPreview;
import org.rapporteur.model.Document;
import org.rapporteur.model.Meeting;

/** The Documents tab: the meeting's documents, edited one by one, pasted as a list or imported. */
public final class DocumentsViewModel {
    private final SetupViewModel setup;
    private final ObservableList<Document> documents = FXCollections.observableArrayList();

    DocumentsViewModel(SetupViewModel setup) {
        this.setup = setup;
        setup.meetingProperty().addListener((obs, old, now) -> show(now));
    }

    private void show(Meeting meeting) {
        if (meeting != null) {
            documents.setAll(meeting.documents());
        }
    }

    /** Adds a document; false (and a word in the status line) when it has no symbol or the meeting has it. */
    public boolean add(Document document) {
        Long meetingId = setup.meetingIdProperty().get();
        Document clean = clean(document);
        if (meetingId == null || clean == null) {
            return false;
        }
        setup.queue(service -> service.addDocument(meetingId, clean), true);
        return true;
    }

    public boolean update(Document document) {
        Document clean = clean(document);
        if (clean == null || clean.id() == null) {
            setup.reload();
            return false;
        }
        setup.queue(service -> service.updateDocument(clean), true);
        return true;
    }

    public void delete(Document document) {
        if (document.id() != null) {
            setup.queue(service -> service.deleteDocument(document.id()), true);
        }
    }

    /** Reads a documents list from a file, off the FX thread. */
    public CompletableFuture<DocumentsPreview> preview(Path file) {
        setup.say(setup.texts().format("setup.status.reading", String.valueOf(file.getFileName())));
        return setup.imports().thenCompose(imports -> imports.previewDocuments(file))
                .whenCompleteAsync((preview, failure) -> setup.say(""), setup.fx());
    }

    /** Reads a pasted list, off the FX thread. */
    public CompletableFuture<DocumentsPreview> previewPasted(String text) {
        return setup.imports().thenCompose(imports -> imports.previewPastedDocuments(text))
                .thenApplyAsync(preview -> preview, setup.fx());
    }

    public CompletableFuture<List<Long>> apply(DocumentsPreview preview) {
        Long meetingId = setup.meetingIdProperty().get();
        CompletableFuture<List<Long>> done = setup.queue(service -> setup.imports()
                .thenCompose(imports -> imports.applyDocuments(meetingId, preview)), true);
        done.whenCompleteAsync((ids, failure) -> {
            if (failure == null) {
                setup.say(setup.texts().format("setup.status.documentsAdded", ids.size()));
            }
        }, setup.fx());
        return done;
    }

    private Document clean(Document d) {
        String symbol = d.symbol() == null ? "" : d.symbol().strip();
        if (symbol.isEmpty()) {
            setup.say(setup.texts().get("setup.problem.symbol"));
            return null;
        }
        boolean taken = documents.stream()
                .anyMatch(o -> !o.id().equals(d.id()) && o.symbol().strip().equalsIgnoreCase(symbol));
        if (taken) {
            setup.say(setup.texts().format("setup.problem.symbolExists", symbol));
            return null;
        }
        return new Document(d.id(), symbol, ParticipantsViewModel.blank(d.title()), d.kind());
    }

    public ObservableList<Document> documents() {
        return documents;
    }
}
