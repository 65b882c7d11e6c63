package org.rapporteur.ui.workspace;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.rapporteur.model.AgendaItem;
import org.rapporteur.model.Entry;
import org.rapporteur.model.EntryKind;
import org.rapporteur.model.Meeting;
import org.rapporteur.model.Part;
import org.rapporteur.model.PartKind;
import org.rapporteur.model.Person;
import org.rapporteur.service.DecisionList;
import org.rapporteur.service.EditService;
import org.rapporteur.service.EntrySaved;
import org.rapporteur.service.SharedLink;
import org.rapporteur.model.Access;
import org.rapporteur.service.MeetingSearch;
import org.rapporteur.service.MeetingService;
import org.rapporteur.service.Problems;
import org.rapporteur.ui.UiText;
import org.rapporteur.ui.outline.OutlineBuilder;
import org.rapporteur.ui.outline.OutlineNode;

/**
 * The live workspace's state: the meeting's outline, the entries of the selected item, the entry being
 * typed, search hits, undo, and whether everything is saved. No nodes here. Store calls run on the
 * service's threads; their results are applied on {@code fx}. The entry being typed is saved
 * {@value #QUIET_MILLIS} ms after typing pauses, at the latest {@value #LONGEST_WAIT_MILLIS} ms after the first
 * keystroke not yet saved while typing goes on, and at once when the rapporteur leaves it.
 */
public final class WorkspaceViewModel {
    static final long QUIET_MILLIS = 300;
    /** After a failed save (a full disk), how long until the draft is saved again, and again, until it works. */
    static final long RETRY_SECONDS = 3;
    /** A typist who never pauses is saved this often (ADR 0005): what was typed is on disk within a second. */
    static final long LONGEST_WAIT_MILLIS = 600;
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final long meetingId;
    private final CompletableFuture<MeetingService> meetings;
    private final CompletableFuture<EditService> edits;
    private final Executor fx;
    private final UiText texts;
    private final Debouncer autosave;
    private final Debouncer retry;
    private final UndoStack undo = new UndoStack();

    private final ReadOnlyObjectWrapper<Meeting> meeting = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<OutlineNode> outline = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<AgendaItem> item = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper itemHeading = new ReadOnlyStringWrapper("");
    private final ObservableList<Entry> entries = FXCollections.observableArrayList();
    private final ObjectProperty<Entry> selectedEntry = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper saved = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper documentWarning = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper editing = new ReadOnlyBooleanWrapper(false);
    /** A shared meeting's link, as the top bar says it ("" for this laptop's own store). */
    private final ReadOnlyStringWrapper link = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper offline = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<Access> access = new ReadOnlyObjectWrapper<>(Access.ALL);
    /** Reads the meeting again shortly after another laptop changed it (several changes, one read). */
    private final Debouncer changedElsewhere;
    private final StringProperty searchQuery = new SimpleStringProperty("");
    private final ObservableList<SearchRow> hits = FXCollections.observableArrayList();
    private final ObservableList<DecisionList.Decision> decisions = FXCollections.observableArrayList();

    final EntryDraft draft = new EntryDraft();
    private final SpeakersViewModel speakersList;
    /** How to stop each of this screen's listeners on the store's saves, once the service has answered. */
    private final List<CompletableFuture<Runnable>> stopListening = new java.util.ArrayList<>();
    private final DecisionsModel decisionEdits = new DecisionsModel(this);
    private SpeakerCatalog speakers;
    private DocumentCatalog documents;
    /** The draft's id in the store, once its entry exists there; saves chain behind it. */
    private CompletableFuture<Long> draftId;
    private long draftItemId = -1;
    /** The stored version of the entry the editing started from (0 for a new one): see EditService.updateTypedEntry. */
    private int draftVersion;
    /** How many reloads were asked for; FX thread only. */
    private long reloads;
    /** Set while the draft's fields are filled from an entry, so that filling is not taken for typing. */
    private boolean filling;

    /** A search hit as the list shows it. */
    public record SearchRow(MeetingSearch.Hit hit, String where, String speaker) {
    }

