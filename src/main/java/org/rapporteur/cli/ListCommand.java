package org.rapporteur.cli;

import java.util.concurrent.Callable;
import org.rapporteur.model.MeetingSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code list}: one line per meeting, its id, a tab, its title. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the store's meetings: id TAB title.")
final class ListCommand implements Callable<Integer> {
    @ParentCommand
    private RapporteurCommand parent;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try (StoreSession session = new StoreSession(parent.storeFolder())) {
            for (MeetingSummary m : StoreSession.await(session.meetings().listMeetings())) {
                spec.commandLine().getOut().println(m.id() + "\t" + m.title());
            }
        }
        return 0;
    }
}
