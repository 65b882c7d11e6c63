package org.rapporteur.ui.workspace;

import java.util.List;
import java.util.Optional;
import org.rapporteur.model.Adoption;
import org.rapporteur.model.AgendaItem;
import org.rapporteur.model.Election;
import org.rapporteur.model.Meeting;
import org.rapporteur.model.Part;
import org.rapporteur.model.Proposal;
import org.rapporteur.service.DecisionList;

/**
 * Recording, changing and removing the decisions of the workspace's open item — elections, adoptions,
 * proposals and their positions — and the rapporteur's own words for their sentences. What was typed is turned
 * into the record by {@link DecisionForms}; the workspace saves it (the entry being typed first) and shows the
 * item again.
 */
public final class DecisionsModel {
    private final WorkspaceViewModel host;

    DecisionsModel(WorkspaceViewModel host) {
        this.host = host;
    }

    /** Records an election in the open item; false (and a sentence) when the nominee is not a known person. */
    boolean recordElection(DecisionForms.ElectionForm form) {
        return recordElection(form, null);
    }

    /** Records an election, or changes {@code replacing} (which keeps its place and the rapporteur's own words). */
    boolean recordElection(DecisionForms.ElectionForm form, Election replacing) {
        Optional<Election> typed = new DecisionForms(host.meetingProperty().get()).election(form);
        if (typed.isEmpty()) {
            host.problem(host.texts().format("decisions.unknownNominee", form.nominee()));
            return false;
        }
        if (replacing == null) {
            return host.inOpenItem((s, itemId) -> s.addElection(itemId, typed.get()));
        }
        var changed = typed.get().withId(replacing.id()).withProseOverride(replacing.proseOverride());
        return host.submit(s -> s.replaceElection(changed));
    }

    /** Records an adoption in the open item; false (and a sentence) when the document is not in the list. */
    boolean recordAdoption(DecisionForms.AdoptionForm form) {
        return recordAdoption(form, null);
    }

    /** Records an adoption, or changes {@code replacing} (its other amendment requests and own words stay). */
    boolean recordAdoption(DecisionForms.AdoptionForm form, Adoption replacing) {
        Optional<Adoption> typed = new DecisionForms(host.meetingProperty().get()).adoption(form, replacing);
        if (typed.isEmpty()) {
            host.problem(host.texts().format("decisions.unknownDocument", form.document()));
            return false;
        }
        return replacing == null ? host.inOpenItem((s, itemId) -> s.addAdoption(itemId, typed.get()))
                : host.submit(s -> s.replaceAdoption(typed.get()));
    }

    /** Records a proposal with its positions, or changes {@code replacing}; false when a delegation is unknown. */
    boolean recordProposal(DecisionForms.ProposalForm form, Proposal replacing) {
        Optional<Proposal> typed = new DecisionForms(host.meetingProperty().get()).proposal(form, replacing);
        if (typed.isEmpty()) {
            host.problem(host.texts().format("decisions.unknownDelegation", form.proposer()));
            return false;
        }
        return replacing == null ? host.inOpenItem((s, itemId) -> s.addProposal(itemId, typed.get()))
                : host.submit(s -> s.replaceProposal(typed.get()));
    }

    /** The record behind a row of the decisions list, with the form that shows it, for changing it. */
    DecisionForms decisionForms() {
        return new DecisionForms(host.meetingProperty().get());
    }

    /** Puts a decision's sentence in the rapporteur's own words; blank words bring the generated sentence back. */
    void ownWords(DecisionList.Decision decision, String words) {
        DecisionForms forms = decisionForms();
        String override = words == null || words.isBlank() ? null : words.strip();
        switch (decision.kind()) {
            case ELECTION -> forms.findElection(decision.id())
                    .ifPresent(e -> host.submit(s -> s.replaceElection(e.withProseOverride(override))));
            case ADOPTION -> forms.findAdoption(decision.id())
                    .ifPresent(a -> host.submit(s -> s.replaceAdoption(a.withProseOverride(override))));
            case PROPOSAL -> forms.findProposal(decision.id())
                    .ifPresent(p -> host.submit(s -> s.replaceProposal(p.withProseOverride(override))));
            case POSITION -> forms.proposalOfPosition(decision.id()).ifPresent(p -> host.submit(s -> s.replaceProposal(
                    p.withPositions(p.positions().stream()
                            .map(x -> x.id() == decision.id() ? x.withProseOverride(override) : x).toList()))));
        }
    }

    /** Removes a decision; a position is removed from its proposal. */
    void deleteDecision(DecisionList.Decision decision) {
        switch (decision.kind()) {
            case ELECTION -> host.submit(s -> s.deleteElection(decision.id()));
            case ADOPTION -> host.submit(s -> s.deleteAdoption(decision.id()));
            case PROPOSAL -> host.submit(s -> s.deleteProposal(decision.id()));
            case POSITION -> decisionForms().proposalOfPosition(decision.id()).ifPresent(p -> host.submit(s -> s.replaceProposal(
                    p.withPositions(p.positions().stream().filter(x -> x.id() != decision.id()).toList()))));
        }
    }

    /** A decision of the meeting with where it happened, for the decisions panel. */
    public record DecisionRow(DecisionList.Decision decision, String where) {
    }

    /** Every decision of the meeting, in the order they happened, each with its place. */
    public List<DecisionRow> allDecisions() {
        Meeting m = host.meetingProperty().get();
        // The sentences as the report prints them: in the meeting's own language, where the rapporteur's words belong.
        return DecisionList.of(m, m.facts().originalLanguage().locale()).stream().map(d -> {
            Part part = m.parts().stream().filter(p -> p.id() == d.partId()).findFirst().orElseThrow();
            String where = part.isSession() ? host.texts().format("outline.session", part.sessionNumber())
                    : host.texts().get("part." + part.kind().name());
            String item = m.items().filter(i -> i.id() == d.itemId()).findFirst().filter(AgendaItem::hasTitle)
                    .map(AgendaItem::title).orElse(null);
            return new DecisionRow(d, item == null ? where : where + " \u00b7 " + item);
        }).toList();
    }

    /** Opens the item a decision was taken in. */
    public void jumpTo(DecisionRow row) {
        if (row != null) {
            host.selectItem(row.decision().itemId());
        }
    }

}
