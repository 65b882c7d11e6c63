package org.rapporteur.ui.setup;

import java.lang.ref.WeakReference;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.rapporteur.model.Language;
import org.rapporteur.model.Meeting;
import org.rapporteur.model.MeetingFacts;
import org.rapporteur.model.Person;
import org.rapporteur.model.TextLimits;
import org.rapporteur.model.Venue;
import org.rapporteur.service.EditService;
import org.rapporteur.service.ImportService;
import org.rapporteur.service.MeetingService;
import org.rapporteur.service.Problems;
import org.rapporteur.ui.UiText;

/**
 * State of the setup screen: which meeting, the meeting as last loaded, the form of its facts with its
 * validation, and the status and "saved" lines. The tabs' own state lives in the view models it hands out.
 *
 * <p>Edits go out one after the other (each waits for the one before), and a reload asked after an edit
 * runs after it; only the answer to the latest reload is shown, so a slow, older answer never undoes what
 * the person just did. Everything here runs on the FX thread; store work runs on the services' threads.
 */
public final class SetupViewModel {
    static final int MAX_SESSIONS = 40;
    private static final DateTimeFormatter SAVED_AT = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final CompletableFuture<MeetingService> meetings;
    private final CompletableFuture<EditService> edits;
    private final CompletableFuture<ImportService> imports;
    private final Executor fx;
    private final UiText texts;

    private final ReadOnlyObjectWrapper<Long> meetingId = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Meeting> meeting = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper saved = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty organization = new SimpleStringProperty("");
    private final StringProperty series = new SimpleStringProperty("");
    private final StringProperty reportSymbol = new SimpleStringProperty("");
    private final StringProperty reportTitle = new SimpleStringProperty("");
    private final StringProperty city = new SimpleStringProperty("");
    private final StringProperty country = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> startDate = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> endDate = new SimpleObjectProperty<>();
    private final BooleanProperty startDateReadable = new SimpleBooleanProperty(true);
    private final BooleanProperty endDateReadable = new SimpleBooleanProperty(true);
    private final ObjectProperty<Language> language = new SimpleObjectProperty<>(Language.EN);
    private final StringProperty mandate = new SimpleStringProperty("");
    private final ObservableList<Choice<Person>> rapporteurChoices = FXCollections.observableArrayList();
    private final ObjectProperty<Choice<Person>> rapporteur = new SimpleObjectProperty<>();
    private final IntegerProperty sessions = new SimpleIntegerProperty(6);
    private final ReadOnlyIntegerWrapper days = new ReadOnlyIntegerWrapper(1);
    private final ReadOnlyStringWrapper titleProblem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper datesProblem = new ReadOnlyStringWrapper("");
    private final BooleanBinding valid;
    /** Counts the person's changes to the facts of a created meeting: the screen saves a moment after the last. */
    private final ReadOnlyIntegerWrapper factsEdits = new ReadOnlyIntegerWrapper(0);

    private final DelegationsViewModel delegations;
    private final ParticipantsViewModel participants;
    private final DocumentsViewModel documents;
    private final SessionsViewModel sessionsAndItems;

    /** The last edit queued; the next one starts when it is done, whether it worked or not. */
    private CompletableFuture<?> tail = CompletableFuture.completedFuture(null);
    /** Which reload is the latest; answers to older ones are dropped. */
    private long reloads;
    /** True while the form is filled from the store, so filling it does not count as an edit. */
    private boolean filling;
    private boolean factsFilled;
    private MeetingFacts savedFacts;
    private Long savedRapporteur;
    private Long participantsListId;

    public SetupViewModel(CompletableFuture<MeetingService> meetings, CompletableFuture<EditService> edits,
                          CompletableFuture<ImportService> imports, Executor fx, UiText texts) {
        this.meetings = meetings;
        this.edits = edits;
        this.imports = imports;
        this.fx = fx;
        this.texts = texts;
        organization.set(texts.get("setup.defaultOrganization"));
        language.set(languageOf(texts.locale()));
        rapporteurChoices.setAll(List.of(Choice.none(texts.get("setup.none"))));
        rapporteur.set(rapporteurChoices.get(0));

        days.bind(Bindings.createIntegerBinding(this::daysBetween, startDate, endDate));
        titleProblem.bind(Bindings.createStringBinding(this::checkTitle, title));
        datesProblem.bind(Bindings.createStringBinding(this::checkDates, startDate, endDate, startDateReadable,
                endDateReadable));
        valid = titleProblem.isEmpty().and(datesProblem.isEmpty());
        for (Observable field : List.of(title, organization, series, reportSymbol, reportTitle, city, country, startDate,
                endDate, language, mandate, rapporteur)) {
            field.addListener(changed -> {
                if (!filling && meetingId.get() != null) {
                    factsEdits.set(factsEdits.get() + 1);
                }
            });
        }
        this.delegations = new DelegationsViewModel(this);
        this.participants = new ParticipantsViewModel(this);
        this.documents = new DocumentsViewModel(this);
        this.sessionsAndItems = new SessionsViewModel(this);
        WeakReference<SetupViewModel> self = new WeakReference<>(this);
        edits.thenAccept(service -> hearSaves(service, self, fx));
    }