    public WorkspaceViewModel(long meetingId, CompletableFuture<MeetingService> meetings,
                              CompletableFuture<EditService> edits, Executor fx, ScheduledExecutorService timer,
                              UiText texts) {
        this.meetingId = meetingId;
        this.meetings = meetings;
        this.edits = edits;
        this.fx = fx;
        this.texts = texts;
        this.autosave = new Debouncer(Duration.ofMillis(QUIET_MILLIS), Duration.ofMillis(LONGEST_WAIT_MILLIS), timer, fx,
                () -> saveDraft(false));
        this.retry = new Debouncer(Duration.ofSeconds(RETRY_SECONDS), Duration.ofSeconds(RETRY_SECONDS), timer, fx,
                () -> saveDraft(false));
        this.speakersList = new SpeakersViewModel(texts, this::submitKeepingDraft, this::now);
        Consumer<Object> typed = any -> {
            if (!filling && draftId != null) {
                autosave.poke();
            }
        };
        draft.speaker.addListener((o, a, b) -> {
            typed.accept(b);
            if (!filling) {
                guessFromSpeaker();
            }
        });
        draft.kind.addListener((o, a, b) -> typed.accept(b));
        draft.documents.addListener((o, a, b) -> {
            typed.accept(b);
            checkDocuments();
        });
        draft.subject.addListener((o, a, b) -> typed.accept(b));
        draft.summary.addListener((o, a, b) -> typed.accept(b));
        onSaved(at -> saved.set(texts.format("workspace.savedAt", CLOCK.format(at))));
        this.changedElsewhere = new Debouncer(Duration.ofMillis(ELSEWHERE_QUIET_MILLIS), Duration.ofMillis(ELSEWHERE_LONGEST_MILLIS),
                timer, fx, this::reload);
        hearTheSharedMeeting();
    }

    /** How soon after another laptop's change the meeting is read again, and the longest a stream of them waits. */
    static final long ELSEWHERE_QUIET_MILLIS = 60;
    static final long ELSEWHERE_LONGEST_MILLIS = 250;

    /**
     * On a shared meeting: what the login may change, whether the server can be reached (and how many edits wait on
     * this laptop), and the other laptops' changes, which read the meeting again (the entry being typed stays).
     */
    private void hearTheSharedMeeting() {
        stopListening.add(edits.thenApply(service -> {
            Access granted = service.access();
            fx.execute(() -> access.set(granted));
            return service.sharedLink().map(shared -> {
                Runnable status = shared.onStatus(s -> fx.execute(() -> showLink(shared, s)));
                Runnable changes = shared.onChangedElsewhere(id -> {
                    if (id == 0 || id == meetingId) {
                        changedElsewhere.poke();
                    }
                });
                fx.execute(() -> showLink(shared, shared.status()));
                return (Runnable) () -> {
                    status.run();
                    changes.run();
                };
            }).orElse(() -> { });
        }));
    }

    private void showLink(SharedLink shared, SharedLink.Status status) {
        offline.set(!status.reachable());
        String where = shared.login().where();
        link.set(status.reachable()
                ? texts.format("workspace.shared", where, texts.get("role." + access.get().role().name()))
                : texts.format("workspace.sharedOffline", where, status.waiting()));
        if (status.problem() != null) {
            problem.set(status.problem().in(texts.locale()));
        }
    }

