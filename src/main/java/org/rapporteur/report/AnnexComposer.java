package org.rapporteur.report;

import java.text.Collator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rapporteur.model.AgendaItem;
import org.rapporteur.model.Delegation;
import org.rapporteur.model.Document;
import org.rapporteur.model.DocumentKind;
import org.rapporteur.model.Election;
import org.rapporteur.model.Meeting;
import org.rapporteur.model.Part;
import org.rapporteur.model.Person;
import org.rapporteur.model.Proposal;
import org.rapporteur.model.ProposalPosition;
import org.rapporteur.model.Texts;

/** The annexes after the conclusion, numbered I, II, … in the order of {@link Annex}, each on a new page. */
final class AnnexComposer {
    private final Meeting meeting;
    private final Prose prose;
    private final Wording words;
    private final DecisionProse decisions;
    private final PartComposer parts;
    private final Collator names;

    AnnexComposer(Meeting meeting, Wording words, DecisionProse decisions, PartComposer parts) {
        this.meeting = meeting;
        this.prose = words.prose;
        this.words = words;
        this.decisions = decisions;
        this.parts = parts;
        this.names = Collator.getInstance(prose.locale());
    }

    List<Block> blocks(ReportOptions options) {
        List<Block> blocks = new ArrayList<>();
        int number = 0;
        for (Annex annex : Annex.values()) {
            if (!options.has(annex)) {
                continue;
            }
            number++;
            String name = prose.format("annex." + annex.name());
            blocks.add(Block.of(BlockStyle.ANNEX_TITLE, prose.format("annex.heading", RomanNumerals.of(number), name), Place.MEETING));
            switch (annex) {
                case DOCUMENTS -> documents(blocks);
                case PARTICIPANTS -> participants(blocks);
                case DECISIONS -> decisions(blocks);
                case STATISTICS -> statistics(blocks);
            }
        }
        return blocks;
    }

    /** By series, a table of symbol and title each, the symbols in lookup order. */
    private void documents(List<Block> blocks) {
        SymbolOrder bySymbol = new SymbolOrder();
        for (DocumentKind kind : DocumentKind.values()) {
            List<Document> ofKind = meeting.documents().stream().filter(d -> d.kind() == kind)
                    .sorted(Comparator.comparing(Document::symbol, bySymbol)).toList();
            if (ofKind.isEmpty()) {
                continue;
            }
            blocks.add(Block.of(BlockStyle.HEADING_2, prose.format("documents.kind." + kind.name()), Place.MEETING));
            blocks.add(Block.row(BlockStyle.TABLE_HEADER,
                    List.of(prose.format("documents.column.symbol"), prose.format("documents.column.title")), Place.MEETING));
            for (Document d : ofKind) {
                blocks.add(Block.row(BlockStyle.TABLE_ROW, List.of(d.symbol(), d.title() == null ? "" : d.title().strip()),
                        Place.MEETING));
            }
        }
    }

    /** Delegation by delegation — member states, observers, organizations, the secretariat — then everyone else. */
    private void participants(List<Block> blocks) {
        Map<Delegation, List<Person>> byDelegation = new LinkedHashMap<>();
        List<Person> unattached = new ArrayList<>();
        List<Delegation> ordered = meeting.delegations().stream()
                .sorted(Comparator.comparing(Delegation::kind).thenComparing(words.delegations::list, names)).toList();
        ordered.forEach(d -> byDelegation.put(d, new ArrayList<>()));
        for (Person p : meeting.persons()) {
            Optional<Delegation> d = meeting.delegation(p.delegationId());
            if (d.isPresent()) {
                byDelegation.get(d.get()).add(p);
            } else {
                unattached.add(p);
            }
        }
        byDelegation.forEach((d, persons) -> participantGroup(words.delegations.list(d), persons, blocks));
        participantGroup(prose.format("participants.noDelegation"), unattached, blocks);
    }

