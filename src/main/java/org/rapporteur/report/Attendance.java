package org.rapporteur.report;

import java.text.Collator;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rapporteur.model.Delegation;
import org.rapporteur.model.DelegationKind;
import org.rapporteur.model.Meeting;

/**
 * Who attended, generated from the delegations marked present: the member states in one sentence with the
 * list of participants' document, then the observers and the international organizations. The secretariat
 * is not listed: it serves every meeting.
 */
final class Attendance {
    private final Prose prose;
    private final ProseLists names;
    private final Collator order;

    Attendance(Prose prose) {
        this.prose = prose;
        this.names = new ProseLists(prose, "attendance.list");
        this.order = Collator.getInstance(prose.locale());
    }

    /** The attendance paragraphs: member states and the participants list first, the others after; none when nobody is marked. */
    List<String> paragraphs(Meeting meeting) {
        List<String> paragraphs = new ArrayList<>();
        List<String> first = new ArrayList<>();
        sentence("attendance.memberStates", present(meeting, DelegationKind.MEMBER_STATE)).ifPresent(first::add);
        meeting.document(meeting.participantsListId())
                .map(d -> prose.sentence("attendance.participantsList", d.symbol()))
                .ifPresent(first::add);
        if (!first.isEmpty()) {
            paragraphs.add(prose.sentences(first));
        }
        List<String> others = new ArrayList<>();
        sentence("attendance.observers", present(meeting, DelegationKind.OBSERVER)).ifPresent(others::add);
        sentence("attendance.organizations", present(meeting, DelegationKind.INTERNATIONAL_ORGANIZATION))
                .ifPresent(others::add);
        if (!others.isEmpty()) {
            paragraphs.add(prose.sentences(others));
        }
        return paragraphs;
    }

    private Optional<String> sentence(String key, List<String> delegations) {
        if (delegations.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(prose.sentence(key, names.join(delegations), delegations.size()));
    }

    /** Names as a list gives them ("Dominican Republic", not "the Dominican Republic"), in the language's order. */
    private List<String> present(Meeting meeting, DelegationKind kind) {
        return meeting.presentDelegations().stream().filter(d -> d.kind() == kind)
                .map(Delegation::name).sorted(order).toList();
    }
}
