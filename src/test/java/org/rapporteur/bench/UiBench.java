package org.rapporteur.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.event.ActionEvent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.rapporteur.model.Entry;
import org.rapporteur.model.Meeting;
import org.rapporteur.model.MeetingSummary;
import org.rapporteur.service.MeetingSearch;
import org.rapporteur.service.SampleMeeting;
import org.rapporteur.service.Workers;
import org.rapporteur.ui.AppContext;
import org.rapporteur.ui.RapporteurApp;

/**
 * The benchmarks that need the running application, in the application's own process: the real window, its real
 * store on real threads, driven with real key and action events on the FX thread.
 * <ul>
 *   <li>Open: from choosing the meeting in the first window to its outline shown there, and from "Open the meeting"
 *       to the workspace shown with its outline and first item;</li>
 *   <li>Typing under load: a new entry in the big meeting's first item, then a typist at a steady rate into its
 *       summary while autosave runs: the FX thread's time per keystroke (the dispatch of its events plus the CSS and
 *       layout pass of the pulse after it), every gap between two frames, and for each keystroke the time until a
 *       commit carried its text (the service's save listener, on the writer thread);</li>
 *   <li>Search: from Enter in the search field to the hits laid out.</li>
 * </ul>
 * It writes every sample to a JSON file for {@link Bench} to sum up.
 *
 * <p>{@code UiBench --store DIR --meeting ID [--typing-seconds 60] [--rate 10] [--opens 5] [--searches 60] --out FILE}
 */
public final class UiBench {
    /** What the searches look for: a frequent word, a delegation, a person's name without its accent, a symbol, a phrase. */
    static final List<String> QUERIES = List.of("security", "Brazil", "gonzalez", "SYN/RE/INF.40", "observatories",
            "prevention of crime", "Saint Lucia", "mejia");

    private final Map<String, List<Double>> samples = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();

