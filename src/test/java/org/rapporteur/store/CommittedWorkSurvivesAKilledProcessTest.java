package org.rapporteur.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.service.SampleMeeting;

/**
 * WRITE_DELAY=0 means what ADR 0002 says: once a commit has returned, killing the process (no shutdown
 * hook, no close) loses nothing of it.
 */
class CommittedWorkSurvivesAKilledProcessTest {
    @TempDir
    Path folder;

    @Test
    void aMeetingAcknowledgedBeforeAKillIsThereAfterReopening() throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "-Dorg.jooq.no-logo=true", KilledWriter.class.getName(), folder.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        String acknowledged;
        try (var out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            acknowledged = out.readLine();
            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the child is gone");
        }
        assertTrue(acknowledged != null && acknowledged.startsWith("saved "), "the child acknowledged: " + acknowledged);
        long id = Long.parseLong(acknowledged.substring("saved ".length()));
        try (Store store = Store.open(folder)) {
            var meeting = store.meetings().load(id);
            var expected = SampleMeeting.load();
            assertEquals(expected.title(), meeting.title());
            assertEquals(expected.entries().count(), meeting.entries().count());
            assertEquals(expected.entries().map(e -> e.summary()).toList(), meeting.entries().map(e -> e.summary()).toList());
        }
    }
}
