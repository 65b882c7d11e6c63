package org.rapporteur.ui.workspace;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.rapporteur.model.Entry;
import org.rapporteur.model.EntryKind;
import org.rapporteur.service.Backend;
import org.rapporteur.service.Workers;

/**
 * A first Rapporteur process for {@link SecondWindowTest}: it opens the store, adds the sample, and then, for
 * each {@code write} on stdin, logs one more entry and says {@code written}; {@code quit} closes the store.
 */
public final class StoreHolder {
    private StoreHolder() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        try (Backend backend = Backend.open(Path.of(args[0]), Workers.threads())) {
            long meeting = backend.meetings().addSample().join();
            long item = backend.meetings().loadMeeting(meeting).join().sessions().get(0).items().get(0).id();
            out.println("saved " + meeting);
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            for (String line = in.readLine(); line != null && !line.equals("quit"); line = in.readLine()) {
                backend.edits().addEntry(item, 0, new Entry(null, EntryKind.STATEMENT, null, null, null, null, List.of(),
                        "Written by the first window while the second was refused.", null, null)).join();
                out.println("written");
            }
        }
        out.println("closed");
    }
}
