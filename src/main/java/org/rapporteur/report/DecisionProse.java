package org.rapporteur.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.rapporteur.model.Adoption;
import org.rapporteur.model.AdoptionOutcome;
import org.rapporteur.model.AmendmentRequest;
import org.rapporteur.model.Delegation;
import org.rapporteur.model.Document;
import org.rapporteur.model.Election;
import org.rapporteur.model.ElectionOutcome;
import org.rapporteur.model.Meeting;
import org.rapporteur.model.Office;
import org.rapporteur.model.Part;
import org.rapporteur.model.Person;
import org.rapporteur.model.Proposal;
import org.rapporteur.model.ProposalOutcome;
import org.rapporteur.model.ProposalPosition;
import org.rapporteur.model.Stance;
import org.rapporteur.model.VoteCount;

/**
 * The report's sentences for what a meeting decided: its elections, its adoptions of documents, and the
 * positions taken on proposals and where they ended. Every word comes from {@code prose*.properties} in the
 * report's language; the rapporteur's own words (an amendment request, a proposal's outcome, an item's
 * title) are used as stored.
 */
public final class DecisionProse {
    private static final int NAMED_SESSIONS = 12;

    private final Meeting meeting;
    private final Prose prose;
    private final ProseLists lists;
    private final Wording words;

    public DecisionProse(Meeting meeting, Locale locale) {
        this(meeting, new Prose(locale));
    }

    DecisionProse(Meeting meeting, Prose prose) {
        this(meeting, Wording.of(Objects.requireNonNull(meeting, "meeting"), prose));
    }

    DecisionProse(Meeting meeting, Wording words) {
        this.meeting = Objects.requireNonNull(meeting, "meeting");
        this.prose = words.prose;
        this.words = words;
        this.lists = new ProseLists(prose);
    }

    // ---- elections ----

    /** What the report prints for an election: the rapporteur's own sentence if there is one, else the generated. */
    public String election(Election e) {
        return e.proseOverride() != null ? e.proseOverride() : generatedElection(e);
    }

    /**
     * The nomination and its outcome: "The delegation of Uruguay nominated Rodrigo Ubilla Mackenney,
     * Vice-Minister of the Interior of Chile, as the Chair of this meeting. The nomination was seconded by the
     * delegation of the Dominican Republic and adopted by acclamation."
     */
    public String generatedElection(Election e) {
        String nominee = nominee(e.nomineeId());
        int gender = PersonPhrases.gender(meeting.person(e.nomineeId()).map(Person::gender).orElse(null));
        String office = office(e, gender);
        String toNominee = words.grammar.to(nominee);
        String nomination = e.nominatedById() == null
                ? prose.sentence("election.nominated.passive", nominee, office, gender, toNominee)
                : prose.sentence("election.nominated", delegationPhrase(List.of(e.nominatedById())), nominee, office, toNominee);
        return prose.sentences(List.of(nomination, outcome(e, gender)));
    }

    private String outcome(Election e, int gender) {
        boolean seconded = !e.secondedByIds().isEmpty();
        String seconders = seconded ? words.grammar.by(delegationPhrase(e.secondedByIds())) : "";
        ElectionOutcome outcome = e.outcome();
        if (outcome == ElectionOutcome.PENDING && !seconded) {
            return "";
        }
        String key = (seconded ? "election.seconded." : "election.unseconded.") + outcome.name();
        boolean byVote = outcome == ElectionOutcome.ELECTED_BY_VOTE || outcome == ElectionOutcome.NOT_ELECTED_BY_VOTE;
        if (!byVote) {
            return prose.sentence(key, seconders, "", gender);
        }
        if (e.votes() == null) {
            return prose.sentence(key + ".uncounted", seconders, "", gender);
        }
        return prose.sentence(key, seconders, votes(e.votes()), gender);
    }

    private String votes(VoteCount v) {
        return prose.format("vote.count", v.inFavour(), v.against(), v.abstentions());
    }