    private void participantGroup(String heading, List<Person> persons, List<Block> blocks) {
        if (persons.isEmpty()) {
            return;
        }
        blocks.add(Block.of(BlockStyle.HEADING_2, heading, Place.MEETING));
        for (Person p : persons) {
            String name = words.persons.withHonorific(p);
            String line = MeetingPhrases.isBlank(p.title()) ? name : prose.format("participant.withTitle", name, p.title().strip());
            blocks.add(Block.of(BlockStyle.BULLET, line, Place.MEETING));
        }
    }

    /** The elections, the adoptions, the proposals with every position taken on them, where each happened. */
    private void decisions(List<Block> blocks) {
        List<Block> elections = new ArrayList<>();
        List<Block> adoptions = new ArrayList<>();
        List<Block> proposals = new ArrayList<>();
        for (Part part : meeting.parts()) {
            for (AgendaItem item : part.items()) {
                Place here = Place.of(part, item);
                for (Election e : item.elections()) {
                    elections.add(Block.of(BlockStyle.BULLET, decisions.election(e), here));
                }
                parts.adoptions(part, item, List.of(), adoptions);
                for (Proposal p : item.proposals()) {
                    proposal(p, here, proposals);
                }
            }
        }
        group("decisions.elections", elections, blocks);
        group("decisions.adoptions", adoptions, blocks);
        group("decisions.proposals", proposals, blocks);
    }

    private void group(String headingKey, List<Block> content, List<Block> blocks) {
        if (!content.isEmpty()) {
            blocks.add(Block.of(BlockStyle.HEADING_2, prose.format(headingKey), Place.MEETING));
            blocks.addAll(content);
        }
    }

    private void proposal(Proposal p, Place here, List<Block> blocks) {
        String title = MeetingPhrases.blankToNull(p.title());
        if (title == null) {
            title = meeting.delegation(p.proposerId())
                    .map(d -> prose.format("decisions.proposal.byProposer", words.delegations.list(d), words.delegations.of(d)))
                    .orElseGet(() -> prose.format("decisions.proposal.untitled"));
        }
        blocks.add(Block.of(BlockStyle.HEADING_3, title, here));
        Texts.paragraphs(p.summary()).forEach(s -> blocks.add(Block.of(BlockStyle.BODY, s, here)));
        for (ProposalPosition position : p.positions()) {
            blocks.add(Block.of(BlockStyle.BULLET, decisions.position(position, p), here));
        }
        String outcome = decisions.proposalOutcome(p);
        if (!outcome.isEmpty()) {
            blocks.add(Block.of(BlockStyle.BODY, outcome, here));
        }
    }

    /** A table of interventions by delegation; the minutes column only when some time was recorded. */
    private void statistics(List<Block> blocks) {
        List<SpeakingStatistics.Row> rows = SpeakingStatistics.of(meeting, null, null, prose.locale(), words.delegations::list);
        boolean timed = rows.stream().anyMatch(r -> !r.time().isZero());
        blocks.add(Block.of(BlockStyle.BODY, prose.sentence("statistics.lead", timed ? 1 : 0), Place.MEETING));
        List<String> header = new ArrayList<>(List.of(prose.format("statistics.column.delegation"),
                prose.format("statistics.column.interventions")));
        if (timed) {
            header.add(prose.format("statistics.column.minutes"));
        }
        blocks.add(Block.row(BlockStyle.TABLE_HEADER, header, Place.MEETING));
        int total = 0;
        Duration totalTime = Duration.ZERO;
        for (SpeakingStatistics.Row r : rows) {
            int turns = r.interventions() + r.pointsOfOrder();
            blocks.add(Block.row(BlockStyle.TABLE_ROW, cells(r.speaker(), turns, r.time(), timed), Place.MEETING));
            total += turns;
            totalTime = totalTime.plus(r.time());
        }
        blocks.add(Block.row(BlockStyle.TABLE_ROW, cells(prose.format("statistics.total"), total, totalTime, timed), Place.MEETING));
    }

    private List<String> cells(String who, int count, Duration time, boolean timed) {
        List<String> cells = new ArrayList<>(List.of(who, prose.format("statistics.count", count)));
        if (timed) {
            cells.add(prose.format("statistics.minutes", time.toSeconds() / 60.0));
        }
        return cells;
    }
}
