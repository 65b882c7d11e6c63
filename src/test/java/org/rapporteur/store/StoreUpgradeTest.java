package org.rapporteur.store;

import org.rapporteur.model.BackupInfo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.model.Entry;
import org.rapporteur.model.Meeting;
import org.rapporteur.service.SampleMeeting;

/**
 * A store written by an earlier schema (a fixture kept in the tests) is backed up, then migrated on open,
 * and loses nothing: the sample meeting it held reads as the sample does now.
 */
class StoreUpgradeTest {
    @TempDir
    Path folder;

    @Test
    void aSchemaOneStoreIsBackedUpThenUpgradedWithoutLoss() throws Exception {
        unzip("/upgrade/store-schema-v1.zip", folder);
        Meeting expected = SampleMeeting.load();
        try (Store store = Store.open(folder)) {
            List<BackupInfo> backups = store.backups().list();
            assertEquals(1, backups.size(), "one backup, taken before the upgrade");
            BackupInfo before = backups.get(0);
            assertEquals(BackupInfo.Reason.UPGRADE, before.reason());
            assertEquals(List.of(new BackupInfo.Content(1, expected.title(), (int) expected.entries().count())),
                    before.meetings(), "the backup was read back in full before the upgrade went ahead");

            Meeting upgraded = store.meetings().load(1);
            assertEquals(expected.title(), upgraded.title());
            assertEquals(expected.entries().map(Entry::summary).toList(), upgraded.entries().map(Entry::summary).toList());
            assertEquals(expected.delegations().size(), upgraded.delegations().size());
            assertEquals(expected.persons().size(), upgraded.persons().size());
            assertEquals(expected.documents().size(), upgraded.documents().size());
            assertEquals(expected.elections().count(), upgraded.elections().count());
            assertEquals(expected.adoptions().count(), upgraded.adoptions().count());
            assertEquals(expected.proposals().flatMap(p -> p.positions().stream()).count(),
                    upgraded.proposals().flatMap(p -> p.positions().stream()).count());
            assertTrue(upgraded.elections().allMatch(e -> e.proseOverride() == null), "new columns start empty");
            assertTrue(upgraded.items().allMatch(i -> i.speakingLimitSeconds() == null && !i.speakersListClosed()));
        }
        try (Store again = Store.open(folder)) {
            assertEquals(1, again.backups().list().size(), "an up-to-date store is not backed up on open");
        }
    }

    private static void unzip(String resource, Path into) throws Exception {
        try (InputStream in = StoreUpgradeTest.class.getResourceAsStream(resource); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                try (OutputStream out = Files.newOutputStream(into.resolve(e.getName()))) {
                    zip.transferTo(out);
                }
            }
        }
    }
}
