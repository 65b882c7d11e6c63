package org.rapporteur.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.rapporteur.service.MeetingService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code export ID --format json --out FILE}: writes a meeting out of the store. */
@Command(name = "export", mixinStandardHelpOptions = true, description = "Exports a meeting to a file.")
final class ExportCommand extends StoreCommand {

    /** The formats a meeting can be exported to; the report's formats join this list. */
    enum Format { json }

    @Parameters(paramLabel = "ID", description = "The meeting's id, as `list` prints it.")
    private long meetingId;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "One of: ${COMPLETION-CANDIDATES}.")
    private Format format;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write.")
    private Path out;

    @Override
    void run(MeetingService meetings, PrintWriter printed) throws Exception {
        StoreSession.await(meetings.exportJson(meetingId, out));
    }
}
