package org.rapporteur.ui.setup;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.rapporteur.model.Delegation;
import org.rapporteur.model.DelegationKind;
import org.rapporteur.model.Meeting;
import org.rapporteur.model.OasRoster;

/**
 * The Delegations tab: the OAS member states to tick off as present, and the meeting's delegations of
 * every kind. Unticking a state marks it absent and never deletes it: entries may name it.
 */
public final class DelegationsViewModel {
    private final SetupViewModel setup;
    private final ObservableList<Delegation> roster = FXCollections.observableArrayList(OasRoster.memberStates());
    private final ObservableList<Delegation> delegations = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Set<String>> presentStates = new ReadOnlyObjectWrapper<>(Set.of());
    /**
     * Ids of member states added since the meeting was last loaded, by name: a state ticked, unticked and
     * ticked again before the list is reloaded must be added once. Written and read on the writer thread.
     */
    private final Map<String, Long> added = new ConcurrentHashMap<>();

    DelegationsViewModel(SetupViewModel setup) {
        this.setup = setup;
        setup.meetingProperty().addListener((obs, old, now) -> show(now));
    }

    private void show(Meeting meeting) {
        if (meeting == null) {
            return;
        }
        delegations.setAll(meeting.delegations());
        presentStates.set(roster.stream()
                .filter(state -> {
                    Delegation d = memberState(state);
                    return d != null && d.present();
                })
                .map(Delegation::name)
                .collect(Collectors.toUnmodifiableSet()));
    }

    /** Marks a member state of the roster present (adding it to the meeting the first time) or absent. */
    public void setPresent(Delegation state, boolean present) {
        Long meetingId = setup.meetingIdProperty().get();
        if (meetingId == null) {
            return;
        }
        Delegation known = memberState(state);
        String name = state.name();
        setup.queue(service -> {
            Long id = known != null ? known.id() : added.get(name);
            if (id == null) {
                if (!present) {
                    return CompletableFuture.completedFuture(null);
                }
                return service.addDelegation(meetingId, state.withPresent(true)).thenApply(newId -> {
                    added.put(name, newId);
                    return null;
                });
            }
            Delegation base = known != null ? known : state;
            return service.updateDelegation(base.withId(id).withPresent(present));
        }, true);
    }

    /** Writes a delegation changed in the table. */
    public void update(Delegation changed) {
        if (changed.id() == null || changed.name().isBlank()) {
            setup.reload();
            return;
        }
        setup.queue(service -> service.updateDelegation(changed), true);
    }

    /**
     * Adds an observer, an international organization or the secretariat, present; false (and a word in the
     * status line) when the name is empty or the meeting already has a delegation of that name.
     */
    public boolean addOther(String name, String proseName, DelegationKind kind, String aliases) {
        Long meetingId = setup.meetingIdProperty().get();
        String clean = name == null ? "" : name.strip();
        if (meetingId == null || clean.isEmpty()) {
            setup.say(setup.texts().get("setup.problem.delegationName"));
            return false;
        }
        if (delegations.stream().anyMatch(d -> d.isCalled(clean))) {
            setup.say(setup.texts().format("setup.problem.delegationExists", clean));
            return false;
        }
        String prose = proseName == null || proseName.isBlank() ? null : proseName.strip();
        Delegation other = new Delegation(null, clean, prose, kind, true, aliases(aliases));
        setup.queue(service -> service.addDelegation(meetingId, other), true);
        return true;
    }

    /**
     * The meeting's delegation for a state of the roster, as last loaded: by name, or by a spelling either of
     * them knows (a state renamed in the table is still the same state); null when it is not the meeting's yet.
     */
    Delegation memberState(Delegation state) {
        return delegations.stream()
                .filter(d -> d.kind() == DelegationKind.MEMBER_STATE)
                .filter(d -> d.name().equals(state.name()) || d.isCalled(state.name()) || state.isCalled(d.name()))
                .findFirst().orElse(null);
    }

    /** "St. Kitts, St. Kitts and Nevis" → its two spellings; blanks and repeats are dropped. */
    static List<String> aliases(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("[,;]")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }

    static String aliasesText(List<String> aliases) {
        return String.join(", ", aliases);
    }

    /** "es: Santa Sede; fr: Saint-Siège": the delegation's own names by language, for the table; empty for none. */
    static String namesText(Delegation d) {
        return d.names().entrySet().stream().map(e -> e.getKey().code() + ": " + e.getValue().name())
                .collect(Collectors.joining("; "));
    }

    /** The 35 member states, in the roster's order. */
    public ObservableList<Delegation> roster() {
        return roster;
    }

    /** The meeting's delegations, as last loaded. */
    public ObservableList<Delegation> delegations() {
        return delegations;
    }

    /** Names of the member states present, as last loaded: what the roster shows ticked. */
    public ReadOnlyObjectProperty<Set<String>> presentStatesProperty() {
        return presentStates.getReadOnlyProperty();
    }
}