    public ReadOnlyStringProperty linkProperty() {
        return link.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty offlineProperty() {
        return offline.getReadOnlyProperty();
    }

    /** What this login may change (everything on this laptop's own store). */
    public ReadOnlyObjectProperty<Access> accessProperty() {
        return access.getReadOnlyProperty();
    }

    /** The screen is gone: nothing of it listens to the store any more. */
    void close() {
        // Never a wait here (the FX thread): each listener goes as soon as the service that holds it is there.
        stopListening.forEach(f -> f.thenAccept(Runnable::run));
        stopListening.clear();
    }

    private void onSaved(Consumer<LocalDateTime> heard) {
        stopListening.add(edits.thenApply(service -> service.onSaved(at -> fx.execute(() -> heard.accept(at)))));
    }

    // --- loading and choosing where to log ----------------------------------------------------------------

    /** Loads the meeting and opens its first session (or its first part). */
    public CompletableFuture<Void> start() {
        return start(null, null, false);
    }

    /**
     * Loads the meeting and opens the item {@code itemId} (its first session when null or gone) with the entry
     * {@code entryId} selected — in the editor when {@code editing}. Completes on the FX thread once it is shown.
     */
    public CompletableFuture<Void> start(Long itemId, Long entryId, boolean editing) {
        return reload().thenRunAsync(() -> {
            Meeting m = meeting.get();
            if (m == null) {
                return;
            }
            Optional<AgendaItem> first = m.items().filter(i -> i.id().equals(itemId)).findFirst()
                    .or(() -> m.sessions().stream().flatMap(p -> p.items().stream()).findFirst())
                    .or(() -> m.items().findFirst());
            first.ifPresent(i -> selectItem(i.id()));
            entries.stream().filter(e -> e.id() != null && e.id().equals(entryId)).findFirst().ifPresent(e -> {
                if (editing) {
                    edit(e);
                } else {
                    selectedEntry.set(e);
                }
            });
        }, fx);
    }

    /** Saves the entry being typed now (a blank one goes); completes once every write so far is in the store. */
    CompletableFuture<Void> saveNow() {
        finishDraft();
        return edits.thenCompose(EditService::whenWritten);
    }

    /**
     * Reads the meeting again from the store and refreshes everything. Reads run on a pool and may finish
     * out of order; only the answer to the latest request is shown, since it started after every write that
     * asked for a reload had been committed.
     */
    private CompletableFuture<Void> reload() {
        CompletableFuture<Void> done = new CompletableFuture<>();
        long mine = ++reloads;
        meetings.thenCompose(s -> s.loadMeeting(meetingId)).whenCompleteAsync((loaded, failure) -> {
            if (mine != reloads) {
                done.complete(null);
                return;
            }
            if (failure != null) {
                problem.set(Problems.sentence(failure, texts.locale()));
                done.complete(null);
                return;
            }
            meeting.set(loaded);
            speakers = new SpeakerCatalog(loaded);
            documents = new DocumentCatalog(loaded);
            outline.set(new OutlineBuilder(texts).outline(loaded));
            AgendaItem current = item.get();
            if (current != null) {
                showItem(loaded.items().filter(i -> i.id().equals(current.id())).findFirst().orElse(null));
            }
            done.complete(null);
        }, fx);
        return done;
    }

    /** Opens an agenda item: the entry being typed is saved first. */
    public void selectItem(long itemId) {
        AgendaItem current = item.get();
        if (current != null && current.id() == itemId) {
            return;
        }
        finishDraft();
        meeting.get().items().filter(i -> i.id() == itemId).findFirst().ifPresent(this::showItem);
    }

    private void showItem(AgendaItem shown) {
        item.set(shown);
        // The report's sentences, in the meeting's own language (the UI's may be another).
        decisions.setAll(shown == null ? List.of() : DecisionList.ofItem(meeting.get(), shown.id(),
                meeting.get().facts().originalLanguage().locale()));
        if (shown == null) {
            speakersList.show(null, "", meeting.get());
            entries.clear();
            itemHeading.set("");
            return;
        }
        Part part = partOf(shown.id());
        String where = part.isSession() ? texts.format("outline.session", part.sessionNumber())
                : texts.get("part." + part.kind().name());
        itemHeading.set(shown.hasTitle() ? where + " \u00b7 " + shown.title() : where);
        speakersList.show(shown, itemHeading.get(), meeting.get());
        Entry editingNow = draftId == null ? null : entries.stream().filter(e -> e.id() == null).findFirst().orElse(null);
        entries.setAll(shown.entries());
        if (editingNow != null && draftItemId == shown.id()) {
            entries.add(editingNow);
        }
    }

    private Part partOf(long itemId) {
        return meeting.get().parts().stream().filter(p -> p.items().stream().anyMatch(i -> i.id() == itemId))
                .findFirst().orElseThrow();
    }

    // --- typing entries -------------------------------------------------------------------------------------

    /** Starts a new entry at the end of the open item, stamped with the time now; the editor takes it. */
    public void newEntry() {
        AgendaItem open = item.get();
        if (open == null) {
            return;
        }
        finishDraft();
        Part part = partOf(open.id());
        EntryKind kind = part.kind() == PartKind.OPENING_CEREMONY || part.kind() == PartKind.CLOSING_CEREMONY
                ? EntryKind.SPEECH : EntryKind.STATEMENT;
        int position = (int) entries.stream().filter(e -> e.id() != null).count();
        Entry blank = new Entry(null, kind, null, null, null, null, List.of(), null, null, null);
        filling = true;
        draft.speaker.set("");
        draft.documents.set("");
        draft.subject.set("");
        draft.summary.set("");
        draft.kind.set(kind);
        draft.kindChosen.set(false);
        filling = false;
        draftItemId = open.id();
        draftVersion = 0;
        editing.set(true);
        entries.add(blank);
        selectedEntry.set(blank);
        CompletableFuture<Long> created = new CompletableFuture<>();
        draftId = created;
        edits.thenCompose(service -> {
            LocalDateTime now = service.now();
            fx.execute(() -> draft.startedAt.set(now));
            return service.addEntry(open.id(), position, new Entry(null, kind, null, null, null, null, List.of(), null,
                    now, null));
        }).whenCompleteAsync((id, failure) -> {
            if (failure != null) {
                problem.set(Problems.sentence(failure, texts.locale()));
                created.completeExceptionally(failure);
                return;
            }
            created.complete(id);
            if (draftId == created) {
                replaceDraftRow(id);
            }
        }, fx);
    }

    /** Saves the entry being typed now and starts the next one: the rapporteur's one shortcut. */
    public void finishAndNext() {
        finishDraft();
        newEntry();
    }

    /** Puts an existing entry in the editor. */
    public void edit(Entry entry) {
        if (entry == null || entry.id() == null) {
            return;
        }
        finishDraft();
        filling = true;
        draft.speaker.set(speakers.labelOf(entry));
        draft.kind.set(entry.kind());
        draft.kindChosen.set(true);
        draft.documents.set(documents.textOf(entry.documentIds()));
        draft.subject.set(entry.subject() == null ? "" : entry.subject());
        draft.summary.set(entry.summary() == null ? "" : entry.summary());
        draft.startedAt.set(entry.startedAt());
        filling = false;
        draftItemId = item.get().id();
        draftVersion = entry.version();
        draftId = CompletableFuture.completedFuture(entry.id());
        editing.set(true);
        selectedEntry.set(entry);
    }

    /** The rapporteur chose the kind by hand: it is no longer guessed. */
    public void chooseKind(EntryKind kind) {
        draft.kindChosen.set(true);
        draft.kind.set(kind);
    }

    /** Completes the speaker field from the first letters typed; true if it changed. */
    public boolean completeSpeaker() {
        if (speakers == null || speakers.resolve(draft.speaker.get()).isPresent()) {
            return false;
        }
        Optional<String> best = speakers.complete(draft.speaker.get());
        best.ifPresent(draft.speaker::set);
        return best.isPresent();
    }

    public List<String> speakerSuggestions(String typed) {
        return speakers == null ? List.of() : speakers.suggestions(typed);
    }

    public List<String> documentSuggestions(String typed) {
        return documents == null ? List.of() : documents.suggestions(typed);
    }

    /** Leaves the entry being typed: a new person typed in is added, the entry saved, a blank one removed. */
    private void finishDraft() {
        if (draftId == null) {
            return;
        }
        autosave.cancel();
        CompletableFuture<Long> leaving = draftId;
        if (draft.isBlank()) {
            leaving.thenCompose(id -> edits.thenCompose(s -> s.deleteEntry(id)))
                    .whenCompleteAsync((x, failure) -> reload(), fx);
        } else {
            saveDraft(true);
        }
        draftId = null;
        editing.set(false);
    }

    /**
     * Writes the draft as it is now, behind the write that created it. A speaker typed in full that names no
     * one known becomes a new person only when the rapporteur leaves the entry ({@code leaving}), not mid-word.
     */
    private void saveDraft(boolean leaving) {
        if (draftId == null) {
            return;
        }
        CompletableFuture<Long> id = draftId;
        String speakerText = draft.speaker.get();
        Optional<Speaker> known = speakers.resolve(speakerText);
        CompletableFuture<Speaker> speaker;
        if (known.isPresent() || speakerText.isBlank() || !leaving) {
            speaker = CompletableFuture.completedFuture(known.orElse(null));
        } else {
            speaker = addPersonTypedIn(speakerText);
        }
        EntryKind kind = draft.kind.get();
        List<Long> cited = documents.resolve(draft.documents.get());
        String subject = blankToNull(draft.subject.get());
        String summary = blankToNull(draft.summary.get());
        LocalDateTime started = draft.startedAt.get();
        long itemId = draftItemId;
        int version = draftVersion;
        CompletableFuture<Void> written = id.thenCombine(speaker, (entryId, who) -> new Entry(entryId, kind,
                        who == null ? null : who.personId(), who == null ? null : who.delegationId(), null, subject,
                        cited, summary, started, null, version))
                .thenCompose(entry -> edits.thenCompose(s -> s.updateTypedEntry(entry)).thenApply(saved -> {
                    if (saved.outcome() == EntrySaved.Outcome.KEPT_AS_COPY) {
                        fx.execute(() -> {
                            problem.set(texts.get("workspace.keptAsCopy"));
                            reload();
                        });
                    }
                    return entry;
                }))
                .thenAcceptAsync(entry -> {
                    if (!texts.get("workspace.keptAsCopy").equals(problem.get())) {
                        problem.set("");
                    }
                    if (item.get() != null && item.get().id() == itemId) {
                        for (int i = 0; i < entries.size(); i++) {
                            Entry shown = entries.get(i);
                            if (Objects.equals(shown.id(), entry.id())) {
                                // The store kept the times and title it had; so does the list.
                                entries.set(i, new Entry(entry.id(), entry.kind(), entry.personId(), entry.delegationId(),
                                        shown.speakerTitle(), entry.subject(), entry.documentIds(), entry.summary(),
                                        shown.startedAt(), shown.endedAt()));
                            }
                        }
                    }
                }, fx);
        written.exceptionallyAsync(failure -> {
            problem.set(texts.format("workspace.notSaved", Problems.sentence(failure, texts.locale())));
            // The words stay in the editor; they go to the store as soon as it takes them again.
            if (id == draftId) {
                retry.poke();
            }
            return null;
        }, fx);
    }

    private CompletableFuture<Speaker> addPersonTypedIn(String text) {
        Person person = speakers.newPerson(text);
        return edits.thenCompose(s -> s.addPerson(meetingId, person))
                .thenCompose(personId -> reload().thenApply(v -> new Speaker(personId, person.delegationId(), person.name())));
    }

    private void replaceDraftRow(long id) {
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            if (e.id() == null) {
                Entry withId = e.withId(id);
                entries.set(i, withId);
                if (selectedEntry.get() == e) {
                    selectedEntry.set(withId);
                }
            }
        }
    }