    /** Saves are heard for as long as the screen lives: the listener holds the view model only weakly. */
    private static void hearSaves(EditService service, WeakReference<SetupViewModel> self, Executor fx) {
        service.onSaved(at -> {
            if (self.get() != null) {
                fx.execute(() -> {
                    SetupViewModel model = self.get();
                    if (model != null) {
                        model.savedAt(at);
                    }
                });
            }
        });
    }

    /** Sets the screen up for a stored meeting and loads it; for a new meeting there is nothing to load. */
    public void open(Long id) {
        meetingId.set(id);
        if (id != null) {
            status.set(texts.get("setup.status.loading"));
            reload();
        } else {
            status.set(texts.get("setup.status.new"));
        }
    }

    /**
     * Takes the form of a new meeting as typed on {@code before} (the same screen in another language). What was
     * left as it came — the organization's name, the original language — takes this language's default instead.
     */
    void takeFormOf(SetupViewModel before) {
        title.set(before.title.get());
        if (!before.organization.get().equals(before.texts.get("setup.defaultOrganization"))) {
            organization.set(before.organization.get());
        }
        series.set(before.series.get());
        reportSymbol.set(before.reportSymbol.get());
        reportTitle.set(before.reportTitle.get());
        city.set(before.city.get());
        country.set(before.country.get());
        startDate.set(before.startDate.get());
        endDate.set(before.endDate.get());
        if (before.language.get() != languageOf(before.texts.locale())) {
            language.set(before.language.get());
        }
        mandate.set(before.mandate.get());
        sessions.set(before.sessions.get());
    }

    /** Creates the meeting from the form (a new meeting only); the other tabs open once it exists. */
    public CompletableFuture<Long> create() {
        if (meetingId.get() != null || busy.get() || !valid.get()) {
            return CompletableFuture.completedFuture(meetingId.get());
        }
        MeetingFacts facts = facts();
        int count = Math.max(1, Math.min(MAX_SESSIONS, sessions.get()));
        int dayCount = days.get();
        busy.set(true);
        status.set(texts.get("setup.status.creating"));
        CompletableFuture<Long> created = tail.handle((x, f) -> null)
                .thenCompose(x -> edits)
                .thenCompose(service -> service.createMeeting(facts, count, dayCount));
        tail = created;
        CompletableFuture<Long> shown = new CompletableFuture<>();
        created.whenCompleteAsync((id, failure) -> {
            busy.set(false);
            if (failure != null) {
                status.set(Problems.sentence(failure, texts.locale()));
                shown.completeExceptionally(failure);
                return;
            }
            savedFacts = facts;
            savedRapporteur = null;
            factsFilled = true;
            meetingId.set(id);
            status.set(texts.format("setup.status.created", facts.title()));
            reload();
            shown.complete(id);
        }, fx);
        return shown;
    }

    /** Writes the facts of a created meeting when they are valid and differ from what was last written. */
    public void saveFacts() {
        Long id = meetingId.get();
        if (id == null || !valid.get()) {
            return;
        }
        MeetingFacts facts = facts();
        Long rapporteurId = rapporteur.get() == null || rapporteur.get().isNone() ? null : rapporteur.get().value().id();
        if (facts.equals(savedFacts) && Objects.equals(rapporteurId, savedRapporteur)) {
            return;
        }
        savedFacts = facts;
        savedRapporteur = rapporteurId;
        Long listId = participantsListId;
        queue(service -> service.updateFacts(id, facts, rapporteurId, listId), false)
                .whenCompleteAsync((done, failure) -> {
                    if (failure != null) {
                        // Not written: the next change tries again with everything in the form.
                        savedFacts = null;
                    }
                }, fx);
    }

