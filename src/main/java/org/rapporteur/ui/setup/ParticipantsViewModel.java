package org.rapporteur.ui.setup;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.rapporteur.exchange.ParticipantsPreview;
import org.rapporteur.model.Delegation;
import org.rapporteur.model.Meeting;
import org.rapporteur.model.Person;

/** The Participants tab: the meeting's persons, edited one by one or imported from a list. */
public final class ParticipantsViewModel {
    private final SetupViewModel setup;
    private final ObservableList<Person> persons = FXCollections.observableArrayList();
    private final ObservableList<Choice<Delegation>> delegationChoices = FXCollections.observableArrayList();

    ParticipantsViewModel(SetupViewModel setup) {
        this.setup = setup;
        delegationChoices.setAll(List.of(Choice.none(setup.texts().get("setup.noDelegation"))));
        setup.meetingProperty().addListener((obs, old, now) -> show(now));
    }

    private void show(Meeting meeting) {
        if (meeting == null) {
            return;
        }
        delegationChoices.setAll(Choice.withNone(setup.texts().get("setup.noDelegation"), meeting.delegations(),
                Delegation::name));
        persons.setAll(meeting.persons());
    }

    /** Adds a person; false (and a word in the status line) when the name is empty. */
    public boolean add(Person person) {
        Long meetingId = setup.meetingIdProperty().get();
        Person clean = clean(person);
        if (meetingId == null || clean == null) {
            return false;
        }
        setup.queue(service -> service.addPerson(meetingId, clean), true);
        return true;
    }

    /** Writes a person changed in the table or the dialog. */
    public boolean update(Person person) {
        Person clean = clean(person);
        if (clean == null || clean.id() == null) {
            setup.reload();
            return false;
        }
        setup.queue(service -> service.updatePerson(clean), true);
        return true;
    }

    public void delete(Person person) {
        if (person.id() != null) {
            setup.queue(service -> service.deletePerson(person.id()), true);
        }
    }

    /** Reads a participants list off the FX thread; the preview comes back on it. */
    public CompletableFuture<ParticipantsPreview> preview(Path file) {
        Long meetingId = setup.meetingIdProperty().get();
        setup.say(setup.texts().format("setup.status.reading", String.valueOf(file.getFileName())));
        return setup.whenIdle().thenCompose(x -> setup.imports())
                .thenCompose(imports -> imports.previewParticipants(file, meetingId))
                .whenCompleteAsync((preview, failure) -> setup.say(""), setup.fx());
    }

    /** Adds everything the preview would, all at once. */
    public CompletableFuture<List<Long>> apply(ParticipantsPreview preview) {
        Long meetingId = setup.meetingIdProperty().get();
        CompletableFuture<List<Long>> done = setup.queue(service -> setup.imports()
                .thenCompose(imports -> imports.applyParticipants(meetingId, preview)), true);
        done.whenCompleteAsync((ids, failure) -> {
            if (failure == null) {
                setup.say(setup.texts().format("setup.status.participantsAdded", ids.size()));
            }
        }, setup.fx());
        return done;
    }

    /** The person with its texts trimmed and blanks as nothing; null when it has no name. */
    private Person clean(Person p) {
        String name = p.name() == null ? "" : p.name().strip();
        if (name.isEmpty()) {
            setup.say(setup.texts().get("setup.problem.personName"));
            return null;
        }
        return new Person(p.id(), name, blank(p.honorific()), blank(p.title()), p.delegationId(), p.gender());
    }

    static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public ObservableList<Person> persons() {
        return persons;
    }

    /** "No delegation", then the meeting's delegations. */
    public ObservableList<Choice<Delegation>> delegationChoices() {
        return delegationChoices;
    }

    SetupViewModel setup() {
        return setup;
    }
}