    /** Once the speaker is known: "took the floor again" if they spoke on this item, and their pending document. */
    private void guessFromSpeaker() {
        if (speakers == null) {
            return;
        }
        Optional<Speaker> who = speakers.resolve(draft.speaker.get());
        if (who.isEmpty()) {
            return;
        }
        Long delegation = who.get().delegationId();
        Long person = who.get().personId();
        Long current = selectedEntry.get() == null ? null : selectedEntry.get().id();
        boolean spokeBefore = entries.stream().filter(e -> e.id() != null && !e.id().equals(current))
                .anyMatch(e -> (delegation != null && delegation.equals(e.delegationId()))
                        || (person != null && person.equals(e.personId())));
        if (spokeBefore && !draft.kindChosen.get()) {
            draft.kind.set(EntryKind.TOOK_FLOOR_AGAIN);
        }
        if (draft.documents.get().isBlank() && delegation != null) {
            Set<Long> cited = new HashSet<>();
            meeting.get().entries().forEach(e -> cited.addAll(e.documentIds()));
            documents.pendingFor(delegation, cited).ifPresent(d -> draft.documents.set(d.symbol()));
        }
    }

    private void checkDocuments() {
        if (documents == null) {
            return;
        }
        List<String> odd = documents.oddLooking(draft.documents.get());
        List<String> unknown = documents.unknown(draft.documents.get());
        if (!odd.isEmpty()) {
            documentWarning.set(texts.format("workspace.oddSymbol", String.join("; ", odd)));
        } else if (!unknown.isEmpty()) {
            documentWarning.set(texts.format("workspace.unknownSymbol", String.join("; ", unknown)));
        } else {
            documentWarning.set("");
        }
    }

