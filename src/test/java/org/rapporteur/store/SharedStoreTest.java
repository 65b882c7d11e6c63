package org.rapporteur.store;

import org.rapporteur.model.Access;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.rapporteur.model.Meeting;
import org.rapporteur.service.SampleMeeting;

/** The shared store on a real PostgreSQL: set up by the owner's first open, the whole record in and out. */
class SharedStoreTest {
    @Test
    void theSampleMeetingGoesInAndComesOutTheSame() {
        try (SharedTestDatabase db = SharedTestDatabase.create()) {
            Meeting sample = SampleMeeting.load();
            long id;
            try (Store store = Store.openShared(db.owner())) {
                assertTrue(store.isShared());
                assertEquals(Access.ALL, store.access());
                id = store.meetings().insert(sample);
            }
            try (Store again = Store.openShared(db.owner())) {
                Meeting read = again.meetings().load(id);
                assertEquals(sample.facts(), read.facts());
                assertEquals(sample.items().count(), read.items().count());
                assertEquals(sample.items().mapToLong(i -> i.entries().size()).sum(),
                        read.items().mapToLong(i -> i.entries().size()).sum());
                assertFalse(again.meetings().list().isEmpty());
            }
        }
    }
}
