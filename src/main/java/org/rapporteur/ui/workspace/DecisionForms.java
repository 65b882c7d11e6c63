package org.rapporteur.ui.workspace;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.rapporteur.model.Adoption;
import org.rapporteur.model.AdoptionOutcome;
import org.rapporteur.model.AmendmentRequest;
import org.rapporteur.model.Election;
import org.rapporteur.model.ElectionOutcome;
import org.rapporteur.model.Meeting;
import org.rapporteur.model.Office;
import org.rapporteur.model.VoteCount;

/**
 * Turns what the rapporteur typed in a decision's form into the record: names into the meeting's
 * persons and delegations, "Colombia and Guatemala" into two seconders, "20-2-3" into a vote.
 */
final class DecisionForms {
    private final Meeting meeting;
    private final SpeakerCatalog names;
    private final DocumentCatalog documents;

    /** An election as typed. */
    record ElectionForm(Office office, String officeLabel, String nominee, String nominatedBy, String secondedBy,
                        ElectionOutcome outcome, String votes) {
    }

    /** An adoption as typed. */
    record AdoptionForm(String document, AdoptionOutcome outcome, String requestedBy, String request) {
    }

    DecisionForms(Meeting meeting) {
        this.meeting = meeting;
        this.names = new SpeakerCatalog(meeting);
        this.documents = new DocumentCatalog(meeting);
    }

    Optional<Election> election(ElectionForm f) {
        Optional<Speaker> nominee = names.resolve(f.nominee()).filter(s -> s.personId() != null);
        if (nominee.isEmpty()) {
            return Optional.empty();
        }
        Long nominator = delegation(f.nominatedBy());
        return Optional.of(new Election(null, f.office(), blankToNull(f.officeLabel()), nominee.get().personId(), nominator,
                delegations(f.secondedBy()), f.outcome(), votes(f.votes())));
    }

    Optional<Adoption> adoption(AdoptionForm f) {
        List<Long> doc = documents.resolve(f.document());
        if (doc.size() != 1) {
            return Optional.empty();
        }
        List<AmendmentRequest> amendments = new ArrayList<>();
        if (f.request() != null && !f.request().isBlank()) {
            amendments.add(new AmendmentRequest(delegation(f.requestedBy()), f.request().strip()));
        }
        return Optional.of(new Adoption(null, doc.get(0), f.outcome(), amendments));
    }

    /** The delegations named in "Colombia and Guatemala", "Colombia, Guatemala; Mexico". */
    List<Long> delegations(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<Long> ids = new ArrayList<>();
        for (String piece : Arrays.stream(text.split("\\s*(,|;|\\band\\b|\\by\\b|\\bet\\b|\\be\\b)\\s*")).toList()) {
            Long id = delegation(piece);
            if (id != null && !ids.contains(id)) {
                ids.add(id);
            }
        }
        return ids;
    }

    private Long delegation(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return names.resolve(text).map(Speaker::delegationId)
                .or(() -> names.complete(text).flatMap(names::resolve).map(Speaker::delegationId))
                .orElse(null);
    }

    /** "20-2-3", "20 2 3" or "20/2/3": in favour, against, abstentions. */
    static VoteCount votes(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String[] n = text.strip().split("\\D+");
        if (n.length != 3) {
            return null;
        }
        return new VoteCount(Integer.parseInt(n[0]), Integer.parseInt(n[1]), Integer.parseInt(n[2]));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    Meeting meeting() {
        return meeting;
    }
}
