package org.rapporteur.ui.home;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.rapporteur.model.Meeting;
import org.rapporteur.model.MeetingSummary;
import org.rapporteur.service.MeetingService;
import org.rapporteur.service.Problems;
import org.rapporteur.ui.UiText;
import org.rapporteur.ui.outline.OutlineBuilder;
import org.rapporteur.ui.outline.OutlineNode;

/**
 * State of the first window: the store's meetings, the one selected and its outline, and a status line.
 * No nodes here; every store call runs on the service's threads and its result is applied on {@code fx}.
 */
public final class HomeViewModel {
    private final CompletableFuture<MeetingService> service;
    private final Executor fx;
    private final UiText texts;
    private final OutlineBuilder outlines;

    private final ObservableList<MeetingSummary> meetings = FXCollections.observableArrayList();
    private final ObjectProperty<MeetingSummary> selected = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<Meeting> meeting = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<OutlineNode> outline = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper storeProblem = new ReadOnlyStringWrapper("");
    /** The meeting last asked for; a slower answer for an earlier one is dropped. FX thread only. */
    private long requestedId = -1;

    public HomeViewModel(CompletableFuture<MeetingService> service, Executor fx, UiText texts) {
        this.service = service;
        this.fx = fx;
        this.texts = texts;
        this.outlines = new OutlineBuilder(texts);
        status.set(texts.get("status.opening"));
        selected.addListener((obs, old, now) -> {
            if (now != null && now.id() != requestedId) {
                open(now.id());
            }
        });
    }

    /** Opens the store (if not yet) and lists its meetings; a store that cannot be opened stays not ready. */
    public void start() {
        start(null);
    }

    /** The same, then selects the meeting {@code meetingId} when it is listed (null: none). */
    public void start(Long meetingId) {
        service.thenCompose(MeetingService::listMeetings).whenCompleteAsync((list, failure) -> {
            if (failure != null) {
                String sentence = Problems.sentence(failure, texts.locale());
                storeProblem.set(sentence);
                status.set(sentence);
                return;
            }
            meetings.setAll(list);
            ready.set(true);
            status.set(list.isEmpty() ? texts.get("status.empty") : texts.get("status.ready"));
            list.stream().filter(m -> meetingId != null && m.id() == meetingId).findFirst().ifPresent(selected::set);
        }, fx);
    }

    /** Opens the sample meeting, adding it to the store the first time. */
    public void openSample() {
        status.set(texts.get("status.openingSample"));
        showAdded(service.thenCompose(MeetingService::openSample));
    }

    /** Lists the meetings again and opens the one {@code added} completes with (the sample, a restored copy). */
    public void showAdded(CompletableFuture<Long> added) {
        added.thenCompose(id -> service.thenCompose(s -> s.listMeetings()).thenApply(list -> new Listed(id, list)))
                .whenCompleteAsync((listed, failure) -> {
                    if (failure != null) {
                        status.set(Problems.sentence(failure, texts.locale()));
                        return;
                    }
                    meetings.setAll(listed.meetings());
                    open(listed.id());
                    listed.meetings().stream().filter(m -> m.id() == listed.id()).findFirst().ifPresent(selected::set);
                }, fx);
    }

    private void open(long meetingId) {
        requestedId = meetingId;
        call(s -> s.loadMeeting(meetingId), loaded -> {
            if (loaded.id() != requestedId) {
                return;
            }
            meeting.set(loaded);
            outline.set(outlines.outline(loaded));
            status.set(texts.format("status.opened", loaded.title()));
        });
    }

    private <T> void call(Function<MeetingService, CompletableFuture<T>> work, Consumer<T> apply) {
        service.thenCompose(work).whenCompleteAsync((result, failure) -> {
            if (failure != null) {
                status.set(Problems.sentence(failure, texts.locale()));
            } else {
                apply.accept(result);
            }
        }, fx);
    }

    private record Listed(long id, List<MeetingSummary> meetings) {
    }

    public ObservableList<MeetingSummary> meetings() {
        return meetings;
    }

    public ObjectProperty<MeetingSummary> selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<Meeting> meetingProperty() {
        return meeting.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<OutlineNode> outlineProperty() {
        return outline.getReadOnlyProperty();
    }

    /** Says {@code sentence} in the status line (what became of an action started elsewhere). FX thread. */
    public void say(String sentence) {
        status.set(sentence);
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }

    /** Why the store could not be opened; empty while it is fine. */
    public ReadOnlyStringProperty storeProblemProperty() {
        return storeProblem.getReadOnlyProperty();
    }
}
