package org.rapporteur.ui.workspace;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;
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
import org.rapporteur.model.AgendaItem;
import org.rapporteur.model.Delegation;
import org.rapporteur.model.FloorRequest;
import org.rapporteur.model.FloorRequestKind;
import org.rapporteur.model.Meeting;
import org.rapporteur.model.SpeakersList;
import org.rapporteur.service.EditService;
import org.rapporteur.ui.UiText;

/**
 * The open item's speakers list as the rapporteur and the chair see it: who has the floor and for how long,
 * who waits, the item's time limit. The clock is worked out from the stored times on every tick, so it is the
 * same in every window and after a restart. Changes go through the workspace, which saves and reloads.
 */
public final class SpeakersViewModel {
    /** How the speaker stands against the item's limit; the last minute before it is a warning. */
    public enum TimeState { NO_LIMIT, WITHIN, NEAR, OVER }

    static final Duration WARNING = Duration.ofMinutes(1);

    /** A request as the lists show it. */
    public record Row(FloorRequest request, String speaker, String kind, boolean secondTurn) {

        /**
         * "3. El Salvador · Right of reply": its place in the waiting list, who, and its kind when it is not a
         * regular one; with {@code secondTurnMark}, a second turn says so too.
         */
        String line(int place, String secondTurnMark) {
            String text = place + ". " + speaker;
            if (request.kind() != FloorRequestKind.REGULAR) {
                text += " \u00b7 " + kind;
            }
            if (secondTurn && secondTurnMark != null) {
                text += " \u00b7 " + secondTurnMark;
            }
            return text;
        }
    }

    /** Submits an edit to the store; completes on the FX thread once the workspace shows what was stored. */
    interface Submitter {
        <T> CompletableFuture<T> submit(Function<EditService, CompletableFuture<T>> edit);
    }

    private final UiText texts;
    private final Submitter workspace;
    private final Supplier<LocalDateTime> now;

    private final ObservableList<Row> waiting = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Row> current = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper itemTitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper elapsed = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper remaining = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<TimeState> timeState = new ReadOnlyObjectWrapper<>(TimeState.NO_LIMIT);
    private final ReadOnlyBooleanWrapper paused = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper closed = new ReadOnlyBooleanWrapper(false);
    private final ObjectProperty<Integer> limitSeconds = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");

    private AgendaItem item;
    private SpeakerCatalog catalog;

    SpeakersViewModel(UiText texts, Submitter workspace, Supplier<LocalDateTime> now) {
        this.texts = texts;
        this.workspace = workspace;
        this.now = now;
    }

    /** Shows an item's list, as stored. */
    void show(AgendaItem shown, String title, Meeting meeting) {
        item = shown;
        catalog = meeting == null ? null : new SpeakerCatalog(meeting);
        itemTitle.set(title == null ? "" : title);
        if (shown == null) {
            waiting.clear();
            current.set(null);
            closed.set(false);
            limitSeconds.set(null);
            tick();
            return;
        }
        SpeakersList list = SpeakersList.of(shown);
        waiting.setAll(list.waiting().stream().map(r -> row(r, list, meeting)).toList());
        current.set(list.speaking().map(r -> row(r, list, meeting)).orElse(null));
        closed.set(shown.speakersListClosed());
        limitSeconds.set(shown.speakingLimitSeconds());
        tick();
    }

    private Row row(FloorRequest r, SpeakersList list, Meeting meeting) {
        String who = r.personId() != null
                ? meeting.person(r.personId()).map(p -> p.name()).orElse("")
                : meeting.delegation(r.delegationId()).map(Delegation::name).orElse("");
        if (r.personId() != null && r.delegationId() != null) {
            who = texts.format("speakers.personOf", who, meeting.delegation(r.delegationId()).map(Delegation::name).orElse(""));
        }
        return new Row(r, who, texts.get("speakers.kind." + r.kind().name()), list.isSecondTurn(r));
    }

    /** Works the clock out again from the stored times: once a second while the window shows. */
    void tick() {
        Row speaking = current.get();
        if (speaking == null) {
            elapsed.set("");
            remaining.set("");
            paused.set(false);
            timeState.set(TimeState.NO_LIMIT);
            return;
        }
        Duration spoken = speaking.request().spoken(now.get());
        elapsed.set(clock(spoken));
        paused.set(speaking.request().isPaused());
        Integer limit = limitSeconds.get();
        if (limit == null) {
            remaining.set("");
            timeState.set(TimeState.NO_LIMIT);
            return;
        }
        Duration left = Duration.ofSeconds(limit).minus(spoken);
        if (left.isNegative()) {
            remaining.set(texts.format("speakers.over", clock(left.negated())));
            timeState.set(TimeState.OVER);
        } else {
            remaining.set(texts.format("speakers.left", clock(left)));
            timeState.set(left.compareTo(WARNING) <= 0 ? TimeState.NEAR : TimeState.WITHIN);
        }
    }

    static String clock(Duration d) {
        long s = d.toSeconds();
        return s >= 3600 ? String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format("%d:%02d", s / 60, s % 60);
    }

    // --- what the rapporteur does ---------------------------------------------------------------------------