    /** The facts as the form says them; call only when {@link #validProperty()} holds. */
    MeetingFacts facts() {
        return new MeetingFacts(title.get().strip(), text(organization), text(series), text(reportSymbol),
                text(reportTitle), new Venue(text(city), text(country)), startDate.get(), endDate.get(),
                language.get() == null ? Language.EN : language.get(),
                mandate.get() == null || mandate.get().isBlank() ? null : mandate.get().strip());
    }

    // --- what the tabs share ------------------------------------------------------------------------------

    /**
     * Queues an edit after the ones before it; a failure is said in the status line. With {@code reload}, the
     * meeting is loaded again once the edit is done, for the lists and the outline to show it.
     */
    <T> CompletableFuture<T> queue(Function<EditService, CompletableFuture<T>> work, boolean reload) {
        CompletableFuture<T> done = tail.handle((x, f) -> null).thenCompose(x -> edits).thenCompose(work);
        tail = done;
        done.whenCompleteAsync((result, failure) -> {
            if (failure != null) {
                status.set(Problems.sentence(failure, texts.locale()));
            }
        }, fx);
        if (reload) {
            reload();
        }
        return done;
    }

    /** Loads the meeting again after every edit queued so far; only the latest reload's answer is applied. */
    void reload() {
        Long id = meetingId.get();
        if (id == null) {
            return;
        }
        long mine = ++reloads;
        tail.handle((x, f) -> null).thenCompose(x -> meetings).thenCompose(service -> service.loadMeeting(id))
                .whenCompleteAsync((loaded, failure) -> {
                    if (mine != reloads) {
                        return;
                    }
                    if (failure != null) {
                        status.set(Problems.sentence(failure, texts.locale()));
                    } else {
                        apply(loaded);
                    }
                }, fx);
    }

    /** Completes once every edit queued so far is done: before leaving the screen. */
    public CompletableFuture<Void> whenIdle() {
        return tail.handle((x, f) -> null);
    }

    CompletableFuture<ImportService> imports() {
        return imports;
    }

    Executor fx() {
        return fx;
    }

    UiText texts() {
        return texts;
    }

    void say(String text) {
        status.set(text);
    }

    void sayProblem(Throwable failure) {
        status.set(Problems.sentence(failure, texts.locale()));
    }

    private void apply(Meeting loaded) {
        filling = true;
        try {
            participantsListId = loaded.participantsListId();
            Long wanted = factsFilled ? currentRapporteurId() : loaded.rapporteurId();
            rapporteurChoices.setAll(Choice.withNone(texts.get("setup.none"), loaded.persons(), Person::nameWithHonorific));
            rapporteur.set(Choice.byId(rapporteurChoices, wanted, Person::id));
            if (!factsFilled) {
                fill(loaded);
            }
            meeting.set(loaded);
            if (status.get().equals(texts.get("setup.status.loading"))) {
                status.set(texts.format("setup.status.loaded", loaded.title()));
            }
        } finally {
            filling = false;
        }
    }

    private Long currentRapporteurId() {
        Choice<Person> chosen = rapporteur.get();
        return chosen == null || chosen.isNone() ? null : chosen.value().id();
    }

    private void fill(Meeting loaded) {
        MeetingFacts f = loaded.facts();
        title.set(f.title());
        organization.set(nz(f.organization()));
        series.set(nz(f.series()));
        reportSymbol.set(nz(f.reportSymbol()));
        reportTitle.set(nz(f.reportTitle()));
        city.set(nz(f.venue().city()));
        country.set(nz(f.venue().country()));
        startDate.set(f.startDate());
        endDate.set(f.endDate());
        language.set(f.originalLanguage());
        mandate.set(nz(f.mandate()));
        sessions.set(loaded.sessions().size());
        factsFilled = true;
        savedFacts = facts();
        savedRapporteur = loaded.rapporteurId();
    }

    private void savedAt(LocalDateTime at) {
        saved.set(texts.format("setup.saved", SAVED_AT.format(at)));
    }

    private int daysBetween() {
        LocalDate start = startDate.get();
        LocalDate end = endDate.get();
        if (start == null || end == null || end.isBefore(start)) {
            return 1;
        }
        return (int) Math.min(Integer.MAX_VALUE, ChronoUnit.DAYS.between(start, end) + 1);
    }

