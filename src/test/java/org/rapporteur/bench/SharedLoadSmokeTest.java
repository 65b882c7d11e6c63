package org.rapporteur.bench;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.store.SharedTestDatabase;

/**
 * The shared-meeting load ({@code Bench --only shared}) for five seconds, so that it keeps working between the
 * ten-minute runs: three laptops on the tests' PostgreSQL (skipped without one, unless
 * {@code -Drapporteur.test.postgres=required}), no update lost, every save saved, the others' saves read. No time is
 * held to anything: a toy run on a busy machine means nothing.
 */
class SharedLoadSmokeTest {
    @TempDir
    Path folder;

    @Test
    void threeLaptopsTypingForFiveSecondsLoseNothingAndSeeEachOther() throws Exception {
        SharedLoad.Outcome outcome;
        try (SharedTestDatabase db = SharedTestDatabase.create()) {
            outcome = new SharedLoad(db, folder, SharedLoad.Settings.of(Duration.ofSeconds(5)), System.out::println).run();
        }
        String said = String.join("\n", outcome.notes());
        assertAll(
                () -> assertTrue(outcome.made() >= 3 * 10 * 4, "about 150 saves made: " + said),
                () -> assertEquals(0, outcome.lost(), said),
                () -> assertEquals(0, outcome.wrongVersions(), said),
                () -> assertEquals(0, outcome.addedEntries(), said),
                () -> assertEquals(0, outcome.copies(), said),
                () -> assertEquals(outcome.made(), outcome.saved(), "every save saved: " + said),
                () -> assertEquals(0, outcome.stale(), "every laptop read the others' last saves: " + said),
                () -> assertEquals(0, outcome.wentBack(), said),
                () -> assertTrue(outcome.propagationMillis().size() > 10, "propagation samples: " + said),
                () -> assertTrue(outcome.problems().isEmpty(), said));

        Results results = new Results();
        results.addAll(outcome.figures());
        Path out = folder.resolve("results.json");
        results.writeJson(out);
        JsonNode written = new ObjectMapper().readTree(out.toFile());
        assertTrue(written.path("figures").findValuesAsText("id").contains("shared.propagation"), written::toPrettyString);
        assertTrue(results.find("shared.lost").meets(), results::table);
    }
}
