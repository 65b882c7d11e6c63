package org.rapporteur;

import org.rapporteur.cli.RapporteurCommand;
import org.rapporteur.ui.RapporteurApp;

/** The one entry point: a command runs headless; no command opens the window on the store. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        // jOOQ greets on its first use; a command's output must stay clean for scripts.
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        int exit = RapporteurCommand.commandLine(RapporteurApp::launchOn).execute(args);
        System.exit(exit);
    }
}
