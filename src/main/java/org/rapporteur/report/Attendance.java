package org.rapporteur.report;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
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
    private final Wording words;
    private final ProseLists names;
    private final Collator order;

    Attendance(Wording words) {
        this.prose = words.prose;
        this.words = words;
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

    /** {0} the names as a list gives them, {1} how many, {2} for one alone: "the delegation of …". */
    private Optional<String> sentence(String key, List<Delegation> delegations) {
        if (delegations.isEmpty()) {
            return Optional.empty();
        }
        String one = prose.format("delegation.phrase", 1, words.delegations.of(delegations.getFirst()));
        return Optional.of(prose.sentence(key, names.join(delegations.stream().map(words.delegations::list).toList()),
                delegations.size(), one));
    }

    /** In the language's order of their names as a list gives them ("Dominican Republic", not "the Dominican Republic"). */
    private List<Delegation> present(Meeting meeting, DelegationKind kind) {
        return meeting.presentDelegations().stream().filter(d -> d.kind() == kind)
                .sorted(Comparator.comparing(words.delegations::list, order)).toList();
    }
}
