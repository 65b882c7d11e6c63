package org.rapporteur.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.rapporteur.report.Annex;
import org.rapporteur.report.ReportOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code export ID --format json|docx --out FILE}: writes a meeting, or its report, out of the store. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Exports a meeting to a meeting file (json) or its report to a Word document (docx).")
final class ExportCommand extends StoreCommand {

    /** What a meeting can be exported as: the meeting file, or the rapporteur's report in Word. */
    enum Format { json, docx }

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

    @Override
    void run(StoreSession session, PrintWriter printed) throws Exception {
        if (format == Format.json) {
            StoreSession.await(session.meetings().exportJson(meetingId, out));
            return;
        }
        EnumSet<Annex> chosen = EnumSet.noneOf(Annex.class);
        annexes.forEach(a -> chosen.add(a.annex));
        StoreSession.await(session.reports().exportDocx(meetingId, out, new ReportOptions(chosen, date)));
    }
}
