package org.rapporteur.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.rapporteur.Version;
import org.rapporteur.store.StoreFolder;
import org.rapporteur.service.LogFile;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code rapporteur [--store DIR] [COMMAND]}: with no command, opens the window on the store. */
@Command(name = "rapporteur", mixinStandardHelpOptions = true, versionProvider = RapporteurCommand.VersionText.class,
        description = "The rapporteur's tool for intergovernmental meetings. With no command, opens the window.",
        subcommands = {SampleCommand.class, GenerateCommand.class, ListCommand.class, ImportCommand.class, ExportCommand.class,
            CommandLine.HelpCommand.class})
public final class RapporteurCommand implements Callable<Integer> {

    @Option(names = "--store", paramLabel = "DIR",
            description = "The folder of the store (default: the platform's data folder, ${DEFAULT-VALUE}).")
    Path store = StoreFolder.defaultFolder();

    private final Consumer<Path> openWindow;

    /** @param openWindow what to do when no command is given: open the window on the store folder */
    public RapporteurCommand(Consumer<Path> openWindow) {
        this.openWindow = openWindow;
    }

    Path storeFolder() {
        return store;
    }

    @Override
    public Integer call() {
        openWindow.accept(store);
        return 0;
    }

    /** Builds the command line with the project's error handling: one sentence and a non-zero exit. */
    public static CommandLine commandLine(Consumer<Path> openWindow) {
        RapporteurCommand top = new RapporteurCommand(openWindow);
        CommandLine cli = new CommandLine(top);
        cli.setExecutionExceptionHandler(new OneSentenceOnFailure());
        // The log file goes in the data folder, which is known only once the options are parsed.
        cli.setExecutionStrategy(parsed -> {
            LogFile.install(top.store);
            return new CommandLine.RunLast().execute(parsed);
        });
        cli.setParameterExceptionHandler(RapporteurCommand::oneLineAboutTheMistake);
        return cli;
    }

    /** A mistyped command line: what is wrong and where to look, not the whole usage text. */
    private static int oneLineAboutTheMistake(CommandLine.ParameterException mistake, String[] args) {
        CommandLine failed = mistake.getCommandLine();
        failed.getErr().println(mistake.getMessage() + " (see: " + failed.getCommandSpec().qualifiedName() + " --help)");
        failed.getErr().flush();
        return failed.getCommandSpec().exitCodeOnInvalidInput();
    }

    static final class VersionText implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Rapporteur " + Version.current()};
        }
    }
}