    private String checkTitle() {
        String t = title.get();
        if (t == null || t.isBlank()) {
            return texts.get("setup.problem.titleRequired");
        }
        if (t.strip().length() > TextLimits.HEADING) {
            return texts.format("setup.problem.tooLong", String.valueOf(t.strip().length()),
                    String.valueOf(TextLimits.HEADING));
        }
        return "";
    }

    private String checkDates() {
        if (!startDateReadable.get() || !endDateReadable.get()) {
            return texts.get("setup.problem.dateUnreadable");
        }
        LocalDate start = startDate.get();
        LocalDate end = endDate.get();
        if (start != null && end != null && end.isBefore(start)) {
            return texts.get("setup.problem.endBeforeStart");
        }
        return "";
    }

    private static Language languageOf(Locale locale) {
        for (Language l : Language.values()) {
            if (l.code().equals(locale.getLanguage())) {
                return l;
            }
        }
        return Language.EN;
    }

    private static String text(StringProperty p) {
        String v = p.get();
        return v == null || v.isBlank() ? null : v.strip();
    }

    private static String nz(String text) {
        return text == null ? "" : text;
    }

    // --- properties ---------------------------------------------------------------------------------------

    public ReadOnlyObjectProperty<Long> meetingIdProperty() {
        return meetingId.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Meeting> meetingProperty() {
        return meeting.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** "Saved 10:42:07": when the store last committed an edit. */
    public ReadOnlyStringProperty savedProperty() {
        return saved.getReadOnlyProperty();
    }

    /** True while the meeting is being created. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The meeting's title as typed; "New meeting" for a new one without a title yet, empty while one loads. */
    public ObservableStringValue headingProperty() {
        return Bindings.createStringBinding(() -> {
            String typed = title.get() == null ? "" : title.get().strip();
            if (!typed.isEmpty()) {
                return typed;
            }
            return meetingId.get() == null ? texts.get("setup.newMeeting") : "";
        }, title, meetingId);
    }

    /** The window's title: "Rapporteur — " and the heading. */
    public ObservableStringValue windowTitle() {
        ObservableStringValue heading = headingProperty();
        return Bindings.createStringBinding(() -> heading.get().isEmpty() ? texts.get("app.title")
                : texts.format("app.titleWithMeeting", heading.get()), heading);
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty organizationProperty() {
        return organization;
    }

    public StringProperty seriesProperty() {
        return series;
    }

    public StringProperty reportSymbolProperty() {
        return reportSymbol;
    }

    public StringProperty reportTitleProperty() {
        return reportTitle;
    }

    public StringProperty cityProperty() {
        return city;
    }

    public StringProperty countryProperty() {
        return country;
    }

    public ObjectProperty<LocalDate> startDateProperty() {
        return startDate;
    }

    public ObjectProperty<LocalDate> endDateProperty() {
        return endDate;
    }

    /** False while the start date field holds text that is no date. */
    public BooleanProperty startDateReadableProperty() {
        return startDateReadable;
    }

    public BooleanProperty endDateReadableProperty() {
        return endDateReadable;
    }

    public ObjectProperty<Language> languageProperty() {
        return language;
    }

    public StringProperty mandateProperty() {
        return mandate;
    }

    public ObservableList<Choice<Person>> rapporteurChoices() {
        return rapporteurChoices;
    }

    public ObjectProperty<Choice<Person>> rapporteurProperty() {
        return rapporteur;
    }

    /** How many sessions a new meeting starts with. */
    public IntegerProperty sessionsProperty() {
        return sessions;
    }

    /** How many days the dates span (1 without both dates): a new meeting's sessions are spread over them. */
    public ReadOnlyIntegerProperty daysProperty() {
        return days.getReadOnlyProperty();
    }

    /** Why the title cannot be used; empty when it can. */
    public ReadOnlyStringProperty titleProblemProperty() {
        return titleProblem.getReadOnlyProperty();
    }

    /** Why the dates cannot be used; empty when they can. */
    public ReadOnlyStringProperty datesProblemProperty() {
        return datesProblem.getReadOnlyProperty();
    }

    public BooleanBinding validProperty() {
        return valid;
    }

    public ReadOnlyIntegerProperty factsEditsProperty() {
        return factsEdits.getReadOnlyProperty();
    }

    public DelegationsViewModel delegations() {
        return delegations;
    }

    public ParticipantsViewModel participants() {
        return participants;
    }

    public DocumentsViewModel documents() {
        return documents;
    }

    public SessionsViewModel sessions() {
        return sessionsAndItems;
    }
}
