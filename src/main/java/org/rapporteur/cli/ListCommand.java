package org.rapporteur.cli;

import java.io.PrintWriter;
import org.rapporteur.model.MeetingSummary;
import org.rapporteur.service.MeetingService;
import picocli.CommandLine.Command;

/** {@code list}: one line per meeting, its id, a tab, its title. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the store's meetings: id TAB title.")
final class ListCommand extends StoreCommand {
    @Override
    void run(StoreSession session, PrintWriter out) throws Exception {
        MeetingService meetings = session.meetings();
        for (MeetingSummary m : StoreSession.await(meetings.listMeetings())) {
            out.println(m.id() + "\t" + m.title());
        }
    }
}
