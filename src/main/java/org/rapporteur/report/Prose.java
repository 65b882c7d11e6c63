package org.rapporteur.report;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The prose bundle in one language: a template by key, filled with MessageFormat.
 *
 * <p>A missing translation falls back to the English base bundle, never to the machine's default language.
 */
final class Prose {
    static final String BUNDLE = "org.rapporteur.report.prose";

    /** The keys of the decisions' sentences ({@link DecisionProse}, {@link ProseLists}). */
    static final List<String> DECISION_KEYS = List.of(
            "sentences.join",
            "grammar.articles", "grammar.of", "grammar.of.elided", "grammar.of.contractions", "grammar.by", "grammar.by.elided",
            "grammar.by.contractions", "grammar.to", "grammar.to.elided", "grammar.to.contractions", "grammar.of.eachName",
            "grammar.elision.initials", "grammar.elision.words", "grammar.elision.articles", "grammar.elision.article",
            "grammar.definiteArticles",
            "list.two", "list.two.beforeI", "list.start", "list.middle", "list.end", "list.end.beforeI",
            "delegation.phrase",
            "person.withHonorific", "person.inSentence", "honorifics.withoutArticle",
            "nominee.withTitle", "nominee.plain", "nominee.unknown",
            "office.CHAIR", "office.VICE_CHAIR", "office.RAPPORTEUR", "office.OTHER", "office.OTHER.unnamed",
            "election.nominated", "election.nominated.passive",
            "election.seconded.PENDING",
            "election.seconded.ACCLAMATION", "election.unseconded.ACCLAMATION",
            "election.seconded.ELECTED_BY_VOTE", "election.unseconded.ELECTED_BY_VOTE",
            "election.seconded.ELECTED_BY_VOTE.uncounted", "election.unseconded.ELECTED_BY_VOTE.uncounted",
            "election.seconded.NOT_ELECTED_BY_VOTE", "election.unseconded.NOT_ELECTED_BY_VOTE",
            "election.seconded.NOT_ELECTED_BY_VOTE.uncounted", "election.unseconded.NOT_ELECTED_BY_VOTE.uncounted",
            "election.seconded.WITHDRAWN", "election.unseconded.WITHDRAWN",
            "election.seconded.OTHER_CANDIDATE_ELECTED", "election.unseconded.OTHER_CANDIDATE_ELECTED",
            "vote.count",
            "session.1", "session.2", "session.3", "session.4", "session.5", "session.6",
            "session.7", "session.8", "session.9", "session.10", "session.11", "session.12", "session.other",
            "adoptions.lead", "adoptions.lead.noSession",
            "document.line", "document.line.symbolOnly", "document.inProse", "document.inProse.symbolOnly",
            "adoption.amended", "adoption.amended.unattributed", "adoption.amended.none",
            "amendment.first", "amendment.next",
            "adoption.DEFERRED", "adoption.NOT_ADOPTED",
            "proposal.ofProposer", "proposal.plain",
            "position.SUPPORTS", "position.SECONDS", "position.ASKS_TO_ADD_ITEM", "position.ASKS_TO_ADD_ITEM.noNote",
            "position.NEEDS_TO_CONSULT", "position.HAS_CONCERNS", "position.OPPOSES", "position.COMMENTS",
            "position.seconders.ASKS_TO_ADD_ITEM", "position.seconders",
            "proposal.outcome.text", "proposal.outcome.FORWARDED", "proposal.outcome.ADOPTED",
            "proposal.outcome.NOT_ADOPTED", "proposal.outcome.WITHDRAWN");

    /** The keys of the rest of the report ({@link ReportComposer} and the classes it composes with). */
    static final List<String> REPORT_KEYS = List.of(
            "report.title",
            "dates.oneDay", "dates.twoDays.sameMonth", "dates.twoDays.sameYear", "dates.twoDays.otherYears",
            "dates.sameMonth", "dates.sameYear", "dates.otherYears", "venue.cityAndCountry",
            "classification.original", "language.EN", "language.ES", "language.FR", "language.PT",
            "opening.held", "opening.held.noVenue", "opening.held.noDates", "opening.held.noDatesNoVenue",
            "opening.commonNouns", "opening.titleNouns", "opening.quotedTitle", "opening.quotedTitle.gender",
            "attendance.memberStates", "attendance.observers", "attendance.organizations", "attendance.participantsList",
            "attendance.list.two", "attendance.list.two.beforeI", "attendance.list.start", "attendance.list.middle",
            "attendance.list.end", "attendance.list.end.beforeI",
            "part.OPENING_CEREMONY", "part.PRELIMINARY_REPORT", "part.CLOSING_CEREMONY", "part.CONCLUSION",
            "session.heading", "session.heading.unnumbered", "day.line",
            "chair.who.titleAndDelegation", "chair.who.title", "chair.who.delegation", "chair.who.name",
            "chair.session", "chair.line", "chair.line.capacity",
            "item.heading.withDocument",
            "entry.line.SPEECH", "entry.line.PRESENTATION", "entry.line.documents", "documents.join",
            "speaker.withTitle", "speaker.courtesyHonorifics",
            "annex.heading", "annex.DOCUMENTS", "annex.PARTICIPANTS", "annex.DECISIONS", "annex.STATISTICS",
            "documents.kind.WORKING_DOCUMENT", "documents.kind.INFORMATION_DOCUMENT", "documents.kind.RESOLUTION",
            "documents.kind.OTHER", "documents.column.symbol", "documents.column.title",
            "participants.noDelegation", "participant.withTitle",
            "decisions.elections", "decisions.adoptions", "decisions.proposals",
            "decisions.proposal.byProposer", "decisions.proposal.untitled",
            "statistics.lead", "statistics.column.delegation", "statistics.column.interventions",
            "statistics.column.minutes", "statistics.total", "statistics.count",
            "statistics.minutes", "statistics.sheet", "statistics.column.speaker", "statistics.column.pointsOfOrder",
            "statistics.column.time");

    /** Every key the code asks for; {@code ProseBundleTest} checks each one is in the bundle. */
    static final List<String> KEYS = Stream.concat(DECISION_KEYS.stream(), REPORT_KEYS.stream()).toList();

    private final ResourceBundle bundle;
    private final Locale locale;
    private final Consumer<String> keysAsked;

    Prose(Locale locale) {
        this(locale, key -> { });
    }

    /** For the bundle test: {@code keysAsked} hears every key looked up. */
    Prose(Locale locale, Consumer<String> keysAsked) {
        this.locale = Objects.requireNonNull(locale, "locale");
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.keysAsked = keysAsked;
    }

    Locale locale() {
        return locale;
    }

    /** The template {@code key} filled with {@code args}. */
    String format(String key, Object... args) {
        keysAsked.accept(key);
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }

    /** The same, as a sentence: its first letter upper-cased, as the language's own rules do it. */
    String sentence(String key, Object... args) {
        return capitalized(format(key, args));
    }

    /** Sentences one after the other, the empty ones left out. */
    String sentences(List<String> parts) {
        String joined = "";
        for (String part : parts) {
            if (part == null || part.isEmpty()) {
                continue;
            }
            joined = joined.isEmpty() ? part : format("sentences.join", joined, part);
        }
        return joined;
    }

    String capitalized(String text) {
        if (text.isEmpty()) {
            return text;
        }
        int first = text.codePointAt(0);
        int width = Character.charCount(first);
        return text.substring(0, width).toUpperCase(locale) + text.substring(width);
    }
}
