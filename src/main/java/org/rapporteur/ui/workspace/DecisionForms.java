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
import org.rapporteur.model.Proposal;
import org.rapporteur.model.ProposalOutcome;
import org.rapporteur.model.ProposalPosition;
import org.rapporteur.model.Stance;
import org.rapporteur.model.VoteCount;

/**
 * Turns what the rapporteur typed in a decision's form into the record: names into the meeting's
 * persons and delegations, "Colombia and Guatemala" into two seconders, "20-2-3" into a vote.
 */
final class DecisionForms {
    /** Between names in a list as the rapporteur types it, in any of the four languages: "Chile y Colombia". */
    static final String BETWEEN_NAMES = "\\s*(,|;|\\band\\b|\\by\\b|\\bet\\b|\\be\\b)\\s*";

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

    /** One delegation's position on a proposal, as typed: "Mexico", supports, "a very positive step". */
    record PositionForm(String delegation, Stance stance, String note, String secondedBy) {
    }

    /** A proposal as typed, with the positions taken on it so far. */
    record ProposalForm(String proposer, String presenter, String title, String summary, List<PositionForm> positions,
                        ProposalOutcome outcome, String outcomeText) {
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

    /**
     * The adoption typed. The form has a field for one amendment request: changing an adoption that has several
     * changes the first and keeps the others, as it keeps the rapporteur's own words.
     */
    Optional<Adoption> adoption(AdoptionForm f, Adoption replacing) {
        List<Long> doc = documents.resolve(f.document());
        if (doc.size() != 1) {
            return Optional.empty();
        }
        List<AmendmentRequest> amendments = new ArrayList<>();
        if (f.request() != null && !f.request().isBlank()) {
            amendments.add(new AmendmentRequest(delegation(f.requestedBy()), f.request().strip()));
        }
        if (replacing == null) {
            return Optional.of(new Adoption(null, doc.get(0), f.outcome(), amendments));
        }
        amendments.addAll(replacing.amendments().stream().skip(1).toList());
        return Optional.of(new Adoption(replacing.id(), doc.get(0), f.outcome(), amendments, replacing.proseOverride()));
    }

    Optional<Election> findElection(long id) {
        return meeting.items().flatMap(i -> i.elections().stream()).filter(e -> e.id() == id).findFirst();
    }

    Optional<Adoption> findAdoption(long id) {
        return meeting.items().flatMap(i -> i.adoptions().stream()).filter(a -> a.id() == id).findFirst();
    }

    Optional<Proposal> findProposal(long id) {
        return meeting.items().flatMap(i -> i.proposals().stream()).filter(p -> p.id() == id).findFirst();
    }

    Optional<Proposal> proposalOfPosition(long positionId) {
        return meeting.items().flatMap(i -> i.proposals().stream())
                .filter(p -> p.positions().stream().anyMatch(s -> s.id() == positionId)).findFirst();
    }

    /**
     * The proposal typed, keeping the rapporteur's own sentences of the one it replaces (a position keeps its own
     * words while it stays the same delegation and stance at the same place). Empty when the proposer or a
     * position's delegation is not one of the meeting's.
     */
    Optional<Proposal> proposal(ProposalForm f, Proposal replacing) {
        Long proposer = delegation(f.proposer());
        if (proposer == null) {
            return Optional.empty();
        }
        List<ProposalPosition> positions = new ArrayList<>();
        for (PositionForm p : f.positions()) {
            Long who = delegation(p.delegation());
            if (who == null) {
                return Optional.empty();
            }
            String ownWords = null;
            if (replacing != null && positions.size() < replacing.positions().size()) {
                ProposalPosition before = replacing.positions().get(positions.size());
                if (who.equals(before.delegationId()) && p.stance() == before.stance()) {
                    ownWords = before.proseOverride();
                }
            }
            positions.add(new ProposalPosition(null, who, p.stance(), blankToNull(p.note()), delegations(p.secondedBy()),
                    ownWords));
        }
        Long presenter = names.resolve(f.presenter() == null ? "" : f.presenter()).map(Speaker::personId).orElse(null);
        return Optional.of(new Proposal(replacing == null ? null : replacing.id(), proposer, presenter, blankToNull(f.title()),
                blankToNull(f.summary()), positions, f.outcome(), blankToNull(f.outcomeText()),
                replacing == null ? null : replacing.proseOverride()));
    }

    /** An election as its form shows it again, for changing it. */
    ElectionForm formOf(Election e) {
        return new ElectionForm(e.office(), e.officeLabel(), meeting.person(e.nomineeId()).map(p -> p.name()).orElse(""),
                delegationName(e.nominatedById()), delegationNames(e.secondedByIds()), e.outcome(),
                e.votes() == null ? "" : e.votes().inFavour() + "-" + e.votes().against() + "-" + e.votes().abstentions());
    }

    /** An adoption as its form shows it again; only its first amendment request has a field. */
    AdoptionForm formOf(Adoption a) {
        String symbol = meeting.document(a.documentId()).map(d -> d.symbol()).orElse("");
        AmendmentRequest first = a.amendments().isEmpty() ? null : a.amendments().get(0);
        return new AdoptionForm(symbol, a.outcome(), first == null ? "" : delegationName(first.delegationId()),
                first == null ? "" : first.request());
    }

    /** A proposal as its form shows it again, positions and all. */
    ProposalForm formOf(Proposal p) {
        List<PositionForm> positions = p.positions().stream().map(s -> new PositionForm(delegationName(s.delegationId()),
                s.stance(), orEmpty(s.note()), delegationNames(s.secondedByIds()))).toList();
        return new ProposalForm(delegationName(p.proposerId()),
                meeting.person(p.presenterId()).map(x -> x.name()).orElse(""), orEmpty(p.title()), orEmpty(p.summary()),
                positions, p.outcome(), orEmpty(p.outcomeText()));
    }

    private String delegationName(Long id) {
        return meeting.delegation(id).map(d -> d.name()).orElse("");
    }

    private String delegationNames(List<Long> ids) {
        return String.join(", ", ids.stream().map(this::delegationName).toList());
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    /** The delegations named in "Colombia and Guatemala", "Colombia, Guatemala; Mexico". */
    List<Long> delegations(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<Long> ids = new ArrayList<>();
        for (String piece : Arrays.stream(text.split(BETWEEN_NAMES)).toList()) {
            Long id = delegation(piece);
            if (id != null && !ids.contains(id)) {
                ids.add(id);
            }
        }
        return ids;
    }

    Long delegation(String text) {
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