    private String nominee(Long personId) {
        Optional<Person> found = meeting.person(personId);
        if (found.isEmpty()) {
            return prose.format("nominee.unknown");
        }
        Person p = found.get();
        String name = words.persons.inSentence(p);
        return p.title() == null || p.title().isBlank()
                ? prose.format("nominee.plain", name)
                : prose.format("nominee.withTitle", name, p.title());
    }

    private String office(Election e, int gender) {
        if (e.office() != Office.OTHER) {
            return prose.format("office." + e.office().name(), "", gender);
        }
        return e.officeLabel() == null || e.officeLabel().isBlank()
                ? prose.format("office.OTHER.unnamed", "", gender)
                : prose.format("office.OTHER", e.officeLabel(), gender);
    }

    // ---- adoptions ----

    /** "During the first session, the plenary also adopted the following documents:". */
    public String adoptionsLead(Part session) {
        return adoptionsLead(session, 2);
    }

    /** The same, for {@code documents} documents: the bundle may word one document differently. */
    public String adoptionsLead(Part session, int documents) {
        if (session == null || session.sessionNumber() == null) {
            return prose.sentence("adoptions.lead.noSession", documents);
        }
        return prose.sentence("adoptions.lead", sessionName(session.sessionNumber()), documents);
    }

    private String sessionName(int number) {
        if (number >= 1 && number <= NAMED_SESSIONS) {
            return prose.format("session." + number);
        }
        return prose.format("session.other", String.valueOf(number));
    }

    /** The documents adopted, with or without amendments, in their order. */
    public List<Adoption> adopted(List<Adoption> adoptions) {
        return adoptions.stream()
                .filter(a -> a.outcome() == AdoptionOutcome.ADOPTED || a.outcome() == AdoptionOutcome.ADOPTED_AS_AMENDED)
                .toList();
    }

    /** "Draft Agenda (MISPA-III/RE/doc. 2/10 Rev.1)", or the symbol alone for a document without a title. */
    public String adoptedDocumentLine(Adoption a) {
        Document d = document(a);
        return hasTitle(d) ? prose.format("document.line", d.title(), d.symbol())
                : prose.format("document.line.symbolOnly", d.symbol());
    }

    /** What the report prints after the list for an adoption: the rapporteur's own words, else the generated note. */
    public Optional<String> adoptionNote(Adoption a) {
        return a.proseOverride() != null ? Optional.of(a.proseOverride()) : generatedAdoptionNote(a);
    }

    /**
     * What the list of adopted documents does not say: the amendments taken into consideration, a deferral,
     * a rejection. Empty for a document adopted as it stood, and for one not decided yet.
     */
    public Optional<String> generatedAdoptionNote(Adoption a) {
        Document d = document(a);
        String named = hasTitle(d) ? prose.format("document.inProse", d.title())
                : prose.format("document.inProse.symbolOnly", d.symbol());
        return switch (a.outcome()) {
            case PENDING -> Optional.empty();
            case ADOPTED -> a.amendments().isEmpty() ? Optional.empty() : Optional.of(amended(named, a.amendments()));
            case ADOPTED_AS_AMENDED -> Optional.of(a.amendments().isEmpty()
                    ? prose.sentence("adoption.amended.none", named)
                    : amended(named, a.amendments()));
            case DEFERRED, NOT_ADOPTED -> Optional.of(prose.sentence("adoption." + a.outcome().name(), named,
                    words.grammar.of(named)));
        };
    }

    private String amended(String document, List<AmendmentRequest> requests) {
        boolean attributed = requests.stream().allMatch(r -> meeting.delegation(r.delegationId()).isPresent());
        List<String> phrases = new ArrayList<>();
        for (AmendmentRequest r : requests) {
            if (!attributed) {
                phrases.add(r.request());
            } else {
                String who = delegationPhrase(List.of(r.delegationId()));
                phrases.add(prose.format(phrases.isEmpty() ? "amendment.first" : "amendment.next", who, r.request(),
                        words.grammar.of(who)));
            }
        }
        return prose.sentence(attributed ? "adoption.amended" : "adoption.amended.unattributed",
                document, requests.size(), lists.join(phrases));
    }

