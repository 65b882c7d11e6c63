package org.rapporteur.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.rapporteur.model.Language;
import org.rapporteur.report.Annex;
import org.rapporteur.report.ReportOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code export ID --format json|docx|xlsx --out FILE}: writes a meeting, its report, or its speaking statistics
 * out of the store; the report and the statistics in the language chosen ({@code --language}), by default the
 * meeting's own.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Exports a meeting to a meeting file (json), its report to a Word document (docx) or its speaking"
                + " statistics to an Excel workbook (xlsx).")
final class ExportCommand extends StoreCommand {

    /** What a meeting can be exported as: the meeting file, the rapporteur's report in Word, the statistics in Excel. */
    enum Format { json, docx, xlsx }

    /** The report languages, as the command line names them. */
    enum LanguageCode {
        en(Language.EN), es(Language.ES), fr(Language.FR), pt(Language.PT);

        private final Language language;

        LanguageCode(Language language) {
            this.language = language;
        }
    }

    /** The annexes a report may carry, as the command line names them. */
    enum AnnexName {
        documents(Annex.DOCUMENTS), participants(Annex.PARTICIPANTS), decisions(Annex.DECISIONS), statistics(Annex.STATISTICS);

        private final Annex annex;

        AnnexName(Annex annex) {
            this.annex = annex;
        }
    }

    @Parameters(paramLabel = "ID", description = "The meeting's id, as `list` prints it.")
    private long meetingId;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "One of: ${COMPLETION-CANDIDATES}.")
    private Format format;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write.")
    private Path out;

    @Option(names = "--annex", split = ",", paramLabel = "ANNEX",
            description = "With docx: the annexes to add, separated by commas: ${COMPLETION-CANDIDATES}.")
    private List<AnnexName> annexes = List.of();

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "With docx: the report's date for its classification block (none by default).")
    private LocalDate date;

    @Option(names = "--language", paramLabel = "LANGUAGE",
            description = "With docx or xlsx: the language of the generated words, one of: ${COMPLETION-CANDIDATES}"
                    + " (the meeting's own by default).")
    private LanguageCode language;

    @Override
    void run(StoreSession session, PrintWriter printed) throws Exception {
        Language in = language == null ? null : language.language;
        switch (format) {
            case json -> StoreSession.await(session.meetings().exportJson(meetingId, out));
            case xlsx -> StoreSession.await(session.reports().exportStatistics(meetingId, null, null, in, out));
            case docx -> {
                EnumSet<Annex> chosen = EnumSet.noneOf(Annex.class);
                annexes.forEach(a -> chosen.add(a.annex));
                StoreSession.await(session.reports().exportDocx(meetingId, out, new ReportOptions(chosen, date, in)));
            }
        }
    }
}
