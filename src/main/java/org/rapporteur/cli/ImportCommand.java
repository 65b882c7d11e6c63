package org.rapporteur.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.rapporteur.service.MeetingService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code import FILE.json}: adds a meeting file to the store, all or nothing, and prints the new id. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Imports a meeting file (*.rapporteur.json) into the store and prints the new meeting's id.")
final class ImportCommand extends StoreCommand {
    @Parameters(paramLabel = "FILE", description = "The meeting file to import.")
    private Path file;

    @Override
    void run(StoreSession session, PrintWriter out) throws Exception {
        MeetingService meetings = session.meetings();
        out.println(StoreSession.await(meetings.importFile(file)));
    }
}
