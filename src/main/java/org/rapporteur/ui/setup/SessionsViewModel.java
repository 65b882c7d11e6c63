package org.rapporteur.ui.setup;

import java.time.LocalDate;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.rapporteur.model.AgendaItem;
import org.rapporteur.model.Document;
import org.rapporteur.model.Meeting;
import org.rapporteur.model.Part;
import org.rapporteur.model.PartKind;
import org.rapporteur.model.Person;
import org.rapporteur.ui.UiText;

/**
 * The Sessions and items tab: the parts of the report in order with their agenda items, and the details of
 * the one selected. The details are filled when another part or item is selected, never while the person
 * types in them; they are written a moment after the last change.
 */
public final class SessionsViewModel {

    /** What is selected: a part, or one of its items. */
    public record Target(long partId, Long itemId) {
        boolean isItem() {
            return itemId != null;
        }
    }

    private final SetupViewModel setup;
    private final UiText texts;
    private final ObservableList<Part> parts = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Target> shown = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("");
    private final BooleanProperty session = new SimpleBooleanProperty(false);

    private final ObjectProperty<Integer> number = new SimpleObjectProperty<>(1);
    private final ObjectProperty<Integer> day = new SimpleObjectProperty<>(1);
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final ObservableList<Choice<Person>> chairChoices = FXCollections.observableArrayList();
    private final ObjectProperty<Choice<Person>> chair = new SimpleObjectProperty<>();
    private final StringProperty chairCapacity = new SimpleStringProperty("");
    private final StringProperty partIntroduction = new SimpleStringProperty("");

    private final StringProperty itemTitle = new SimpleStringProperty("");
    private final ObservableList<Choice<Document>> documentChoices = FXCollections.observableArrayList();
    private final ObjectProperty<Choice<Document>> itemDocument = new SimpleObjectProperty<>();
    private final StringProperty itemIntroduction = new SimpleStringProperty("");

    private final ReadOnlyIntegerWrapper detailEdits = new ReadOnlyIntegerWrapper(0);
    private boolean filling;
    /** An item just added, to select once the reloaded outline has it. */
    private Target pending;

    SessionsViewModel(SetupViewModel setup) {
        this.setup = setup;
        this.texts = setup.texts();
        chairChoices.setAll(List.of(Choice.none(texts.get("setup.none"))));
        documentChoices.setAll(List.of(Choice.none(texts.get("setup.none"))));
        setup.meetingProperty().addListener((obs, old, now) -> show(now));
        for (Observable field : List.of(number, day, date, chair, chairCapacity, partIntroduction, itemTitle,
                itemDocument, itemIntroduction)) {
            field.addListener(changed -> {
                if (!filling && shown.get() != null) {
                    detailEdits.set(detailEdits.get() + 1);
                }
            });
        }
    }

    private void show(Meeting meeting) {
        if (meeting == null) {
            return;
        }
        filling = true;
        try {
            Long chairId = chair.get() == null || chair.get().isNone() ? null : chair.get().value().id();
            Long documentId = itemDocument.get() == null || itemDocument.get().isNone() ? null
                    : itemDocument.get().value().id();
            chairChoices.setAll(Choice.withNone(texts.get("setup.none"), meeting.persons(), Person::nameWithHonorific));
            documentChoices.setAll(Choice.withNone(texts.get("setup.none"), meeting.documents(), SessionsViewModel::documentLabel));
            chair.set(Choice.byId(chairChoices, chairId, Person::id));
            itemDocument.set(Choice.byId(documentChoices, documentId, Document::id));
        } finally {
            filling = false;
        }
        parts.setAll(meeting.parts());
        Target wanted = pending != null ? pending : shown.get();
        pending = null;
        if (wanted != null && find(meeting, wanted).isEmpty()) {
            wanted = null;
        }
        if (!Objects.equals(wanted, shown.get())) {
            select(wanted);
        }
    }

