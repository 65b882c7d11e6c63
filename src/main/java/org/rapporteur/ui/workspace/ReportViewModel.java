package org.rapporteur.ui.workspace;

import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.rapporteur.model.Language;
import org.rapporteur.report.Annex;
import org.rapporteur.report.DraftWarning;
import org.rapporteur.report.Place;
import org.rapporteur.report.Report;
import org.rapporteur.report.ReportOptions;
import org.rapporteur.service.Problems;
import org.rapporteur.ui.UiText;

/**
 * The report window's state: the report as it will be exported, composed again a moment after each saved
 * edit while the window shows (so the preview follows the typing), the draft check's warnings, the
 * annexes chosen, the report's language (the meeting's own by default), and the export. Composing and
 * checking run in the service, off the FX thread.
 */
public final class ReportViewModel {
    static final Duration QUIET = Duration.ofMillis(800);

    private final ExportFiles exports;
    private final WorkspaceViewModel workspace;
    private final UiText texts;
    private final Executor fx;
    private final Debouncer recompose;

    private final ReadOnlyObjectWrapper<Report> report = new ReadOnlyObjectWrapper<>();
    private final ObservableList<DraftWarning> warnings = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final Map<Annex, BooleanProperty> annexes = new EnumMap<>(Annex.class);
    /** The report's language; the meeting's own until the rapporteur picks another. */
    private final ObjectProperty<Language> language = new SimpleObjectProperty<>();
    private boolean showing;
    /** Only the answer to the latest request is shown; FX thread only. */
    private long asked;

    ReportViewModel(ExportFiles exports, WorkspaceViewModel workspace, UiText texts, Executor fx,
                    ScheduledExecutorService timer) {
        this.exports = exports;
        this.workspace = workspace;
        this.texts = texts;
        this.fx = fx;
        this.recompose = new Debouncer(QUIET, timer, fx, this::refresh);
        for (Annex a : Annex.values()) {
            BooleanProperty chosen = new SimpleBooleanProperty(false);
            chosen.addListener((o, was, now) -> refresh());
            annexes.put(a, chosen);
        }
        language.addListener((o, was, now) -> refresh());
        workspace.onSaved(() -> {
            if (showing) {
                recompose.poke();
            }
        });
    }

    void open() {
        showing = true;
        var meeting = workspace.meetingProperty().get();
        if (language.get() == null && meeting != null) {
            language.set(meeting.facts().originalLanguage());   // composes, through the listener
        } else {
            refresh();
        }
    }

    void close() {
        showing = false;
        recompose.cancel();
    }

    /** Composes the report and checks the draft again, from the store. */
    CompletableFuture<Void> refresh() {
        long mine = ++asked;
        ReportOptions options = options();
        long meetingId = exports.meetingId();
        return exports.reports().thenCompose(r -> r.compose(meetingId, options)
                        .thenCombine(r.check(meetingId), (composed, found) -> new Object[] {composed, found}))
                .handleAsync((both, failure) -> {
                    if (mine != asked) {
                        return null;
                    }
                    if (failure != null) {
                        status.set(Problems.sentence(failure, texts.locale()));
                        return null;
                    }
                    report.set((Report) both[0]);
                    @SuppressWarnings("unchecked")
                    List<DraftWarning> found = (List<DraftWarning>) both[1];
                    warnings.setAll(found);
                    return null;
                }, fx);
    }

    ReportOptions options() {
        Set<Annex> chosen = EnumSet.noneOf(Annex.class);
        annexes.forEach((a, on) -> {
            if (on.get()) {
                chosen.add(a);
            }
        });
        return new ReportOptions(chosen, null, language.get());
    }

    /** Writes the report with the annexes chosen; the status line says where it went or why it did not. */
    CompletableFuture<String> export(Path file) {
        status.set(texts.get("report.exporting"));
        return exports.report(options(), file).thenApply(said -> {
            status.set(said);
            return said;
        });
    }

    /** Opens, in the workspace, the place a warning or a paragraph points at. */
    void goTo(Place place) {
        if (place != null && !place.isMeeting()) {
            workspace.goTo(place.partId(), place.itemId(), place.entryId());
        }
    }

    String sentence(DraftWarning warning) {
        return warning.sentence().in(texts.locale());
    }

    String suggestedFileName() {
        var m = workspace.meetingProperty().get();
        String title = m == null ? texts.get("report.defaultName") : m.facts().title();
        return title.replaceAll("[\\\\/:*?\"<>|]", " ").strip() + ".docx";
    }

    BooleanProperty annex(Annex a) {
        return annexes.get(a);
    }

    ObjectProperty<Language> languageProperty() {
        return language;
    }

    public ReadOnlyObjectProperty<Report> reportProperty() {
        return report.getReadOnlyProperty();
    }

    public ObservableList<DraftWarning> warnings() {
        return warnings;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
