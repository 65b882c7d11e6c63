package org.rapporteur.store;

import org.rapporteur.model.BackupInfo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.model.Meeting;
import org.rapporteur.service.SampleMeeting;

/** Rolling backups beside a real store file: consistent, verified, bounded, readable. */
class BackupsTest {
    @TempDir
    Path folder;

    @Test
    void aBackupHoldsTheStoreAsItWasAndSaysWhatItHolds() {
        try (Store store = Store.open(folder)) {
            long id = store.meetings().insert(SampleMeeting.load());
            Meeting before = store.meetings().load(id);
            BackupInfo backup = store.backups().take(BackupInfo.Reason.MANUAL);
            store.meetings().delete(id);

            assertTrue(Files.isRegularFile(backup.file()));
            assertEquals(List.of(new BackupInfo.Content(id, before.title(), (int) before.entries().count())), backup.meetings());
            assertEquals(List.of(backup), store.backups().list(), "listed as taken, from its description");
            assertEquals(before, store.backups().readMeeting(backup.file(), id), "the meeting read back in full");
            assertTrue(store.meetings().list().isEmpty(), "reading a backup changes nothing in the store");
        }
    }

    @Test
    void onlyABoundedNumberOfEachKindIsKeptNewestFirst() throws Exception {
        MovingClock clock = new MovingClock();
        try (Store store = Store.open(folder, clock)) {
            store.meetings().insert(SampleMeeting.load());
            BackupInfo upgrade = store.backups().take(BackupInfo.Reason.UPGRADE);
            for (int i = 0; i < 14; i++) {
                clock.advance(Duration.ofMinutes(5));
                store.backups().take(BackupInfo.Reason.TIMER);
            }
            List<BackupInfo> kept = store.backups().list();
            assertEquals(12, kept.stream().filter(b -> b.reason() == BackupInfo.Reason.TIMER).count());
            assertTrue(kept.contains(upgrade), "other kinds are kept on their own count");
            assertEquals(kept.stream().map(BackupInfo::takenAt).sorted(java.util.Comparator.reverseOrder()).toList(),
                    kept.stream().map(BackupInfo::takenAt).toList());
            try (Stream<Path> files = Files.list(store.backups().folder())) {
                assertEquals(13 * 2, files.count(), "each backup is a zip and its description, nothing else");
            }
        }
    }

    @Test
    void whatAKilledBackupLeftBehindIsRemovedAtTheNextStart() throws Exception {
        Path backups;
        try (Store store = Store.open(folder)) {
            store.meetings().insert(SampleMeeting.load());
            store.backups().take(BackupInfo.Reason.CLOSE);
            backups = store.backups().folder();
        }
        Files.writeString(backups.resolve("rapporteur-20261201-120000-000-timer.zip.part"), "half a zip");
        Files.createDirectory(backups.resolve(".verifying-123"));
        try (Store store = Store.open(folder)) {
            assertEquals(1, store.backups().list().size());
            try (Stream<Path> files = Files.list(backups)) {
                assertEquals(2, files.count());
            }
        }
    }

    @Test
    void aDamagedBackupIsRefusedInPlainWords() throws Exception {
        try (Store store = Store.open(folder)) {
            store.meetings().insert(SampleMeeting.load());
            BackupInfo backup = store.backups().take(BackupInfo.Reason.MANUAL);
            Files.write(backup.file(), new byte[] {'P', 'K', 3, 4, 0, 0});
            StoreException refused = assertThrows(StoreException.class,
                    () -> store.backups().readMeeting(backup.file(), backup.meetings().get(0).meetingId()));
            assertEquals(StoreException.Reason.UNREADABLE, refused.reason());
            assertTrue(refused.sentence().in(java.util.Locale.ENGLISH).contains("damaged"), refused.sentence().toString());
        }
    }

    /** A clock that moves only when told, so backups get distinct, ordered times. */
    static final class MovingClock extends Clock {
        private Instant now = Instant.parse("2026-12-01T09:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
