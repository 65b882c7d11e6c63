package org.rapporteur.store;

import java.nio.file.Path;
import org.rapporteur.service.SampleMeeting;

/**
 * A child process for {@link CommittedWorkSurvivesAKilledProcessTest}: saves the sample meeting, says so
 * on stdout, and waits to be killed without ever closing the store.
 */
public final class KilledWriter {
    private KilledWriter() {
    }

    public static void main(String[] args) throws InterruptedException {
        Store store = Store.open(Path.of(args[0]));
        long id = store.meetings().insert(SampleMeeting.load());
        System.out.println("saved " + id);
        System.out.flush();
        Thread.sleep(120_000);
    }
}
