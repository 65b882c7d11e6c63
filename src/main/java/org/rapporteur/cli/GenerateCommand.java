package org.rapporteur.cli;

import java.io.PrintWriter;
import org.rapporteur.service.SyntheticMeeting;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code generate --entries N [--seed S]}: adds a made-up meeting of N entries to the store and prints its id. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Adds a made-up meeting of N entries (sessions and items, the OAS roster, decisions, summaries "
                + "of real length) to the store and prints its id. The same N and seed give the same meeting.")
final class GenerateCommand extends StoreCommand {
    @Spec
    private CommandSpec spec;

    private int entries;

    @Option(names = "--seed", paramLabel = "S", description = "The seed of the made-up record (default: ${DEFAULT-VALUE}).")
    private long seed = SyntheticMeeting.DEFAULT_SEED;

    @Option(names = "--entries", required = true, paramLabel = "N", description = "How many entries in all (at least 1).")
    void entries(int count) {
        if (count < 1) {
            throw new ParameterException(spec.commandLine(), "--entries must be at least 1, not " + count);
        }
        entries = count;
    }

    @Override
    void run(StoreSession session, PrintWriter out) throws Exception {
        out.println(StoreSession.await(session.meetings().addSynthetic(entries, seed)));
    }
}
