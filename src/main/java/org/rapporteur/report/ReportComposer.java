package org.rapporteur.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.rapporteur.model.Meeting;
import org.rapporteur.model.MeetingFacts;
import org.rapporteur.model.Part;

/**
 * Composes a meeting's report in one language, as the rapporteur's reports of the OAS are laid out: the
 * masthead and title; the opening sentence, the mandate and who attended; each part in order (a line for each
 * new meeting day, the sessions in Roman numerals); then the annexes chosen. Every generated word comes from
 * {@code prose*.properties}; the rapporteur's text is used as typed.
 *
 * <p>Composing is pure and quick: it reads the meeting record and nothing else, so a preview can compose
 * again on every change.
 */
public final class ReportComposer {
    private final Meeting meeting;
    private final Prose prose;
    private final Wording words;
    private final ReportOptions options;
    private final MeetingPhrases phrases;

    public ReportComposer(Meeting meeting, Locale locale, ReportOptions options) {
        this(meeting, new Prose(locale), options);
    }

    ReportComposer(Meeting meeting, Prose prose, ReportOptions options) {
        this.meeting = Objects.requireNonNull(meeting, "meeting");
        this.prose = prose;
        this.words = Wording.of(this.meeting, prose);
        this.options = Objects.requireNonNull(options, "options");
        this.phrases = new MeetingPhrases(words);
    }

    public Report compose() {
        DecisionProse decisions = new DecisionProse(meeting, words);
        PartComposer parts = new PartComposer(meeting, words, decisions);
        List<Block> blocks = new ArrayList<>();
        MeetingFacts facts = meeting.facts();
        String title = MeetingPhrases.blankToNull(facts.reportTitle());
        blocks.add(Block.of(BlockStyle.TITLE, title != null ? title
                : prose.format("report.title", PartComposer.rapporteurGender(meeting)), Place.MEETING));
        blocks.add(Block.of(BlockStyle.BODY, openingSentence(facts), Place.MEETING));
        facts.mandateParagraphs().forEach(p -> blocks.add(Block.of(BlockStyle.BODY, p, Place.MEETING)));
        new Attendance(words).paragraphs(meeting).forEach(p -> blocks.add(Block.of(BlockStyle.BODY, p, Place.MEETING)));
        Integer day = null;
        for (Part part : meeting.parts()) {
            // The first day needs no line of its own: the opening sentence gave the dates.
            if (part.day() != null && day != null && part.day() > day) {
                blocks.add(Block.of(BlockStyle.DAY, prose.format("day.line", part.day()), Place.of(part)));
            }
            if (part.day() != null) {
                day = part.day();
            }
            blocks.addAll(parts.blocks(part));
        }
        blocks.addAll(new AnnexComposer(meeting, words, decisions, parts).blocks(options));
        return new Report(prose.locale(), masthead(facts), blocks);
    }

    private Masthead masthead(MeetingFacts facts) {
        List<String> left = new ArrayList<>();
        left.add(facts.title().strip());
        phrases.dates(facts).ifPresent(left::add);
        phrases.venue(facts.venue()).ifPresent(left::add);
        List<String> right = new ArrayList<>();
        Optional.ofNullable(MeetingPhrases.blankToNull(facts.series())).ifPresent(right::add);
        Optional.ofNullable(MeetingPhrases.blankToNull(facts.reportSymbol())).ifPresent(right::add);
        Optional.ofNullable(options.date()).map(phrases::date).ifPresent(right::add);
        right.add(prose.format("classification.original", phrases.language(facts.originalLanguage())));
        return new Masthead(left, right);
    }

    /** "The meeting of Government Experts in Preparation for MISPA III was held on November 18-19, 2010, in Santiago, Chile." */
    private String openingSentence(MeetingFacts facts) {
        String title = phrases.titleInSentence(facts.title());
        Optional<String> dates = phrases.dates(facts);
        Optional<String> venue = phrases.venue(facts.venue());
        String key = dates.isPresent() ? (venue.isPresent() ? "opening.held" : "opening.held.noVenue")
                : (venue.isPresent() ? "opening.held.noDates" : "opening.held.noDatesNoVenue");
        MeetingPhrases.Subject subject = phrases.titleAsSubject(title);
        return prose.sentence(key, title, dates.orElse(null), venue.orElse(null), phrases.datesKind(facts), subject.phrase(),
                subject.agreement());
    }
}