    private UiBench() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = Bench.options(args);
        Path store = Path.of(Objects.requireNonNull(options.get("store"), "--store DIR"));
        long meetingId = Long.parseLong(Objects.requireNonNull(options.get("meeting"), "--meeting ID"));
        Path out = Path.of(Objects.requireNonNull(options.get("out"), "--out FILE"));
        UiBench bench = new UiBench();
        int exit = 0;
        try {
            bench.run(store, meetingId, Integer.parseInt(options.getOrDefault("typing-seconds", "60")),
                    Integer.parseInt(options.getOrDefault("rate", "10")), Integer.parseInt(options.getOrDefault("opens", "5")),
                    Integer.parseInt(options.getOrDefault("searches", "60")));
        } catch (Exception | AssertionError e) {
            bench.notes.add("the window benchmarks stopped early: " + e);
            e.printStackTrace();
            exit = 1;
        }
        Map<String, Object> written = new LinkedHashMap<>();
        written.put("samples", bench.samples);
        written.put("notes", bench.notes);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(out.toFile(), written);
        System.exit(exit);
    }

    private void run(Path store, long meetingId, int typingSeconds, int rate, int opens, int searches) throws Exception {
        Platform.startup(() -> { });
        Platform.setImplicitExit(false);
        AppContext context = new AppContext(store, Workers.threads(), Locale.ENGLISH, Platform::runLater);
        Stage stage = Fx.call(() -> {
            Stage s = new Stage();
            new RapporteurApp(context).start(s);
            return s;
        });
        Scene scene = stage.getScene();
        FrameClock clock = Fx.call(() -> new FrameClock(scene));
        try {
            open(scene, meetingId, opens);
            typing(scene, context, meetingId, typingSeconds, rate, clock);
            search(scene, context, meetingId, searches);
        } finally {
            Fx.run(() -> {
                clock.close();
                stage.close();
            });
            context.close();
            Platform.exit();
        }
    }

    // --- open -------------------------------------------------------------------------------------------------

    private void open(Scene scene, long meetingId, int times) throws Exception {
        List<Double> home = new ArrayList<>();
        List<Double> workspace = new ArrayList<>();
        for (int round = 0; round < times; round++) {
            Fx.await(() -> {
                ListView<MeetingSummary> list = Fx.node(scene, "meetingList");
                return list != null && list.getItems().stream().anyMatch(m -> m.id() == meetingId);
            }, "the meeting in the first window's list");
            long chosen = Fx.call(() -> {
                ListView<MeetingSummary> list = Fx.node(scene, "meetingList");
                long now = System.nanoTime();
                list.getItems().stream().filter(m -> m.id() == meetingId).findFirst().ifPresent(list.getSelectionModel()::select);
                return now;
            });
            long outlined = Fx.awaitPulse(scene, () -> {
                TreeView<?> outline = Fx.node(scene, "outline");
                Button open = Fx.node(scene, "openMeeting");
                return open != null && !open.isDisabled() && outline.getRoot() != null
                        && !outline.getRoot().getChildren().isEmpty();
            });
            home.add((outlined - chosen) / 1e6);
            long opened = Fx.call(() -> {
                long now = System.nanoTime();
                ((Button) Fx.node(scene, "openMeeting")).fire();
                return now;
            });
            long shown = Fx.awaitPulse(scene, () -> {
                Labeled heading = Fx.node(scene, "itemHeading");
                ListView<?> entries = Fx.node(scene, "entries");
                TreeView<?> outline = Fx.node(scene, "outline");
                return heading != null && heading.getText().startsWith("Session 1") && !entries.getItems().isEmpty()
                        && outline.getRoot() != null;
            });
            workspace.add((shown - opened) / 1e6);
            if (round < times - 1) {
                Fx.run(() -> ((Button) Fx.node(scene, "back")).fire());
            }
        }
        samples.put("open.home", home);
        samples.put("open.workspace", workspace);
    }

    // --- typing -----------------------------------------------------------------------------------------------

    /** A committed save of the entry being typed: when the writer thread heard of it, and how long its summary was. */
    private record Commit(long nanos, int length) {
    }

    private void typing(Scene scene, AppContext context, long meetingId, int seconds, int rate, FrameClock clock)
            throws Exception {
        Fx.run(() -> Fx.key(scene, KeyCode.N, null, false, true));
        Fx.await(() -> Fx.node(scene, "speaker").isFocused() && !Fx.node(scene, "editor").isDisabled(), "the new entry");
        for (char c : "Chile".toCharArray()) {
            Fx.run(() -> Fx.type(scene, c));
        }
        Fx.run(() -> Fx.key(scene, KeyCode.TAB, null, false, false));
        Fx.await(() -> Fx.node(scene, "summary").isFocused(), "the summary field");
        ListView<Entry> entries = Fx.node(scene, "entries");
        Fx.await(() -> !entries.getItems().isEmpty() && entries.getItems().get(entries.getItems().size() - 1).id() != null,
                "the new entry stored");
        long draftId = Fx.call(() -> entries.getItems().get(entries.getItems().size() - 1).id());
        Thread.sleep(1500);     // the speaker's save and everything the new entry set off are done

        // Every commit from here on is a save of the entry being typed; the list shows each one's summary after it.
        List<Long> committedAt = new CopyOnWriteArrayList<>();
        List<Integer> committedLength = new ArrayList<>();
        Runnable stopHearing = context.edits().join().onSaved(at -> committedAt.add(System.nanoTime()));
        ListChangeListener<Entry> saves = change -> {
            while (change.next()) {
                for (Entry e : change.getAddedSubList()) {
                    if (Objects.equals(e.id(), draftId)) {
                        committedLength.add(e.summary() == null ? 0 : e.summary().length());
                    }
                }
            }
        };
        Fx.run(() -> entries.getItems().addListener(saves));

        TextArea summary = Fx.node(scene, "summary");
        String text = typistText(seconds * rate);
        int count = text.length();
        long[] typedAt = new long[count];
        double[] dispatch = new double[count];
        double[] withLayout = new double[count];
        int[] lengthAfter = new int[count];
        int[] wrong = new int[1];
        // The same window left alone as long: stalls seen here are the machine's, not the typing's.
        Fx.run(clock::record);
        Thread.sleep(TimeUnit.SECONDS.toMillis(Math.min(seconds, 20)));
        samples.put("idle.frameGap", Fx.call(clock::stop));
        GcPauses pauses = GcPauses.listen();
        Fx.run(clock::record);
        ScheduledExecutorService typist = Executors.newSingleThreadScheduledExecutor();
        int[] next = {0};
        long periodMicros = 1_000_000L / rate;
        typist.scheduleAtFixedRate(() -> {
            int k = next[0]++;
            if (k >= count) {
                return;
            }
            Platform.runLater(() -> {
                int before = summary.getLength();
                long start = System.nanoTime();
                Fx.type(scene, text.charAt(k));
                long end = System.nanoTime();
                typedAt[k] = start;
                dispatch[k] = (end - start) / 1e6;
                lengthAfter[k] = summary.getLength();
                if (lengthAfter[k] != before + 1) {
                    wrong[0]++;
                }
                clock.afterNextLayout(() -> withLayout[k] = dispatch[k] + clock.lastLayoutNanos() / 1e6);
            });
        }, 0, periodMicros, TimeUnit.MICROSECONDS);
        Thread.sleep(TimeUnit.MICROSECONDS.toMillis(periodMicros * count) + 200);
        typist.shutdown();
        typist.awaitTermination(5, TimeUnit.SECONDS);
        List<Double> gaps = Fx.call(clock::stop);
        samples.put("typing.gcPause", pauses.stop());
        int finalLength = Fx.call(summary::getLength);
        // The last keystrokes are saved once typing pauses; wait for that commit.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline && Fx.call(() -> committedLength.isEmpty()
                || committedLength.get(committedLength.size() - 1) < finalLength)) {
            Thread.sleep(50);
        }
        stopHearing.run();
        Fx.run(() -> entries.getItems().removeListener(saves));

        List<Double> perKey = new ArrayList<>();
        List<Double> dispatchOnly = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            perKey.add(withLayout[k] > 0 ? withLayout[k] : dispatch[k]);
            dispatchOnly.add(dispatch[k]);
        }
        samples.put("typing.keystroke", perKey);
        samples.put("typing.dispatch", dispatchOnly);
        samples.put("typing.frameGap", gaps);
        if (wrong[0] > 0) {
            notes.add(wrong[0] + " of " + count + " keystrokes did not add one character to the summary");
        }
        List<Commit> commits = new ArrayList<>();
        List<Integer> lengths = Fx.call(() -> List.copyOf(committedLength));
        if (lengths.size() != committedAt.size()) {
            notes.add("durability: " + committedAt.size() + " commits heard but " + lengths.size()
                    + " saves of the entry shown; lag counted up to the save shown, which comes a little after its commit");
        }
        for (int i = 0; i < lengths.size(); i++) {
            commits.add(new Commit(i < committedAt.size() && lengths.size() == committedAt.size() ? committedAt.get(i)
                    : System.nanoTime(), lengths.get(i)));
        }
        List<Double> lag = new ArrayList<>();
        int neverCommitted = 0;
        for (int k = 0; k < count; k++) {
            Double found = null;
            for (Commit c : commits) {
                if (c.length() >= lengthAfter[k] && c.nanos() >= typedAt[k]) {
                    found = (c.nanos() - typedAt[k]) / 1e6;
                    break;
                }
            }
            if (found == null) {
                neverCommitted++;
            } else {
                lag.add(found);
            }
        }
        samples.put("durability.lag", lag);
        samples.put("durability.commits", List.of((double) commits.size()));
        if (neverCommitted > 0) {
            notes.add(neverCommitted + " of " + count + " keystrokes were not committed within 10 s of the last one");
        }
        String stored = context.meetings().join().loadMeeting(meetingId).join().entries()
                .filter(e -> Objects.equals(e.id(), draftId)).map(Entry::summary).findFirst().orElse("");
        String shown = Fx.call(summary::getText);
        if (!shown.equals(stored)) {
            notes.add("the store holds " + (stored == null ? 0 : stored.length()) + " characters of the summary, the window "
                    + shown.length());
        }
    }

    /** What the typist types: the sample meeting's summaries, one after the other, as many characters as asked. */
    static String typistText(int characters) {
        StringBuilder text = new StringBuilder();
        List<String> summaries = SampleMeeting.load().entries().map(Entry::summary).filter(s -> s != null && !s.isBlank())
                .map(s -> s.replaceAll("\\s+", " ").strip()).toList();
        for (int i = 0; text.length() < characters; i++) {
            text.append(summaries.get(i % summaries.size())).append(' ');
        }
        return text.substring(0, characters);
    }

    // --- search -----------------------------------------------------------------------------------------------

    private void search(Scene scene, AppContext context, long meetingId, int times) throws Exception {
        List<Double> took = new ArrayList<>();
        // Only queries with hits: a search that finds nothing leaves the list as it was, and nothing tells it is done.
        Meeting meeting = context.meetings().join().loadMeeting(meetingId).join();
        List<String> queries = QUERIES.stream().filter(q -> !MeetingSearch.search(meeting, q).isEmpty()).toList();
        if (queries.isEmpty()) {
            notes.add("no query of " + QUERIES + " finds anything in this meeting: the window's search was not timed");
            return;
        }
        ListView<?> hits = Fx.node(scene, "hits");
        TextField field = Fx.node(scene, "searchField");
        boolean[] changed = {false};
        Map<String, List<Double>> byQuery = new LinkedHashMap<>();
        ListChangeListener<Object> heard = change -> changed[0] = true;
        Fx.run(() -> hits.getItems().addListener(heard));
        for (int i = 0; i < times; i++) {
            String query = queries.get(i % queries.size());
            long asked = Fx.call(() -> {
                hits.getItems().clear();
                changed[0] = false;
                field.setText(query);
                long now = System.nanoTime();
                field.fireEvent(new ActionEvent());
                return now;
            });
            long shown = Fx.awaitPulse(scene, () -> changed[0]);
            took.add((shown - asked) / 1e6);
            byQuery.computeIfAbsent(query, q -> new ArrayList<>()).add((shown - asked) / 1e6);
        }
        byQuery.forEach((q, t) -> notes.add(String.format(Locale.ROOT, "search \"%s\": median %.1f ms, max %.1f ms",
                q, Stats.of(t).median(), Stats.of(t).max())));
        Fx.run(() -> hits.getItems().removeListener(heard));
        samples.put("search.window", took);
    }
}