    // --- structure: reorder, move, delete, with undo ------------------------------------------------------

    /** Moves the selected entry one place up (-1) or down (+1) in its item. */
    public void moveSelected(int by) {
        Entry entry = selectedEntry.get();
        if (entry == null || entry.id() == null) {
            return;
        }
        finishDraft();
        int from = indexOfStored(entry.id());
        int to = from + by;
        if (from < 0 || to < 0 || to >= storedCount()) {
            return;
        }
        long itemId = item.get().id();
        long id = entry.id();
        undo.did(new UndoStack.Change() {
            @Override
            public CompletableFuture<?> undo() {
                return move(id, itemId, from);
            }

            @Override
            public CompletableFuture<?> redo() {
                return move(id, itemId, to);
            }
        });
        move(id, itemId, to);
    }

    /** Moves the selected entry to the end of another item. */
    public void moveSelectedTo(long toItemId) {
        Entry entry = selectedEntry.get();
        if (entry == null || entry.id() == null || item.get() == null || item.get().id() == toItemId) {
            return;
        }
        finishDraft();
        long fromItem = item.get().id();
        int from = indexOfStored(entry.id());
        long id = entry.id();
        int to = meeting.get().items().filter(i -> i.id() == toItemId).findFirst().map(i -> i.entries().size()).orElse(0);
        undo.did(new UndoStack.Change() {
            @Override
            public CompletableFuture<?> undo() {
                return move(id, fromItem, from);
            }

            @Override
            public CompletableFuture<?> redo() {
                return move(id, toItemId, to);
            }
        });
        move(id, toItemId, to);
    }

