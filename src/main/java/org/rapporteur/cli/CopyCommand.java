package org.rapporteur.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.rapporteur.model.SharedLogin;
import org.rapporteur.model.StoreAddress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code copy ID --to-store DIR} or {@code copy ID --to-url URL --to-user NAME}: copies a meeting from this store to
 * another — a laptop's meeting up to a shared meeting's server, or back — and checks the copy (it must read back into
 * the same meeting file as the original). The original stays as it was.
 */
@Command(name = "copy", mixinStandardHelpOptions = true,
        description = "Copies a meeting to another store (a folder, or a shared meeting's server), checked; prints the copy's id.")
final class CopyCommand extends StoreCommand {
    /** Where the target login's password is taken from, when set; else it is asked for at the terminal. */
    static final String TARGET_PASSWORD_VARIABLE = "RAPPORTEUR_TO_PASSWORD";

    @Parameters(index = "0", paramLabel = "ID", description = "The meeting to copy (its id, as `list` gives it).")
    long meetingId;

    @Option(names = "--to-store", paramLabel = "DIR", description = "A laptop's store folder to copy it into.")
    Path toStore;

    @Option(names = "--to-url", paramLabel = "URL", description = "A shared meeting's server: jdbc:postgresql://HOST/DB.")
    String toUrl;

    @Option(names = "--to-user", paramLabel = "NAME", description = "The login on that server (its owner's, to add a meeting).")
    String toUser;

    @Override
    void run(StoreSession session, PrintWriter out) throws Exception {
        StoreAddress target = target(session);
        try (StoreSession there = new StoreSession(target)) {
            long copy = StoreSession.await(session.meetings().copyInto(meetingId, there.meetings()));
            out.println(copy);
        }
    }

    private StoreAddress target(StoreSession session) {
        if ((toStore == null) == (toUrl == null)) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                    "copy needs one of --to-store DIR or --to-url URL (with --to-user NAME)");
        }
        if (toStore != null) {
            return StoreAddress.local(toStore);
        }
        if (toUser == null || toUser.isBlank()) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "--to-url needs --to-user NAME");
        }
        return StoreAddress.shared(session.folder(), new SharedLogin(toUrl, toUser, password()));
    }

    private String password() {
        String given = System.getenv(TARGET_PASSWORD_VARIABLE);
        if (given != null) {
            return given;
        }
        java.io.Console console = System.console();
        char[] typed = console == null ? null : console.readPassword("Password for %s at %s: ", toUser,
                new SharedLogin(toUrl, toUser, "").where());
        return typed == null ? "" : new String(typed);
    }
}
