package org.rapporteur.bench;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark command, once, at toy sizes, so that it keeps working between the runs that matter: the window's
 * figures (headless, on Monocle, as the UI tests run), the export's and the search's. No start-up (it needs a display),
 * and no timing is held to anything: the figures of a toy run on a busy machine mean nothing.
 */
class BenchSmokeTest {
    @TempDir
    Path folder;

    @Test
    void aQuickRunMeasuresEveryFigureItCanAndWritesThemAll() throws Exception {
        Path out = folder.resolve("bench/results.json");
        Results results = new Bench(Map.of("quick", "true", "sizes", "30,60", "typing-seconds", "2",
                "only", "window,export,search", "out", out.toString(),
                "jar", folder.resolve("no-jar-here.jar").toString())).run();

        for (String id : new String[] {"open.workspace", "typing.keystroke", "typing.frameGap", "durability.lag",
            "search.window", "export.sample.warm", "export.60.cli", "export.slope.warm", "search.scan"}) {
            Figure figure = results.find(id);
            assertNotNull(figure, () -> id + " is measured; notes and table:\n" + results.table());
            assertTrue(figure.stats().n() > 0, () -> id + " has samples:\n" + results.table());
        }
        JsonNode written = new ObjectMapper().readTree(out.toFile());
        assertAll(() -> assertTrue(Files.size(out) > 0),
                () -> assertTrue(written.path("figures").size() >= 9, written::toPrettyString),
                () -> assertTrue(written.path("machine").has("cores"), written::toPrettyString),
                () -> assertTrue(written.path("figures").get(0).has("median"), written::toPrettyString));
    }
}
