package org.rapporteur.service;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.rapporteur.model.Language;
import org.rapporteur.model.Meeting;
import org.rapporteur.report.DraftCheck;
import org.rapporteur.report.DraftWarning;
import org.rapporteur.report.Report;
import org.rapporteur.report.ReportComposer;
import org.rapporteur.report.ReportOptions;
import org.rapporteur.report.SpeakingStatistics;
import org.rapporteur.report.StatisticsWords;
import org.rapporteur.report.docx.DocxReportWriter;
import org.rapporteur.report.xlsx.StatisticsWorkbook;
import org.rapporteur.store.Store;

/**
 * The report's use cases: compose a meeting's report, check its draft, write it as a Word file. Each runs on
 * the reader pool (never the FX thread) and reads the meeting as stored; the report is in the language the options
 * choose, by default the one the meeting's report is drafted in.
 */
public final class ReportService {
    private final Store store;
    private final Workers workers;
    private final MeetingCache cache;

    public ReportService(Store store, Workers workers) {
        this(store, workers, MeetingCache.off());
    }

    /** With the meeting kept between reads (the preview recomposes after every pause in the typing). */
    ReportService(Store store, Workers workers, MeetingCache cache) {
        this.store = store;
        this.workers = workers;
        this.cache = cache;
    }

    /** The report as a preview shows it. */
    public CompletableFuture<Report> compose(long meetingId, ReportOptions options) {
        return read(() -> compose(stored(meetingId), options));
    }

    /** What the rapporteur may want to fix before exporting; an empty list when nothing was found. */
    public CompletableFuture<List<DraftWarning>> check(long meetingId) {
        return read(() -> DraftCheck.of(stored(meetingId)));
    }

    /**
     * Writes the report as a .docx. The file is written beside the target and moved into place: a failure
     * (a read-only folder, a full disk, a target open in Word) leaves the old file as it was and completes
     * the future with a {@link ServiceException} saying which.
     */
    public CompletableFuture<Path> exportDocx(long meetingId, Path file, ReportOptions options) {
        return read(() -> {
            Report report = compose(store.meetings().load(meetingId), options);
            return SafeFile.write(file, out -> new DocxReportWriter().write(report, out));
        });
    }

    /**
     * Writes the speaking statistics of an item ({@code itemId}) or the whole meeting (null) as an .xlsx sheet,
     * counting a turn still going on to {@code now}, its words and the delegations' names in {@code language}
     * (null: the meeting's own); written safely like the report.
     */
    public CompletableFuture<Path> exportStatistics(long meetingId, Long itemId, LocalDateTime now, Language language,
                                                    Path file) {
        return read(() -> {
            Meeting meeting = store.meetings().load(meetingId);
            Language in = language != null ? language : meeting.facts().originalLanguage();
            StatisticsWords words = StatisticsWords.in(in.locale());
            StatisticsWorkbook.Labels labels = new StatisticsWorkbook.Labels(words.sheet(), words.speaker(),
                    words.interventions(), words.pointsOfOrder(), words.time(), words.total());
            List<SpeakingStatistics.Row> rows = SpeakingStatistics.of(meeting, itemId, now, in);
            return SafeFile.write(file, out -> new StatisticsWorkbook().write(rows, labels, out));
        });
    }

    private Meeting stored(long meetingId) {
        return cache.read(meetingId, () -> store.meetings().load(meetingId));
    }

    private static Report compose(Meeting meeting, ReportOptions options) {
        return new ReportComposer(meeting, options.languageFor(meeting).locale(), options).compose();
    }

    private <T> CompletableFuture<T> read(Supplier<T> work) {
        return CompletableFuture.supplyAsync(work, workers.reader());
    }
}
