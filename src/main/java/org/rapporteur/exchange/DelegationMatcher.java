package org.rapporteur.exchange;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.rapporteur.model.Delegation;
import org.rapporteur.model.OasRoster;

/**
 * Finds the delegation a list means: first among the meeting's, then among the OAS member states, by name,
 * prose form or alias; then the same again ignoring accents, because lists typed on an English keyboard
 * write "Panama" for "Panamá" and Spanish ones the reverse.
 */
final class DelegationMatcher {
    private final List<Delegation> meeting;
    private final List<Delegation> roster = OasRoster.memberStates();

    DelegationMatcher(List<Delegation> meetingDelegations) {
        this.meeting = List.copyOf(meetingDelegations);
    }

    /**
     * What the written delegation is.
     *
     * @param delegation the meeting's or the roster's delegation; null when found in neither
     * @param isNew      not yet the meeting's: found on the roster only, or nowhere
     */
    record Match(Delegation delegation, boolean isNew) {
    }

    Match match(String written) {
        Optional<Delegation> inMeeting = find(meeting, written);
        if (inMeeting.isPresent()) {
            return new Match(inMeeting.get(), false);
        }
        return new Match(find(roster, written).orElse(null), true);
    }

    private static Optional<Delegation> find(List<Delegation> delegations, String written) {
        Optional<Delegation> exact = delegations.stream().filter(d -> d.isCalled(written)).findFirst();
        if (exact.isPresent()) {
            return exact;
        }
        String folded = ImportText.fold(written);
        return delegations.stream()
                .filter(d -> Stream.concat(Stream.of(d.name(), d.inProse()), d.aliases().stream())
                        .anyMatch(n -> ImportText.fold(n).equals(folded)))
                .findFirst();
    }
}
