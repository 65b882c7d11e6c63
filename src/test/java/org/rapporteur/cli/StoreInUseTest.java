package org.rapporteur.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.model.MeetingSummary;
import org.rapporteur.store.Store;

/**
 * A store is held by one process at a time (H2's file lock, no AUTO_SERVER). A second process, here a real
 * child JVM running {@code org.rapporteur.Main}, must be refused with a sentence and must write nothing.
 * It has to be another process: inside one JVM, H2 would share the open database instead of refusing.
 */
class StoreInUseTest {
    private static final String IN_USE = "open in another Rapporteur window";

    @TempDir
    Path temp;

    private Path store() {
        return temp.resolve("store");
    }

    private record Child(int exit, String out, String err) {
    }

    /** Runs {@code java -cp <this test's class path> org.rapporteur.Main --store DIR args…} and waits for it. */
    private Child rapporteur(String... args) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command()
                .orElseThrow(() -> new IllegalStateException("cannot tell which java runs this test"));
        List<String> command = new java.util.ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                "org.rapporteur.Main", "--store", store().toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(temp, "child", ".out");
        Path err = Files.createTempFile(temp, "child", ".err");
        Process process = new ProcessBuilder(command)
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(nullFile()))
                .start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            fail("the child `" + String.join(" ", args) + "` did not finish within 60 s; stderr so far:\n"
                    + Files.readString(err, StandardCharsets.UTF_8));
        }
        return new Child(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private static java.io.File nullFile() {
        return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }

    private static void assertRefusedInPlainWords(Child child) {
        assertEquals(1, child.exit(), () -> "exit code of the refused child; stderr:\n" + child.err());
        assertTrue(child.err().contains(IN_USE), () -> "stderr says the store is in use:\n" + child.err());
        assertFalse(child.err().contains("Exception"), () -> "stderr names no exception:\n" + child.err());
        assertFalse(child.err().contains("\tat "), () -> "stderr has no stack trace:\n" + child.err());
        assertEquals("", child.out(), "the refused child prints nothing on stdout");
    }

    @Test
    void aSecondProcessIsToldInOneSentenceThatTheStoreIsOpenAndSucceedsOnceItIsReleased() throws Exception {
        Child refused;
        try (Store held = Store.open(store())) {
            refused = rapporteur("list");
        }
        assertRefusedInPlainWords(refused);

        Child afterRelease = rapporteur("list");

        assertEquals(0, afterRelease.exit(), () -> "once the store is free, list works; stderr:\n" + afterRelease.err());
    }

    @Test
    void aRefusedSampleWritesNothingToTheStore() throws Exception {
        Child refused;
        try (Store held = Store.open(store())) {
            refused = rapporteur("sample");
        }
        assertRefusedInPlainWords(refused);

        try (Store released = Store.open(store())) {
            List<MeetingSummary> meetings = released.meetings().list();
            assertTrue(meetings.isEmpty(), () -> "the refused process wrote nothing, yet the store holds " + meetings);
        }
    }
}
