package org.rapporteur.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.model.AgendaItem;
import org.rapporteur.model.Entry;
import org.rapporteur.model.EntryKind;
import org.rapporteur.model.SharedLogin;
import org.rapporteur.service.Backend;
import org.rapporteur.service.EntrySaved;
import org.rapporteur.service.SharedLink;
import org.rapporteur.service.Workers;
import org.rapporteur.store.CuttableProxy;
import org.rapporteur.store.SharedTestDatabase;

/**
 * The network between a laptop and the server goes away while the rapporteur types, and comes back: every word
 * typed meanwhile is kept on the laptop, said to be, and on the server once it is back — in order, with no step by
 * hand, whether the app stayed open or was closed and opened again meanwhile. The cable is a relay the test cuts
 * ({@link CuttableProxy}); the server itself never stops.
 */
class ConnectionCutTest {
    /** How long the network stays away: {@code -Drapporteur.cutSeconds=60} for the minute. */
    private static final long CUT_SECONDS = Long.getLong("rapporteur.cutSeconds", 4);

    @TempDir
    Path temp;

    private SharedTestDatabase db;
    private CuttableProxy cable;
    private Backend owner;
    private long meetingId;
    private long itemId;

    @BeforeEach
    void setUp() throws Exception {
        db = SharedTestDatabase.create();
        cable = CuttableProxy.toTestServer();
        owner = Backend.openShared(db.owner(), temp.resolve("owner"), Workers.sameThread(), Clock.systemDefaultZone());
        meetingId = owner.meetings().addSample().join();
        itemId = item(owner).id();
    }

    @AfterEach
    void tearDown() throws Exception {
        owner.close();
        cable.close();
        db.close();
    }

    private AgendaItem item(Backend backend) {
        return backend.meetings().loadMeeting(meetingId).join().items().filter(i -> !i.entries().isEmpty())
                .filter(i -> itemId == 0 || i.id() == itemId).findFirst().orElseThrow();
    }

    private SharedLogin throughTheCable() {
        SharedLogin rapporteur = db.loginAs("rapporteur_rapporteur");
        return new SharedLogin(cable.url(db.name()), rapporteur.user(), rapporteur.password());
    }

    private Backend laptop(SharedLogin login) {
        return Backend.openShared(login, temp.resolve("laptop"), Workers.threads(), Clock.systemDefaultZone());
    }

    @Test
    void typingThroughACutLosesNothingAndNeedsNoStepByHand() throws Exception {
        try (Backend laptop = laptop(throughTheCable())) {
            SharedLink link = laptop.edits().sharedLink().orElseThrow();
            SharedMeetingTest.waitUntilListening(laptop);
            Entry entry = item(laptop).entries().get(0);
            String typed = "";
            CountDownLatch saidOffline = new CountDownLatch(1);
            link.onStatus(s -> {
                if (!s.reachable()) {
                    saidOffline.countDown();
                }
            });

            cable.cut();
            long cutAt = System.nanoTime();
            long until = cutAt + TimeUnit.SECONDS.toNanos(CUT_SECONDS);
            int saves = 0;
            EntrySaved last = null;
            while (System.nanoTime() < until) {
                typed += (saves == 0 ? "" : " ") + "word" + saves;
                last = laptop.edits().updateTypedEntry(SharedMeetingTest.withSummary(entry, typed)).get(10, TimeUnit.SECONDS);
                saves++;
                Thread.sleep(100);
            }
            assertTrue(saidOffline.await(5, TimeUnit.SECONDS), "the app says the server cannot be reached");
            assertEquals(EntrySaved.Outcome.KEPT_ON_THIS_LAPTOP, last.outcome(), "the last save waits on this laptop");
            assertFalse(link.status().reachable());
            assertTrue(link.status().waiting() > 0, "kept edits: " + link.status());
            // A new entry while the server is away, and words typed into it.
            long started = laptop.edits().addEntry(itemId, item(laptop).entries().size(),
                    new Entry(null, EntryKind.STATEMENT, null, null, null, null, List.of(), null, null, null)).get();
            assertTrue(started < 0, "an id of this laptop's until it is sent: " + started);
            laptop.edits().updateTypedEntry(new Entry(started, EntryKind.STATEMENT, null, null, null, null, List.of(),
                    "Typed into an entry started offline.", null, null, 0)).get();
            assertEquals(entry.summary(), item(owner).entries().get(0).summary(), "the server has none of it yet");

            cable.restore();
            waitFor(() -> link.status().reachable() && link.status().waiting() == 0, Duration.ofSeconds(10));
            AgendaItem onServer = item(owner);
            assertEquals(typed, onServer.entries().get(0).summary(), "every word typed during the cut, " + saves + " saves");
            System.out.printf("cut of %d s: %d saves kept on the laptop, all on the server %d ms after the cable came back%n",
                    CUT_SECONDS, saves, (System.nanoTime() - until) / 1_000_000);
            assertEquals("Typed into an entry started offline.",
                    onServer.entries().get(onServer.entries().size() - 1).summary());
            // Typing on into the entry started offline reaches the server's row of it.
            EntrySaved on = laptop.edits().updateTypedEntry(new Entry(started, EntryKind.STATEMENT, null, null, null, null,
                    List.of(), "Typed into an entry started offline, and on.", null, null, 0)).get();
            assertEquals(EntrySaved.Outcome.SAVED, on.outcome());
            // The owner's laptop hears of it through the change feed, within a second.
            waitFor(() -> {
                List<Entry> log = item(owner).entries();
                return "Typed into an entry started offline, and on.".equals(log.get(log.size() - 1).summary());
            }, Duration.ofSeconds(1));
        }
    }

    @Test
    void editsKeptWhenTheAppIsClosedOfflineAreSentWhenItOpensAgain() throws Exception {
        SharedLogin login = throughTheCable();
        Entry entry;
        try (Backend laptop = laptop(login)) {
            entry = item(laptop).entries().get(0);
            cable.cut();
            EntrySaved kept = laptop.edits().updateTypedEntry(SharedMeetingTest.withSummary(entry,
                    "Typed just before the laptop was closed.")).get(10, TimeUnit.SECONDS);
            assertEquals(EntrySaved.Outcome.KEPT_ON_THIS_LAPTOP, kept.outcome());
        }
        cable.restore();
        try (Backend again = laptop(login)) {
            SharedLink link = again.edits().sharedLink().orElseThrow();
            waitFor(() -> link.status().waiting() == 0, Duration.ofSeconds(10));
            assertEquals("Typed just before the laptop was closed.", item(owner).entries().get(0).summary());
        }
    }

    private static void waitFor(java.util.function.BooleanSupplier condition, Duration atMost) throws InterruptedException {
        long until = System.nanoTime() + atMost.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > until) {
                throw new AssertionError("not within " + atMost);
            }
            Thread.sleep(50);
        }
    }
}
