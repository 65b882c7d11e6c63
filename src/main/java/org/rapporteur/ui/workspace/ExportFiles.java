package org.rapporteur.ui.workspace;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.rapporteur.model.Language;
import org.rapporteur.report.ReportOptions;
import org.rapporteur.service.Problems;
import org.rapporteur.service.ReportService;
import org.rapporteur.ui.UiText;

/**
 * The files a rapporteur exports from the workspace: the report as .docx, the speaking statistics as .xlsx.
 * The service writes them off the FX thread, beside the target first; the answer is one sentence for the status
 * line, on the FX thread — where the file went, or why nothing was written.
 */
final class ExportFiles {
    private final CompletableFuture<ReportService> reports;
    private final long meetingId;
    private final Executor fx;
    private final UiText texts;

    ExportFiles(CompletableFuture<ReportService> reports, long meetingId, Executor fx, UiText texts) {
        this.reports = reports;
        this.meetingId = meetingId;
        this.fx = fx;
        this.texts = texts;
    }

    CompletableFuture<ReportService> reports() {
        return reports;
    }

    long meetingId() {
        return meetingId;
    }

    CompletableFuture<String> report(ReportOptions options, Path file) {
        return said(reports.thenCompose(r -> r.exportDocx(meetingId, file, options)), "export.reportWritten");
    }

    /** The statistics sheet, its words in {@code language} (null: the meeting's own), like the report. */
    CompletableFuture<String> statistics(Long itemId, LocalDateTime now, Language language, Path file) {
        return said(reports.thenCompose(r -> r.exportStatistics(meetingId, itemId, now, language, file)),
                "export.statisticsWritten");
    }

    private CompletableFuture<String> said(CompletableFuture<Path> written, String doneKey) {
        return written.handleAsync((path, failure) -> failure == null ? texts.format(doneKey, path.toString())
                : texts.format("export.failed", Problems.sentence(failure, texts.locale())), fx);
    }
}