    /** Shows the details of a part or an item (or none); selecting what is shown already changes nothing. */
    public void select(Target target) {
        if (Objects.equals(target, shown.get())) {
            return;
        }
        Meeting meeting = setup.meetingProperty().get();
        Optional<Found> found = meeting == null || target == null ? Optional.empty() : find(meeting, target);
        filling = true;
        try {
            if (found.isEmpty()) {
                shown.set(null);
                heading.set("");
                return;
            }
            Part part = found.get().part();
            AgendaItem item = found.get().item();
            session.set(part.isSession());
            if (item == null) {
                heading.set(label(part));
                number.set(part.sessionNumber() == null ? 1 : part.sessionNumber());
                day.set(part.day() == null ? 1 : part.day());
                date.set(part.date());
                chair.set(Choice.byId(chairChoices, part.chairId(), Person::id));
                chairCapacity.set(nz(part.chairCapacity()));
                partIntroduction.set(nz(part.introduction()));
            } else {
                heading.set(texts.format("setup.sessions.itemOf", label(part)));
                itemTitle.set(nz(item.title()));
                itemDocument.set(Choice.byId(documentChoices, item.documentId(), Document::id));
                itemIntroduction.set(nz(item.introduction()));
            }
            shown.set(target);
        } finally {
            filling = false;
        }
    }

    /** Writes the details shown, when they differ from the stored part or item. */
    public void save() {
        Target target = shown.get();
        Meeting meeting = setup.meetingProperty().get();
        Optional<Found> found = target == null || meeting == null ? Optional.empty() : find(meeting, target);
        if (found.isEmpty()) {
            return;
        }
        Part part = found.get().part();
        AgendaItem item = found.get().item();
        if (item == null) {
            Part changed = new Part(part.id(), part.kind(), part.isSession() ? number.get() : part.sessionNumber(),
                    day.get(), date.get(), chair.get() == null ? null : idOf(chair.get()),
                    ParticipantsViewModel.blank(chairCapacity.get()), text(partIntroduction.get()), part.items());
            if (!changed.equals(part)) {
                setup.queue(service -> service.updatePart(changed), true);
            }
        } else {
            AgendaItem changed = new AgendaItem(item.id(), ParticipantsViewModel.blank(itemTitle.get()),
                    itemDocument.get() == null || itemDocument.get().isNone() ? null : itemDocument.get().value().id(),
                    text(itemIntroduction.get()), item.entries(), item.speakers(), item.elections(), item.adoptions(),
                    item.proposals(), item.speakingLimitSeconds(), item.speakersListClosed());
            if (!changed.equals(item)) {
                setup.queue(service -> service.updateItem(changed), true);
            }
        }
    }

