package org.rapporteur.ui.home;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.service.TestBackends;
import org.rapporteur.service.Backend;
import org.rapporteur.service.MeetingService;
import org.rapporteur.service.Workers;
import org.rapporteur.ui.AppContext;
import org.rapporteur.ui.UiText;
import org.rapporteur.ui.outline.OutlineNode;

/** The first window's state, without a window: a real store, everything on the test's thread. */
class HomeViewModelTest {
    @TempDir
    Path folder;

    private Backend backend;

    @AfterEach
    void close() {
        if (backend != null) {
            backend.close();
        }
    }

    private HomeViewModel model() {
        backend = TestBackends.open(folder, Workers.sameThread());
        return new HomeViewModel(CompletableFuture.completedFuture(backend.meetings()), Runnable::run, texts());
    }

    private static UiText texts() {
        return UiText.load(AppContext.BUNDLE, Locale.US);
    }

    @Test
    void aNewStoreListsNoMeetingsAndSaysItIsEmpty() {
        HomeViewModel model = model();
        model.start();
        assertTrue(model.meetings().isEmpty());
        assertEquals("The store is empty.", model.statusProperty().get());
        assertTrue(model.readyProperty().get());
        assertNull(model.meetingProperty().get());
    }

    @Test
    void openingTheSampleListsItSelectsItAndOutlinesItByDay() {
        HomeViewModel model = model();
        model.start();
        model.openSample();

        assertEquals(1, model.meetings().size());
        assertEquals(model.meetings().get(0), model.selectedProperty().get());
        OutlineNode outline = model.outlineProperty().get();
        assertEquals(List.of("Day 1 \u00b7 November 18, 2010", "Day 2 \u00b7 November 19, 2010"),
                outline.children().stream().map(OutlineNode::label).toList());
        List<String> dayTwo = outline.children().get(1).children().stream().map(OutlineNode::label).toList();
        assertEquals(List.of("Session 4", "Session 5", "Session 6", "Preliminary report of the rapporteur",
                "Closing ceremony", "Conclusion"), dayTwo);
        assertEquals("Opened \u201cMeeting of Government Experts in Preparation for MISPA III\u201d.",
                model.statusProperty().get());
    }

    @Test
    void aSessionsTitledItemsAreOutlinedWithTheirNumberOfEntries() {
        HomeViewModel model = model();
        model.start();
        model.openSample();
        OutlineNode sessionFive = model.outlineProperty().get().children().get(1).children().get(1);
        assertEquals("Session 5", sessionFive.label());
        assertEquals("Presentation by the Department of Public Security on the Inter-American Security"
                + " Observatory Project (9)", sessionFive.children().get(0).label());
    }

    @Test
    void aStoreThatCannotBeOpenedIsSaidInTheStatusLine() throws Exception {
        Path occupied = Files.writeString(folder.resolve("a-file"), "x");
        CompletableFuture<MeetingService> failing = CompletableFuture.supplyAsync(
                () -> TestBackends.open(occupied, Workers.sameThread()).meetings(), Runnable::run);
        HomeViewModel model = new HomeViewModel(failing, Runnable::run, texts());
        model.start();
        assertTrue(model.statusProperty().get().startsWith("The folder " + occupied + " cannot be created"),
                model.statusProperty().get());
        assertEquals(model.statusProperty().get(), model.storeProblemProperty().get());
        assertTrue(!model.readyProperty().get(), "nothing can be opened from a store that did not open");
    }
}
