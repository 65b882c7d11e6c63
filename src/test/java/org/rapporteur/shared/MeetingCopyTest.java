package org.rapporteur.shared;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.service.Backend;
import org.rapporteur.service.Workers;
import org.rapporteur.store.SharedTestDatabase;
import org.rapporteur.store.StoreException;

/** A meeting moved from a laptop's store to a shared meeting's server and back: a copy each way, checked. */
class MeetingCopyTest {
    @TempDir
    Path temp;

    @Test
    void theSampleGoesUpToTheServerAndBackTheSame() throws Exception {
        try (SharedTestDatabase db = SharedTestDatabase.create();
             Backend laptop = Backend.open(temp.resolve("laptop"), Workers.sameThread());
             Backend server = Backend.openShared(db.owner(), temp.resolve("owner"), Workers.sameThread(),
                     Clock.systemDefaultZone());
             Backend other = Backend.open(temp.resolve("other-laptop"), Workers.sameThread())) {
            long original = laptop.meetings().addSample().join();
            long up = laptop.meetings().copyInto(original, server.meetings()).join();
            long back = server.meetings().copyInto(up, other.meetings()).join();

            assertArrayEquals(file(laptop, original), file(other, back), "the same meeting file after the round trip");
            assertArrayEquals(file(laptop, original), file(server, up));
            assertEquals(1, laptop.meetings().listMeetings().join().size(), "the original stays, alone");
        }
    }

    @Test
    void aLoginThatMayNotAddMeetingsCopiesNothing() {
        try (SharedTestDatabase db = SharedTestDatabase.create()) {
            Backend owner = Backend.openShared(db.owner(), temp.resolve("owner"), Workers.sameThread(), Clock.systemDefaultZone());
            owner.close();
            try (Backend laptop = Backend.open(temp.resolve("laptop"), Workers.sameThread());
                 Backend secretariat = Backend.openShared(db.loginAs("rapporteur_secretariat"), temp.resolve("secretariat"),
                         Workers.sameThread(), Clock.systemDefaultZone())) {
                long original = laptop.meetings().addSample().join();
                CompletionException refused = assertThrows(CompletionException.class,
                        () -> laptop.meetings().copyInto(original, secretariat.meetings()).join());
                assertTrue(refused.getCause() instanceof StoreException e && e.reason() == StoreException.Reason.NOT_ALLOWED,
                        String.valueOf(refused.getCause()));
                assertTrue(secretariat.meetings().listMeetings().join().isEmpty(), "nothing half-copied");
            }
        }
    }

    private byte[] file(Backend backend, long meetingId) throws Exception {
        Path file = Files.createTempFile(temp, "meeting", ".rapporteur.json");
        backend.meetings().exportJson(meetingId, file).join();
        return Files.readAllBytes(file);
    }
}
