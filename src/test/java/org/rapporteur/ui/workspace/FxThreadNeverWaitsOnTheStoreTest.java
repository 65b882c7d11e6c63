package org.rapporteur.ui.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.service.TestBackends;
import org.rapporteur.model.Delegation;
import org.rapporteur.model.DelegationKind;
import org.rapporteur.model.Language;
import org.rapporteur.model.MeetingFacts;
import org.rapporteur.model.Venue;
import org.rapporteur.service.Backend;
import org.rapporteur.service.Workers;
import org.rapporteur.ui.AppContext;
import org.rapporteur.ui.RapporteurApp;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * With a disk so slow that every write takes 400 ms, typing in the workspace still lands in the summary at
 * once and the FX thread keeps answering: no store call ever runs on it or makes it wait.
 */
class FxThreadNeverWaitsOnTheStoreTest {
    private static final long WRITE_TAKES_MILLIS = 400;

    @TempDir
    Path store;

    private final FxRobot robot = new FxRobot();
    private AppContext context;
    private Application app;

    /** Real threads, but the writer sleeps before every task, as on a failing USB stick. */
    private static final class SlowDisk implements Workers {
        private final ScheduledThreadPoolExecutor writer = new ScheduledThreadPoolExecutor(1) {
            @Override
            protected void beforeExecute(Thread t, Runnable r) {
                try {
                    Thread.sleep(WRITE_TAKES_MILLIS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        private final java.util.concurrent.ExecutorService reader = Executors.newFixedThreadPool(2);

        @Override
        public ScheduledExecutorService writer() {
            return writer;
        }

        @Override
        public Executor reader() {
            return reader;
        }

        @Override
        public void close() {
            reader.shutdown();
            writer.shutdown();
            try {
                writer.awaitTermination(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @AfterEach
    void stop() throws TimeoutException {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
            FxToolkit.cleanupStages();
            context.close();
        }
    }

    @Test
    void typingOnASlowDiskNeverWaitsForTheStore() throws Exception {
        long meetingId;
        try (Backend backend = TestBackends.open(store, Workers.sameThread())) {
            meetingId = backend.edits().createMeeting(new MeetingFacts("Slow disk meeting", null, null, null, null,
                    new Venue("Santiago", "Chile"), LocalDate.of(2010, 11, 18), LocalDate.of(2010, 11, 18), Language.EN, null),
                    1, 1).join();
            backend.edits().addDelegation(meetingId, new Delegation(null, "Chile", null, DelegationKind.MEMBER_STATE, true,
                    List.of())).join();
        }
        FxToolkit.registerPrimaryStage();
        context = new AppContext(TestBackends.address(store), new SlowDisk(), Locale.ENGLISH, Platform::runLater);
        app = FxToolkit.setupApplication(() -> new RapporteurApp(context));
        Driving.openFirstMeeting(robot);
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        Driving.waitUntil(() -> robot.lookup("#speaker").queryTextInputControl().isFocused());
        robot.write("Chi");
        robot.type(KeyCode.TAB);
        TextArea summary = robot.lookup("#summary").queryAs(TextArea.class);
        Driving.waitUntil(summary::isFocused);

        // While typing, ask the FX thread every 10 ms to note how long it took to get to us.
        AtomicLong worstMillis = new AtomicLong();
        ScheduledExecutorService pinger = Executors.newSingleThreadScheduledExecutor();
        pinger.scheduleAtFixedRate(() -> {
            long asked = System.nanoTime();
            Platform.runLater(() -> worstMillis.accumulateAndGet((System.nanoTime() - asked) / 1_000_000, Math::max));
        }, 0, 10, TimeUnit.MILLISECONDS);
        String text = "Chile presented its plan. Every keystroke is saved while the disk crawls.";
        for (String word : text.split(" ")) {
            robot.write(word + " ");
            assertTrue(summary.getText().endsWith(word + " "), "the word is in the summary as soon as it is typed");
        }
        pinger.shutdown();
        pinger.awaitTermination(5, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();

        System.out.println("FX thread's slowest answer while typing on a 400 ms-per-write disk: " + worstMillis.get() + " ms");
        assertTrue(worstMillis.get() < WRITE_TAKES_MILLIS / 2,
                "the FX thread answered within " + worstMillis.get() + " ms at worst while each write took "
                        + WRITE_TAKES_MILLIS + " ms");
        // And what was typed reaches the store once the slow writer catches up.
        long id = meetingId;
        Driving.waitUntil(() -> (text + " ").equals(context.meetings().join().loadMeeting(id).join().sessions().get(0)
                .items().get(0).entries().get(0).summary()));
        assertEquals("Chile", context.meetings().join().loadMeeting(id).join().delegations().get(0).name());
    }

}