    /** Deletes the selected entry; undo puts it back where it was. */
    public void deleteSelected() {
        Entry entry = selectedEntry.get();
        if (entry == null || entry.id() == null) {
            return;
        }
        if (draftId != null && draftId.getNow(-1L).equals(entry.id())) {
            autosave.cancel();
            draftId = null;
            editing.set(false);
        }
        long itemId = item.get().id();
        int at = indexOfStored(entry.id());
        Entry[] current = {entry};
        undo.did(new UndoStack.Change() {
            @Override
            public CompletableFuture<?> undo() {
                return edits.thenCompose(s -> s.addEntry(itemId, at, current[0].withId(null)))
                        .thenCompose(newId -> {
                            current[0] = current[0].withId(newId);
                            return reloadAfter();
                        });
            }

            @Override
            public CompletableFuture<?> redo() {
                return edits.thenCompose(s -> s.deleteEntry(current[0].id())).thenCompose(v -> reloadAfter());
            }
        });
        selectedEntry.set(null);
        edits.thenCompose(s -> s.deleteEntry(entry.id())).thenCompose(v -> reloadAfter());
    }

    public CompletableFuture<?> undo() {
        finishDraft();
        return undo.undo();
    }

    public CompletableFuture<?> redo() {
        finishDraft();
        return undo.redo();
    }

    private CompletableFuture<Void> move(long entryId, long toItemId, int toPosition) {
        return edits.thenCompose(s -> s.moveEntry(entryId, toItemId, toPosition)).thenCompose(v -> reloadAfter())
                .thenRunAsync(() -> entries.stream().filter(e -> Objects.equals(e.id(), entryId)).findFirst()
                        .ifPresent(selectedEntry::set), fx);
    }

    private CompletableFuture<Void> reloadAfter() {
        CompletableFuture<Void> done = new CompletableFuture<>();
        fx.execute(() -> reload().whenComplete((v, f) -> done.complete(null)));
        return done;
    }

    private int indexOfStored(long entryId) {
        List<Entry> stored = entries.stream().filter(e -> e.id() != null).toList();
        for (int i = 0; i < stored.size(); i++) {
            if (stored.get(i).id() == entryId) {
                return i;
            }
        }
        return -1;
    }

    private int storedCount() {
        return (int) entries.stream().filter(e -> e.id() != null).count();
    }

    // --- decisions ------------------------------------------------------------------------------------------

    UiText texts() {
        return texts;
    }

    /** Says, on the problem line, what went wrong. */
    void problem(String sentence) {
        problem.set(sentence);
    }

    /** Recording, changing and removing the open item's decisions. */
    public DecisionsModel decisionEdits() {
        return decisionEdits;
    }

    boolean inOpenItem(java.util.function.BiFunction<EditService, Long, CompletableFuture<?>> edit) {
        AgendaItem open = item.get();
        if (open == null) {
            return false;
        }
        return submit(s -> edit.apply(s, open.id()));
    }

