package org.rapporteur.cli;

import java.nio.file.Path;
import java.util.function.Function;
import org.rapporteur.model.SharedLogin;
import org.rapporteur.model.StoreAddress;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.rapporteur.Version;
import org.rapporteur.store.StoreFolder;
import org.rapporteur.service.LogFile;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code rapporteur [--store DIR] [--store-url jdbc:postgresql://HOST/DB --user NAME] [COMMAND]}: with no command,
 * opens the window on the store, or on the shared meeting's server. The password of a shared meeting's login comes
 * from the environment variable {@value #PASSWORD_VARIABLE}, else it is asked for at the terminal; it is never
 * written anywhere.
 */
@Command(name = "rapporteur", mixinStandardHelpOptions = true, versionProvider = RapporteurCommand.VersionText.class,
        description = "The rapporteur's tool for intergovernmental meetings. With no command, opens the window.",
        subcommands = {SampleCommand.class, GenerateCommand.class, ListCommand.class, ImportCommand.class, ExportCommand.class,
            CopyCommand.class,
            CommandLine.HelpCommand.class})
public final class RapporteurCommand implements Callable<Integer> {

    @Option(names = "--store", paramLabel = "DIR",
            description = "The folder of the store (default: the platform's data folder, ${DEFAULT-VALUE}).")
    Path store = StoreFolder.defaultFolder();

    @Option(names = "--store-url", paramLabel = "URL",
            description = "A shared meeting's database: jdbc:postgresql://HOST/DB (add ?sslmode=verify-full for TLS);"
                    + " see docs/shared-meeting.md.")
    String storeUrl;

    @Option(names = "--user", paramLabel = "NAME", description = "The login to the shared meeting's server.")
    String user;

    /** Where the password of a shared meeting's login is taken from, when set. */
    static final String PASSWORD_VARIABLE = "RAPPORTEUR_PASSWORD";

    private final Consumer<StoreAddress> openWindow;
    private final Function<String, String> environment;

    /** @param openWindow what to do when no command is given: open the window on the store */
    public RapporteurCommand(Consumer<StoreAddress> openWindow) {
        this(openWindow, System::getenv);
    }

    RapporteurCommand(Consumer<StoreAddress> openWindow, Function<String, String> environment) {
        this.openWindow = openWindow;
        this.environment = environment;
    }

    /** The store folder, and the shared meeting's login when {@code --store-url} names one. */
    StoreAddress address() {
        if (storeUrl == null) {
            return StoreAddress.local(store);
        }
        if (user == null || user.isBlank()) {
            throw new CommandLine.ParameterException(new CommandLine(this), "--store-url needs --user NAME as well");
        }
        return StoreAddress.shared(store, new SharedLogin(storeUrl, user, password()));
    }

    private String password() {
        String given = environment.apply(PASSWORD_VARIABLE);
        if (given != null) {
            return given;
        }
        java.io.Console console = System.console();
        if (console == null) {
            return "";
        }
        char[] typed = console.readPassword("Password for %s at %s: ", user, new SharedLogin(storeUrl, user, "").where());
        return typed == null ? "" : new String(typed);
    }

    @Override
    public Integer call() {
        openWindow.accept(address());
        return 0;
    }

    /** Builds the command line with the project's error handling: one sentence and a non-zero exit. */
    public static CommandLine commandLine(Consumer<StoreAddress> openWindow) {
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
