package org.rapporteur.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code export ID --format json --out FILE}: writes a meeting out of the store. */
@Command(name = "export", mixinStandardHelpOptions = true, description = "Exports a meeting to a file.")
final class ExportCommand implements Callable<Integer> {

    /** The formats a meeting can be exported to; the report's formats join this list. */
    enum Format { json }

    @ParentCommand
    private RapporteurCommand parent;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "The meeting's id, as `list` prints it.")
    private long meetingId;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "One of: ${COMPLETION-CANDIDATES}.")
    private Format format;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write.")
    private Path out;

    @Override
    public Integer call() throws Exception {
        try (StoreSession session = new StoreSession(parent.storeFolder())) {
            StoreSession.await(session.meetings().exportJson(meetingId, out));
        }
        return 0;
    }
}