    /** A change to the decisions: the entry being typed is finished first, the item shown again after. */
    boolean submit(java.util.function.Function<EditService, CompletableFuture<?>> edit) {
        finishDraft();
        edits.thenCompose(s -> edit.apply(s).thenApply(done -> (Void) null))
                .thenCompose(done -> reloadAfter()).exceptionallyAsync(failure -> failed(failure), fx);
        return true;
    }

    // --- the speakers list -----------------------------------------------------------------------------------

    public SpeakersViewModel speakersList() {
        return speakersList;
    }

    /** Opens the place a warning or a preview paragraph points at: its item (a part's first), then its entry. */
    public void goTo(Long partId, Long itemId, Long entryId) {
        Meeting m = meeting.get();
        if (m == null) {
            return;
        }
        Long target = itemId;
        if (target == null && partId != null) {
            target = m.parts().stream().filter(p -> p.id().equals(partId)).flatMap(p -> p.items().stream())
                    .map(AgendaItem::id).findFirst().orElse(null);
        }
        if (target == null) {
            return;
        }
        selectItem(target);
        if (entryId != null) {
            entries.stream().filter(e -> entryId.equals(e.id())).findFirst().ifPresent(selectedEntry::set);
        }
    }

    /** Runs {@code listener} on the FX thread after every edit committed to the store, until {@link #close()}. */
    void onSaved(Runnable listener) {
        onSaved(at -> listener.run());
    }

    /** The open item's id; null when none is open. */
    Long openItemId() {
        return item.get() == null ? null : item.get().id();
    }

    /** The venue's time now, by the service's clock once it is there. */
    LocalDateTime now() {
        return edits.isDone() && !edits.isCompletedExceptionally() ? edits.join().now() : LocalDateTime.now().withNano(0);
    }

    /** Who spoke how often and how long, in the open item or the whole meeting, as the workspace holds it. */
    public List<org.rapporteur.report.SpeakingStatistics.Row> statistics(boolean wholeMeeting) {
        Meeting m = meeting.get();
        AgendaItem open = item.get();
        if (m == null || (!wholeMeeting && open == null)) {
            return List.of();
        }
        return org.rapporteur.report.SpeakingStatistics.of(m, wholeMeeting ? null : open.id(), now(), texts.locale());
    }

    /**
     * The chair gives the floor to the next speaker: the entry being typed is saved, the next speaker's entry
     * is started in the store and opened in the editor, their name already in it. Completes (on the FX thread)
     * when it is open, with false when nobody was waiting.
     */
    public CompletableFuture<Boolean> callNextSpeaker() {
        finishDraft();
        return speakersList.callNext().thenApply(entryId -> {
            Optional<Entry> opened = entryId.flatMap(id -> entries.stream().filter(e -> Objects.equals(e.id(), id)).findFirst());
            opened.ifPresent(this::edit);
            return opened.isPresent();
        });
    }

    /**
     * A change to the speakers list while the rapporteur types: the entry being typed stays in the editor (its
     * saves are queued on the same writer, in order); the item is shown again once the change is stored.
     */
    private <T> CompletableFuture<T> submitKeepingDraft(java.util.function.Function<EditService, CompletableFuture<T>> edit) {
        CompletableFuture<T> shown = new CompletableFuture<>();
        edits.thenCompose(edit).whenCompleteAsync((value, failure) -> {
            if (failure != null) {
                failed(failure);
                shown.completeExceptionally(failure);
                return;
            }
            reload().whenComplete((v, f) -> shown.complete(value));
        }, fx);
        return shown;
    }

    private Void failed(Throwable failure) {
        problem.set(texts.format("workspace.notSaved", Problems.sentence(failure, texts.locale())));
        return null;
    }

    /** The decisions of the open item, each with its generated sentence. */
    public ObservableList<DecisionList.Decision> decisions() {
        return decisions;
    }

    /** Names of the meeting's persons, for the nominee field. */
    List<String> personSuggestions(String typed) {
        // A name typed in full needs no suggestion: the popup closes instead of holding on to Tab and Enter.
        return speakerSuggestions(typed).stream().filter(label -> !label.equalsIgnoreCase(typed.strip()))
                .filter(label -> speakers.resolve(label).map(sp -> sp.personId() != null).orElse(false)).toList();
    }

