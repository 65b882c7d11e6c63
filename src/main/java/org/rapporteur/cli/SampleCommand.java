package org.rapporteur.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code sample}: adds a copy of the sample meeting to the store and prints its id. */
@Command(name = "sample", mixinStandardHelpOptions = true,
        description = "Adds the sample meeting (MISPA III experts, Santiago 2010) to the store and prints its id.")
final class SampleCommand implements Callable<Integer> {
    @ParentCommand
    private RapporteurCommand parent;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try (StoreSession session = new StoreSession(parent.storeFolder())) {
            long id = StoreSession.await(session.meetings().addSample());
            spec.commandLine().getOut().println(id);
        }
        return 0;
    }
}