    private Document document(Adoption a) {
        return meeting.document(a.documentId())
                .orElseThrow(() -> new IllegalArgumentException("Adoption " + a.id() + " names no document of the meeting"));
    }

    private static boolean hasTitle(Document d) {
        return d.title() != null && !d.title().isBlank();
    }

    // ---- proposals ----

    /** What the report prints for a position: the rapporteur's own sentence if there is one, else the generated. */
    public String position(ProposalPosition p, Proposal proposal) {
        return p.proseOverride() != null ? p.proseOverride() : generatedPosition(p, proposal);
    }

    /**
     * The position as one clause-sentence by its stance ("The delegation of Mexico expressed its support for
     * the proposal of Trinidad and Tobago."); for a request to add an item, its seconders follow. The
     * position's note is not part of it: it is the rapporteur's, to be used as stored — except for a request
     * to add an item, whose note is the item's title.
     */
    public String generatedPosition(ProposalPosition p, Proposal proposal) {
        String who = delegationPhrase(List.of(p.delegationId()));
        String what = proposalPhrase(proposal);
        boolean hasNote = p.note() != null && !p.note().isBlank();
        String key = "position." + p.stance().name();
        if (p.stance() == Stance.ASKS_TO_ADD_ITEM && !hasNote) {
            key += ".noNote";
        }
        String stance = prose.sentence(key, who, what, hasNote ? p.note() : "", words.grammar.to(what));
        if (p.secondedByIds().isEmpty()) {
            return stance;
        }
        String secondersKey = p.stance() == Stance.ASKS_TO_ADD_ITEM ? "position.seconders.ASKS_TO_ADD_ITEM" : "position.seconders";
        String seconded = prose.sentence(secondersKey, names(p.secondedByIds()), p.secondedByIds().size(),
                delegationPhrase(p.secondedByIds()));
        return prose.sentences(List.of(stance, seconded));
    }

    /** What the report prints for where a proposal ended: the rapporteur's own sentence, else the generated. */
    public String proposalOutcome(Proposal p) {
        return p.proseOverride() != null ? p.proseOverride() : generatedProposalOutcome(p);
    }

    /**
     * Where the proposal ended: "The proposal of Trinidad and Tobago was forwarded to the Committee on
     * Hemispheric Security …", with the rapporteur's outcome text when there is one. Empty while pending.
     */
    public String generatedProposalOutcome(Proposal p) {
        if (p.outcome() == ProposalOutcome.PENDING) {
            return "";
        }
        String what = proposalPhrase(p);
        if (p.outcomeText() != null && !p.outcomeText().isBlank()) {
            return prose.sentence("proposal.outcome.text", what, p.outcomeText().strip());
        }
        return prose.sentence("proposal.outcome." + p.outcome().name(), what);
    }

    private String proposalPhrase(Proposal proposal) {
        Optional<Delegation> proposer = proposal == null ? Optional.empty() : meeting.delegation(proposal.proposerId());
        return proposer.map(d -> prose.format("proposal.ofProposer", words.delegations.inSentence(d), words.delegations.of(d)))
                .orElseGet(() -> prose.format("proposal.plain"));
    }

    // ---- delegations ----

    /** "the delegation of the Dominican Republic", "the delegations of Colombia, Guatemala and Mexico". */
    private String delegationPhrase(List<Long> delegationIds) {
        List<Delegation> named = delegationIds.stream().map(this::delegation).toList();
        String of = words.grammar.ofEachName() ? lists.join(named.stream().map(words.delegations::of).toList())
                : words.grammar.of(names(delegationIds));
        return prose.format("delegation.phrase", delegationIds.size(), of);
    }

    /** The delegations' names inside a sentence, joined: "Colombia and Guatemala". */
    private String names(List<Long> delegationIds) {
        return lists.join(delegationIds.stream().map(this::delegation).map(words.delegations::inSentence).toList());
    }

    private Delegation delegation(Long id) {
        return meeting.delegation(id)
                .orElseThrow(() -> new IllegalArgumentException("No delegation " + id + " in the meeting"));
    }
}
