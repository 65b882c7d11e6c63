package org.rapporteur.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * A command that works on the store named by {@code --store} (or the shared meeting named by {@code --store-url}):
 * opens it, runs, syncs and closes it.
 */
abstract class StoreCommand implements Callable<Integer> {
    @ParentCommand
    private RapporteurCommand parent;

    @Spec
    private CommandSpec spec;

    /** The command's work on the open store; what it prints goes to {@code out} (picocli's writer, so tests can read it). */
    abstract void run(StoreSession session, PrintWriter out) throws Exception;

    @Override
    public final Integer call() throws Exception {
        try (StoreSession session = new StoreSession(parent.address())) {
            run(session, spec.commandLine().getOut());
        }
        return 0;
    }
}
