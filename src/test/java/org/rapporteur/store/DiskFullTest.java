package org.rapporteur.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.model.Entry;
import org.rapporteur.model.Meeting;
import org.rapporteur.service.SampleMeeting;

/**
 * A full disk (simulated under H2, where the real one fails): the edit is refused in a sentence, nothing saved
 * before is lost, and once there is space again the same edit goes in without reopening anything.
 */
class DiskFullTest {
    @TempDir
    Path folder;

    @BeforeEach
    void onADiskThatCanFill() {
        DiskThatFills.fill(false);
        System.setProperty(Store.FILE_SYSTEM_PROPERTY, DiskThatFills.SCHEME);
    }

    @AfterEach
    void free() {
        DiskThatFills.fill(false);
        System.clearProperty(Store.FILE_SYSTEM_PROPERTY);
    }

    @Test
    void anEditOnAFullDiskIsRefusedInASentenceAndGoesInOnceThereIsSpace() {
        long id;
        Meeting before;
        Entry changed;
        try (Store store = Store.open(folder)) {
            id = store.meetings().insert(SampleMeeting.load());
            before = store.meetings().load(id);
            Entry first = before.entries().findFirst().orElseThrow();
            changed = new Entry(first.id(), first.kind(), first.personId(), first.delegationId(), first.speakerTitle(),
                    first.subject(), first.documentIds(), "Typed while the disk was full.", first.startedAt(), first.endedAt());

            DiskThatFills.fill(true);
            StoreException full = assertThrows(StoreException.class, () -> store.editor().updateEntry(changed));
            assertEquals(StoreException.Reason.NOT_WRITABLE, full.reason());
            assertEquals("The disk is full: Rapporteur could not save the meeting. Free some space; nothing already saved is lost.",
                    full.sentence().in(Locale.ENGLISH));
            assertThrows(StoreException.class, () -> store.editor().updateEntry(changed), "still full");

            DiskThatFills.fill(false);
            store.editor().updateEntry(changed);
            assertEquals(changed.summary(), store.meetings().load(id).entries().findFirst().orElseThrow().summary());
        }
        System.clearProperty(Store.FILE_SYSTEM_PROPERTY);
        try (Store again = Store.open(folder)) {
            Meeting after = again.meetings().load(id);
            assertEquals(changed.summary(), after.entries().findFirst().orElseThrow().summary());
            assertEquals(before.entries().skip(1).toList(), after.entries().skip(1).toList(), "everything else as it was");
        }
    }
}
