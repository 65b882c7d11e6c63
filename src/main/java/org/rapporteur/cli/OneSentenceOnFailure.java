package org.rapporteur.cli;

import java.util.logging.Level;
import java.util.logging.Logger;
import org.rapporteur.service.Problems;
import picocli.CommandLine;

/** A failed command prints one sentence on stderr and exits with 1; the stack trace goes to the log. */
final class OneSentenceOnFailure implements CommandLine.IExecutionExceptionHandler {
    private static final Logger LOG = Logger.getLogger(OneSentenceOnFailure.class.getName());

    @Override
    public int handleExecutionException(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
        LOG.log(Level.INFO, "Command failed", e);
        cli.getErr().println(Problems.sentence(e, java.util.Locale.getDefault()));
        cli.getErr().flush();
        return 1;
    }
}