    /** Adds a session after the last one, numbered next, on the last one's day. */
    public void addSession() {
        Meeting meeting = setup.meetingProperty().get();
        if (meeting == null) {
            return;
        }
        List<Part> all = meeting.parts();
        int position = 0;
        Part last = null;
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).isSession()) {
                last = all.get(i);
                position = i + 1;
            } else if (last == null && all.get(i).kind() == PartKind.OPENING_CEREMONY) {
                position = i + 1;
            }
        }
        int next = meeting.sessions().stream().map(Part::sessionNumber).filter(Objects::nonNull)
                .mapToInt(Integer::intValue).max().orElse(0) + 1;
        Part added = new Part(null, PartKind.SESSION, next, last == null ? null : last.day(),
                last == null ? null : last.date(), null, null, null, List.of());
        long meetingId = meeting.id();
        int at = position;
        setup.queue(service -> service.addPart(meetingId, at, added), false)
                .thenAcceptAsync(id -> {
                    pending = new Target(id, null);
                    setup.reload();
                }, setup.fx());
    }

    /**
     * Adds an agenda item with a title to the part selected (after the item selected, or last); false when
     * nothing is selected or the title is empty.
     */
    public boolean addItem(String title) {
        Target target = shown.get();
        Meeting meeting = setup.meetingProperty().get();
        String clean = ParticipantsViewModel.blank(title);
        if (target == null || meeting == null || clean == null) {
            setup.say(texts.get(clean == null ? "setup.problem.itemTitle" : "setup.problem.chooseAPart"));
            return false;
        }
        Part part = find(meeting, target).map(Found::part).orElse(null);
        if (part == null) {
            return false;
        }
        int position = part.items().size();
        if (target.isItem()) {
            for (int i = 0; i < part.items().size(); i++) {
                if (target.itemId().equals(part.items().get(i).id())) {
                    position = i + 1;
                }
            }
        }
        AgendaItem item = new AgendaItem(null, clean, null, null, List.of(), List.of(), List.of(), List.of(), List.of());
        long partId = part.id();
        int at = position;
        setup.queue(service -> service.addItem(partId, at, item), false)
                .thenAcceptAsync(id -> {
                    pending = new Target(partId, id);
                    setup.reload();
                }, setup.fx());
        return true;
    }

    /** Deletes the part or item selected, with everything recorded under it. */
    public void deleteSelected() {
        Target target = shown.get();
        if (target == null) {
            return;
        }
        if (target.isItem()) {
            setup.queue(service -> service.deleteItem(target.itemId()), true);
        } else {
            setup.queue(service -> service.deletePart(target.partId()), true);
        }
    }

    /** What deleting the selection would delete, for the question asked first: "Session 2", "Item “…”". */
    public String selectedLabel() {
        Target target = shown.get();
        Meeting meeting = setup.meetingProperty().get();
        if (target == null || meeting == null) {
            return "";
        }
        return find(meeting, target).map(f -> f.item() == null ? label(f.part()) : label(f.item())).orElse("");
    }

    /** "Session 3 · Day 2 · Nov 17, 2010", "Opening ceremony · Day 1". */
    public String label(Part part) {
        String name = part.isSession() && part.sessionNumber() != null
                ? texts.format("outline.session", part.sessionNumber())
                : texts.get("part." + part.kind().name());
        if (part.day() == null) {
            return name;
        }
        return part.date() == null ? texts.format("setup.sessions.partOnDay", name, part.day())
                : texts.format("setup.sessions.partOnDate", name, part.day(), texts.date(part.date(), FormatStyle.MEDIUM));
    }

    public String label(AgendaItem item) {
        return item.hasTitle() ? item.title() : texts.get("outline.untitledItem");
    }

    static String documentLabel(Document d) {
        return d.title() == null || d.title().isBlank() ? d.symbol() : d.symbol() + " \u2014 " + d.title();
    }

    private record Found(Part part, AgendaItem item) {
    }

    private static Optional<Found> find(Meeting meeting, Target target) {
        for (Part part : meeting.parts()) {
            if (part.id() != null && part.id() == target.partId()) {
                if (!target.isItem()) {
                    return Optional.of(new Found(part, null));
                }
                return part.items().stream().filter(i -> target.itemId().equals(i.id())).findFirst()
                        .map(i -> new Found(part, i));
            }
        }
        return Optional.empty();
    }

    private static Long idOf(Choice<Person> choice) {
        return choice.isNone() ? null : choice.value().id();
    }

    private static String text(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    // --- properties ---------------------------------------------------------------------------------------

    /** The parts of the report in order, as last loaded. */
    public ObservableList<Part> parts() {
        return parts;
    }

    /** The part or item whose details are shown; null for none. */
    public ReadOnlyObjectProperty<Target> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    /** Whether the part shown is a session (only a session has a number). */
    public BooleanProperty sessionProperty() {
        return session;
    }

    public ObjectProperty<Integer> numberProperty() {
        return number;
    }

    public ObjectProperty<Integer> dayProperty() {
        return day;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public ObservableList<Choice<Person>> chairChoices() {
        return chairChoices;
    }

    public ObjectProperty<Choice<Person>> chairProperty() {
        return chair;
    }

    public StringProperty chairCapacityProperty() {
        return chairCapacity;
    }

    public StringProperty partIntroductionProperty() {
        return partIntroduction;
    }

    public StringProperty itemTitleProperty() {
        return itemTitle;
    }

    public ObservableList<Choice<Document>> documentChoices() {
        return documentChoices;
    }

    public ObjectProperty<Choice<Document>> itemDocumentProperty() {
        return itemDocument;
    }

    public StringProperty itemIntroductionProperty() {
        return itemIntroduction;
    }

    /** Counts the person's changes to the details: the screen saves a moment after the last. */
    public ReadOnlyIntegerProperty detailEditsProperty() {
        return detailEdits.getReadOnlyProperty();
    }
}