    /** Names of the meeting's delegations, for nominated-by and seconded-by fields (the last name typed). */
    List<String> delegationSuggestions(String typed) {
        String[] pieces = typed.split(DecisionForms.BETWEEN_NAMES);
        String last = pieces.length == 0 ? "" : pieces[pieces.length - 1];
        String before = typed.substring(0, typed.length() - last.length());
        return speakerSuggestions(last).stream().filter(label -> !label.equalsIgnoreCase(last.strip()))
                .filter(label -> speakers.resolve(label).map(sp -> sp.personId() == null).orElse(false))
                .map(label -> before + label).toList();
    }

    // --- search -------------------------------------------------------------------------------------------

    /** Searches the meeting as stored after everything typed so far; hits replace the list. */
    public CompletableFuture<Void> search(String query, boolean speakerOnly) {
        searchQuery.set(query);
        if (autosave.isPending()) {
            autosave.cancel();
            saveDraft(false);
        }
        CompletableFuture<Void> done = new CompletableFuture<>();
        // The scan and the rows are built where the meeting was read, off the FX thread; only the list is set on it.
        edits.thenCompose(EditService::whenWritten)
                .thenCompose(v -> meetings.thenCompose(s -> s.loadMeeting(meetingId)))
                .thenApply(loaded -> rowsFor(loaded, query, speakerOnly))
                .whenCompleteAsync((rows, failure) -> {
                    if (failure == null) {
                        hits.setAll(rows);
                    }
                    done.complete(null);
                }, fx);
        return done;
    }

    private List<SearchRow> rowsFor(Meeting loaded, String query, boolean speakerOnly) {
        SpeakerCatalog names = new SpeakerCatalog(loaded);
        Optional<Speaker> who = names.resolve(query);
        List<MeetingSearch.Hit> found = speakerOnly && who.isPresent()
                ? MeetingSearch.spokenBy(loaded, who.get().delegationId(), who.get().personId())
                : MeetingSearch.search(loaded, query).stream()
                        .filter(h -> !speakerOnly || h.field() == MeetingSearch.Field.SPEAKER).toList();
        java.util.Map<Long, Entry> byId = new java.util.HashMap<>();
        loaded.entries().forEach(e -> byId.put(e.id(), e));
        java.util.Map<Long, Part> parts = new java.util.HashMap<>();
        loaded.parts().forEach(p -> parts.put(p.id(), p));
        return found.stream().map(hit -> {
            Part part = parts.get(hit.partId());
            String where = part.isSession() ? texts.format("outline.session", part.sessionNumber())
                    : texts.get("part." + part.kind().name());
            return new SearchRow(hit, where, names.labelOf(byId.get(hit.entryId())));
        }).toList();
    }

    /** Opens the item of a hit and selects its entry. */
    public void jumpTo(SearchRow row) {
        if (row == null) {
            return;
        }
        finishDraft();
        CompletableFuture<Void> fresh = reload();
        fresh.thenRunAsync(() -> {
            item.set(null);
            selectItem(row.hit().itemId());
            entries.stream().filter(e -> Objects.equals(e.id(), row.hit().entryId())).findFirst()
                    .ifPresent(selectedEntry::set);
        }, fx);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    // --- properties ---------------------------------------------------------------------------------------

    public ReadOnlyObjectProperty<Meeting> meetingProperty() {
        return meeting.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<OutlineNode> outlineProperty() {
        return outline.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<AgendaItem> itemProperty() {
        return item.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty itemHeadingProperty() {
        return itemHeading.getReadOnlyProperty();
    }

    public ObservableList<Entry> entries() {
        return entries;
    }

    public ObjectProperty<Entry> selectedEntryProperty() {
        return selectedEntry;
    }

    public ReadOnlyStringProperty savedProperty() {
        return saved.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty documentWarningProperty() {
        return documentWarning.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty editingProperty() {
        return editing.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return undo.canUndoProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return undo.canRedoProperty();
    }

    public ObservableList<SearchRow> hits() {
        return hits;
    }

    public StringProperty searchQueryProperty() {
        return searchQuery;
    }

    /** The label the entries list shows for an entry's speaker. */
    public String speakerOf(Entry entry) {
        return speakers == null ? "" : speakers.labelOf(entry);
    }

    public String documentsOf(Entry entry) {
        return documents == null ? "" : documents.textOf(entry.documentIds());
    }
}
