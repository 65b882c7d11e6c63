package org.rapporteur.cli;

import java.io.PrintWriter;
import org.rapporteur.service.MeetingService;
import picocli.CommandLine.Command;

/** {@code sample}: adds a copy of the sample meeting to the store and prints its id. */
@Command(name = "sample", mixinStandardHelpOptions = true,
        description = "Adds the sample meeting (MISPA III experts, Santiago 2010) to the store and prints its id.")
final class SampleCommand extends StoreCommand {
    @Override
    void run(StoreSession session, PrintWriter out) throws Exception {
        MeetingService meetings = session.meetings();
        out.println(StoreSession.await(meetings.addSample()));
    }
}
