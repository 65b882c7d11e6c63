package org.rapporteur.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.service.SampleMeeting;

/** A store that cannot be used says why in a sentence, and is left exactly as it was. */
class StoreConditionsTest {
    @TempDir
    Path folder;

    @Test
    void aDamagedStoreFileIsRefusedInASentenceAndLeftUntouched() throws Exception {
        byte[] garbage = new byte[64 * 1024];
        new Random(5).nextBytes(garbage);
        Path file = folder.resolve("rapporteur.mv.db");
        Files.write(file, garbage);

        StoreException refused = assertThrows(StoreException.class, () -> Store.open(folder));

        assertEquals(StoreException.Reason.UNREADABLE, refused.reason());
        assertEquals("The store file in " + folder.toAbsolutePath() + " cannot be read: it is damaged or was not written by"
                + " Rapporteur. Nothing in it has been changed. Its backups are in the backups folder beside it; choose another"
                + " folder for the store to keep working meanwhile.", refused.sentence().in(Locale.ENGLISH));
        assertArrayEquals(garbage, Files.readAllBytes(file), "the damaged file is kept as it was, for diagnosis");
        // The refusal must not leave the folder locked: trying again is refused for the same reason, not "in use".
        assertEquals(StoreException.Reason.UNREADABLE, assertThrows(StoreException.class, () -> Store.open(folder)).reason());
    }

    @Test
    void aReadOnlyFolderIsRefusedInASentenceAndItsStoreLeftAsItWas() throws Exception {
        try (Store store = Store.open(folder)) {
            store.meetings().insert(SampleMeeting.load());
        }
        byte[] before = Files.readAllBytes(folder.resolve("rapporteur.mv.db"));
        boolean immutable = makeReadOnly(folder);
        try {
            assumeTrue(!Files.isWritable(folder), "cannot make a folder read-only here");
            StoreException refused = assertThrows(StoreException.class, () -> Store.open(folder));
            assertEquals(StoreException.Reason.NOT_WRITABLE, refused.reason());
            assertEquals("The folder " + folder.toAbsolutePath() + " cannot be written to; choose another folder for the store.",
                    refused.sentence().in(Locale.ENGLISH));
        } finally {
            makeWritable(folder, immutable);
        }
        assertArrayEquals(before, Files.readAllBytes(folder.resolve("rapporteur.mv.db")));
        try (Store store = Store.open(folder)) {
            assertEquals(1, store.meetings().list().size(), "and it opens again once the folder can be written");
        }
    }

    /** Permissions for a normal user; for root, who ignores them, the immutable attribute where chattr exists. */
    private static boolean makeReadOnly(Path folder) throws Exception {
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        return Files.isWritable(folder) && run("chattr", "+i", folder.toString());
    }

    private static void makeWritable(Path folder, boolean immutable) throws Exception {
        if (immutable) {
            run("chattr", "-i", folder.toString());
        }
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
    }

    private static boolean run(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (java.io.IOException | InterruptedException e) {
            return false;
        }
    }
}