    /** Adds who was typed ("Mex", a name) to the list; false, with a sentence, when nobody matches. */
    boolean request(String typed, FloorRequestKind kind) {
        if (item == null || catalog == null || typed == null || typed.isBlank()) {
            return false;
        }
        Optional<Speaker> who = catalog.resolve(typed).or(() -> catalog.complete(typed).flatMap(catalog::resolve));
        if (who.isEmpty()) {
            problem.set(texts.format("speakers.unknown", typed.strip()));
            return false;
        }
        if (closed.get() && kind == FloorRequestKind.REGULAR) {
            problem.set(texts.get("speakers.closedProblem"));
            return false;
        }
        problem.set("");
        long itemId = item.id();
        workspace.submit(s -> s.requestFloor(itemId, kind, who.get().personId(), who.get().delegationId()));
        return true;
    }

    /** Calls the next speaker; completes with the new entry's id, once the workspace shows it. */
    CompletableFuture<Optional<Long>> callNext() {
        if (item == null) {
            return CompletableFuture.completedFuture(Optional.empty());
        }
        long itemId = item.id();
        // What this screen shows has the floor now: another laptop's call meanwhile is refused, not doubled.
        Long seen = current.get() == null ? null : current.get().request().id();
        return workspace.submit(s -> s.callNext(itemId, seen));
    }

    void finishSpeaker() {
        if (item != null && current.get() != null) {
            long itemId = item.id();
            workspace.submit(s -> s.finishSpeaker(itemId));
        }
    }

    void pauseOrResume() {
        Row speaking = current.get();
        if (speaking != null) {
            workspace.submit(s -> s.pauseOrResume(speaking.request()));
        }
    }

    void withdraw(Row row) {
        if (row != null) {
            workspace.submit(s -> s.withdrawFloorRequest(row.request()));
        }
    }

    /** Moves a waiting request up or down among those waiting. */
    void move(Row row, int by) {
        int at = waiting.indexOf(row);
        int to = at + by;
        if (at < 0 || to < 0 || to >= waiting.size()) {
            return;
        }
        moveBefore(row, by > 0 ? (to + 1 < waiting.size() ? waiting.get(to + 1) : null) : waiting.get(to));
    }

    /** Moves a waiting request before another one (null: to the end), as a drag and drop does. */
    void moveBefore(Row row, Row before) {
        if (item == null || row == null || Objects.equals(row, before)) {
            return;
        }
        List<FloorRequest> all = item.speakers();
        FloorRequest moving = row.request();
        int target = before == null ? all.size() - 1 : all.indexOf(before.request());
        int from = all.indexOf(moving);
        if (from < 0 || target < 0) {
            return;
        }
        int place = before != null && from < target ? target - 1 : target;
        workspace.submit(s -> s.moveFloorRequest(moving.id(), place));
    }

    /** "3" is three minutes, "2:30" two and a half, "90s" ninety seconds; blank is no limit. */
    boolean setLimit(String typed) {
        if (item == null) {
            return false;
        }
        Optional<Integer> seconds = parseLimit(typed);
        if (seconds == null) {
            problem.set(texts.format("speakers.badLimit", typed));
            return false;
        }
        problem.set("");
        Integer limit = seconds.orElse(null);
        long itemId = item.id();
        boolean isClosed = closed.get();
        workspace.submit(s -> s.setSpeakingRules(itemId, limit, isClosed));
        return true;
    }

    void setClosed(boolean close) {
        if (item != null && close != closed.get()) {
            long itemId = item.id();
            Integer limit = limitSeconds.get();
            workspace.submit(s -> s.setSpeakingRules(itemId, limit, close));
        }
    }

    /** Empty for no limit; null when the text is not a time. */
    static Optional<Integer> parseLimit(String typed) {
        String t = typed == null ? "" : typed.strip().toLowerCase();
        if (t.isEmpty()) {
            return Optional.empty();
        }
        try {
            int seconds;
            if (t.endsWith("s")) {
                seconds = Integer.parseInt(t.substring(0, t.length() - 1).strip());
            } else if (t.contains(":")) {
                String[] parts = t.split(":", 2);
                seconds = Integer.parseInt(parts[0].strip()) * 60 + Integer.parseInt(parts[1].strip());
            } else {
                seconds = Integer.parseInt(t) * 60;
            }
            return seconds > 0 && seconds <= 24 * 3600 ? Optional.of(seconds) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The limit as the field shows it: "3:00". */
    String limitText() {
        Integer limit = limitSeconds.get();
        return limit == null ? "" : clock(Duration.ofSeconds(limit));
    }

    List<String> suggestions(String typed) {
        return catalog == null ? List.of() : catalog.suggestions(typed);
    }

    // --- what the panes bind to ---------------------------------------------------------------------------

    public ObservableList<Row> waiting() {
        return waiting;
    }

    public ReadOnlyObjectProperty<Row> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty itemTitleProperty() {
        return itemTitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty elapsedProperty() {
        return elapsed.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty remainingProperty() {
        return remaining.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<TimeState> timeStateProperty() {
        return timeState.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty pausedProperty() {
        return paused.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty closedProperty() {
        return closed.getReadOnlyProperty();
    }

    public ObjectProperty<Integer> limitSecondsProperty() {
        return limitSeconds;
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
