package org.rapporteur.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code import FILE.json}: adds a meeting file to the store, all or nothing, and prints the new id. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Imports a meeting file (*.rapporteur.json) into the store and prints the new meeting's id.")
final class ImportCommand implements Callable<Integer> {
    @ParentCommand
    private RapporteurCommand parent;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The meeting file to import.")
    private Path file;

    @Override
    public Integer call() throws Exception {
        try (StoreSession session = new StoreSession(parent.storeFolder())) {
            spec.commandLine().getOut().println(StoreSession.await(session.meetings().importFile(file)));
        }
        return 0;
    }
}
