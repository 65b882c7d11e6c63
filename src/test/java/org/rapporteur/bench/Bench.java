package org.rapporteur.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.rapporteur.model.Meeting;
import org.rapporteur.service.Backend;
import org.rapporteur.service.MeetingSearch;
import org.rapporteur.service.SyntheticMeeting;
import org.rapporteur.service.Workers;
import org.rapporteur.store.SharedTestDatabase;
import org.rapporteur.store.Store;

/**
 * The benchmark command: every figure of docs/performance.md in one run, side by side with what people would use
 * otherwise (LibreOffice Writer for the start, pandoc for the export), printed as a table and written to
 * results.json. It reports; it never fails on a missed target. {@code scripts/bench.sh} installs what it needs,
 * builds, starts the virtual display and runs it:
 *
 * <pre>Bench [--quick] [--reps N] [--typing-seconds S] [--sizes 1000,5000,10000] [--only startup,window,export,search,shared]
 *       [--shared-seconds S] [--out target/bench/results.json] [--jar target/rapporteur.jar]
 *       [--image target/installer/image/rapporteur/bin/rapporteur]</pre>
 *
 * <p>The group "shared" (three laptops on one PostgreSQL, {@link SharedLoad}) runs only when {@code --only} names it:
 * it wants the tests' PostgreSQL server (scripts/postgres-for-tests.sh) and ten minutes of its own.
 */
public final class Bench {
    static final Set<String> GROUPS = Set.of("startup", "window", "export", "search", "shared");
    /** What runs without {@code --only}: every group but the shared meeting's. */
    static final List<String> DEFAULT_GROUPS = List.of("startup", "window", "export", "search");

    private final Map<String, String> options;
    private final boolean quick;
    private final int repetitions;
    private final List<Integer> sizes;
    private final Set<String> only;
    private final Path out;
    private final Path work;
    private final Results results = new Results();

    Bench(Map<String, String> options) {
        this.options = options;
        this.quick = options.containsKey("quick");
        this.repetitions = Integer.parseInt(options.getOrDefault("reps", quick ? "1" : "7"));
        this.sizes = Arrays.stream(options.getOrDefault("sizes", quick ? "100,200,300" : "1000,5000,10000").split(","))
                .map(String::strip).map(Integer::parseInt).sorted().toList();
        this.only = new LinkedHashSet<>(Arrays.asList(options.getOrDefault("only", String.join(",", DEFAULT_GROUPS)).split(",")));
        if (!GROUPS.containsAll(only)) {
            throw new IllegalArgumentException("--only takes some of " + GROUPS + ", not " + only);
        }
        this.out = Path.of(options.getOrDefault("out", "target/bench/results.json")).toAbsolutePath();
        this.work = out.getParent().resolve("work");
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        Bench bench = new Bench(options(args));
        Results results = bench.run();
        System.out.println();
        System.out.print(results.table());
        System.out.println();
        System.out.println("Written: " + bench.out);
        System.exit(0);
    }

    /** {@code --key value} and {@code --flag} (taken as "true"). */
    static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("not an option: " + args[i]);
            }
            String key = args[i].substring(2);
            boolean valued = i + 1 < args.length && !args[i + 1].startsWith("--");
            options.put(key, valued ? args[++i] : "true");
        }
        return options;
    }

    static void say(String what) {
        System.out.println("bench: " + what);
        System.out.flush();
    }

    Results run() throws Exception {
        deleteTree(work);
        Files.createDirectories(work);
        machine("before");
        Stores stores = only.stream().anyMatch(DEFAULT_GROUPS::contains) ? prepare() : null;
        if (only.contains("startup")) {
            startup(stores);
        }
        if (only.contains("window")) {
            window(stores);
        }
        if (only.contains("export")) {
            export(stores);
        }
        if (only.contains("search")) {
            search(stores);
        }
        if (only.contains("shared")) {
            shared();
        }
        machine("after");
        results.writeJson(out);
        return results;
    }

    // --- the stores -----------------------------------------------------------------------------------------------

    /** The stores the runs use: the sample alone, every meeting together, the biggest alone; the ids in the second. */
    private record Stores(Path sample, Path scale, Path big, long bigId, List<ExportBench.Sized> meetings) {
    }

    private Stores prepare() {
        int biggest = sizes.get(sizes.size() - 1);
        say("making the meetings: the sample and synthetic ones of " + sizes + " entries (seed " + SyntheticMeeting.DEFAULT_SEED + ")");
        Path sample = work.resolve("store-sample");
        Path scale = work.resolve("store-scale");
        Path big = work.resolve("store-big");
        List<ExportBench.Sized> meetings = new ArrayList<>();
        try (Backend b = Backend.open(sample, Workers.sameThread())) {
            b.meetings().addSample().join();
        }
        try (Backend b = Backend.open(scale, Workers.sameThread())) {
            long id = b.meetings().addSample().join();
            meetings.add(new ExportBench.Sized("sample", "sample meeting (" + b.meetings().loadMeeting(id).join().entries().count()
                    + " entries)", id, 0));
            for (int size : sizes) {
                long synthetic = b.meetings().addSynthetic(size, SyntheticMeeting.DEFAULT_SEED).join();
                meetings.add(new ExportBench.Sized(String.valueOf(size), entries(size), synthetic, size));
            }
        }
        long bigId;
        try (Backend b = Backend.open(big, Workers.sameThread())) {
            bigId = b.meetings().addSynthetic(biggest, SyntheticMeeting.DEFAULT_SEED).join();
        }
        return new Stores(sample, scale, big, bigId, meetings);
    }

    static String entries(long count) {
        return String.format(Locale.ROOT, "%,d entries", count);
    }

    // --- start-up -------------------------------------------------------------------------------------------------

    private void startup(Stores stores) throws Exception {
        if (System.getenv("DISPLAY") == null) {
            results.note("start-up not measured: no DISPLAY (scripts/bench.sh starts Xvfb for it)");
            return;
        }
        List<StartupBench.Subject> subjects = new ArrayList<>();
        // The same environment for every program: no accessibility bus to wait for on a display without a session.
        Map<String, String> env = Map.of("NO_AT_BRIDGE", "1");
        Path jar = Path.of(options.getOrDefault("jar", "target/rapporteur.jar")).toAbsolutePath();
        if (Files.exists(jar)) {
            subjects.add(new StartupBench.Subject("jar", "java -jar", List.of(java(), "-Drapporteur.startupReport={report}",
                    "-jar", jar.toString(), "--store", stores.sample().toString()), env, true));
        } else {
            results.note("the jar's start not measured: no " + jar + " (./mvnw -DskipTests package)");
        }
        Path image = Path.of(options.getOrDefault("image", "target/installer/image/rapporteur/bin/rapporteur")).toAbsolutePath();
        if (Files.isExecutable(image)) {
            Map<String, String> imageEnv = new HashMap<>(env);
            imageEnv.put("JAVA_TOOL_OPTIONS", "-Drapporteur.startupReport={report}");
            subjects.add(new StartupBench.Subject("image", "installed image", List.of(image.toString(), "--store",
                    stores.sample().toString()), imageEnv, true));
        } else {
            results.note("the installed image's start not measured: no " + image + " (installer/build.sh --image-only)");
        }
        String writer = null;
        if (Processes.onPath("soffice")) {
            writer = "writer";
            subjects.add(new StartupBench.Subject(writer, "LibreOffice Writer", List.of("soffice", "-env:UserInstallation="
                    + work.resolve("lo-profile").toUri(), "--writer", "--norestore", "--nologo", "--nolockcheck"), env, false));
        } else {
            results.note("LibreOffice Writer's start not measured: no soffice on the PATH (apt-get install libreoffice-writer"
                    + " libreoffice-gtk3)");
        }
        if (Files.exists(jar)) {
            subjects.add(new StartupBench.Subject("jarBig", "java -jar, store with " + entries(sizes.get(sizes.size() - 1)),
                    List.of(java(), "-Drapporteur.startupReport={report}", "-jar", jar.toString(), "--store",
                            stores.big().toString()), env, true));
        }
        say("start-up: " + subjects.stream().map(StartupBench.Subject::label).toList() + ", " + repetitions
                + " rounds after a warm-up round");
        results.addAll(new StartupBench(work, repetitions, ScreenWatch.onDisplay()).run(subjects, writer));
    }

    // --- the window: open, typing, search -----------------------------------------------------------------------

    private void window(Stores stores) throws Exception {
        int typingSeconds = Integer.parseInt(options.getOrDefault("typing-seconds", quick ? "3" : "60"));
        Path store = work.resolve("store-typing");
        copyTree(stores.big(), store);
        Path samples = work.resolve("window.json");
        List<String> command = new ArrayList<>(List.of(java(), "-cp", System.getProperty("java.class.path")));
        command.addAll(displayOptions());
        command.addAll(List.of("-Dorg.jooq.no-logo=true", UiBench.class.getName(), "--store", store.toString(),
                "--meeting", String.valueOf(stores.bigId()), "--typing-seconds", String.valueOf(typingSeconds),
                "--opens", String.valueOf(quick ? 2 : Math.max(3, repetitions)), "--searches",
                String.valueOf(quick ? UiBench.QUERIES.size() : 10 * UiBench.QUERIES.size()), "--out", samples.toString()));
        say("the window: open, " + typingSeconds + " s of typing at 10 keystrokes a second, searches ("
                + entries(sizes.get(sizes.size() - 1)) + ")");
        Processes.Run run = Processes.timed(command, Map.of("NO_AT_BRIDGE", "1"), work.resolve("window.log"),
                typingSeconds + 900L);
        if (!Files.exists(samples)) {
            results.note("the window benchmarks wrote nothing (exit " + run.exit() + "); see " + work.resolve("window.log"));
            return;
        }
        JsonNode written = new ObjectMapper().readTree(samples.toFile());
        String big = entries(sizes.get(sizes.size() - 1));
        String typing = "Typing under load (" + big + ", 10 keystrokes/s)";
        add("Open", "open.home", "choose the meeting: its outline in the first window (" + big + ")", written, null, 0);
        add("Open", "open.workspace", "Open the meeting: workspace, outline and first item shown", written, null, 0);
        add(typing, "typing.keystroke", "FX thread per keystroke: its events + the layout they cause", written, "p99", 16);
        add(typing, "typing.dispatch", "FX thread per keystroke: its events alone", written, null, 0);
        add(typing, "typing.frameGap", "time between two frames while typing (max = longest stall)", written, "max", 50);
        add(typing, "idle.frameGap", "time between two frames, the same window left alone", written, null, 0);
        add(typing, "typing.gcPause", "the garbage collector's pauses while typing", written, null, 0);
        add("Durability lag", "durability.lag", "keystroke to the commit that carries it", written, "p99", 1000);
        add("Search (" + big + ")", "search.window", "Enter in the search field to the hits shown", written, "p99", 50);
        JsonNode saves = written.path("samples").path("durability.commits");
        if (!saves.isMissingNode() && saves.size() > 0) {
            results.note(String.format(Locale.ROOT, "window: %d saves of the entry while typing for %d s", saves.get(0).asLong(),
                    typingSeconds));
        }
        written.path("notes").forEach(n -> results.note("window: " + n.asText()));
        if (!run.ok()) {
            results.note("the window benchmarks exited with " + run.exit() + "; see " + work.resolve("window.log"));
        }
    }

    private void add(String group, String id, String label, JsonNode written, String on, double limit) {
        JsonNode values = written.path("samples").path(id);
        if (values.isMissingNode()) {
            return;
        }
        List<Double> list = new ArrayList<>();
        values.forEach(v -> list.add(v.asDouble()));
        Figure figure = Figure.of(group, id, label, "ms", Stats.of(list));
        results.add(on == null ? figure : figure.target(on, limit));
    }

    /** The display the window runs on: the one in $DISPLAY, or else the headless one the tests use (Monocle). */
    private static List<String> displayOptions() {
        List<String> props = new ArrayList<>();
        boolean headless = "Monocle".equals(System.getProperty("glass.platform")) || System.getenv("DISPLAY") == null;
        if (headless) {
            props.addAll(List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                    "-Dprism.text=t2k", "-Djava.awt.headless=true"));
        }
        return props;
    }

    // --- export ---------------------------------------------------------------------------------------------------

    private void export(Stores stores) throws Exception {
        Path jar = Path.of(options.getOrDefault("jar", "target/rapporteur.jar")).toAbsolutePath();
        // As a person runs it: the jar. Without one (the tests run before the jar is built), the same classes.
        List<String> rapporteur = Files.exists(jar) ? List.of(java(), "-jar", jar.toString())
                : List.of(java(), "-cp", System.getProperty("java.class.path"), "org.rapporteur.Main");
        boolean pandoc = Processes.onPath("pandoc");
        if (!pandoc) {
            results.note("pandoc not measured: not on the PATH (apt-get install pandoc)");
        }
        results.addAll(new ExportBench(work, stores.scale(), repetitions, rapporteur, pandoc).run(stores.meetings()));
    }

    // --- search and the store read under it -------------------------------------------------------------------------

    private void search(Stores stores) {
        String group = "Search (" + entries(sizes.get(sizes.size() - 1)) + ")";
        int rounds = quick ? 3 : 25;
        say("search: " + rounds + " rounds of " + (UiBench.QUERIES.size() + 1) + " queries over the loaded meeting");
        List<Double> load = new ArrayList<>();
        List<Double> scan = new ArrayList<>();
        // The store itself, not the service: the service keeps the meeting it read last.
        try (Store store = Store.open(stores.big())) {
            Meeting meeting = null;
            for (int i = 0; i < 2 + Math.max(3, repetitions); i++) {
                long start = System.nanoTime();
                meeting = store.meetings().load(stores.bigId());
                if (i >= 2) {
                    load.add((System.nanoTime() - start) / 1e6);
                }
            }
            List<String> queries = new ArrayList<>(UiBench.QUERIES);
            queries.add("no such words anywhere");
            for (int round = 0; round < rounds + 2; round++) {
                for (String query : queries) {
                    long start = System.nanoTime();
                    MeetingSearch.search(meeting, query);
                    if (round >= 2) {
                        scan.add((System.nanoTime() - start) / 1e6);
                    }
                }
            }
        }
        results.add(Figure.of(group, "search.scan", "a query over the meeting in memory (MeetingSearch)", "ms", Stats.of(scan))
                .target("p99", 50));
        results.add(Figure.of(group, "search.load", "reading the whole meeting from the store", "ms", Stats.of(load)));
    }

    // --- a shared meeting: three laptops on one PostgreSQL ----------------------------------------------------------

    private void shared() throws Exception {
        int seconds = Integer.parseInt(options.getOrDefault("shared-seconds", quick ? "10" : "600"));
        String problem = SharedTestDatabase.problem();
        if (problem != null) {
            results.note("the shared meeting not measured: no PostgreSQL at " + SharedTestDatabase.server() + " (" + problem
                    + "); scripts/postgres-for-tests.sh starts one");
            return;
        }
        SharedLoad.Outcome outcome;
        try (SharedTestDatabase db = SharedTestDatabase.create()) {
            outcome = new SharedLoad(db, work.resolve("shared"), SharedLoad.Settings.of(Duration.ofSeconds(seconds)),
                    Bench::say).run();
        }
        results.addAll(outcome.figures());
        outcome.notes().forEach(results::note);
    }

    // --- the machine --------------------------------------------------------------------------------------------------

    private void machine(String when) throws IOException, InterruptedException {
        results.machine("load average " + when, Files.exists(Path.of("/proc/loadavg"))
                ? Files.readString(Path.of("/proc/loadavg")).strip() : "unknown");
        if (!when.equals("before")) {
            return;
        }
        results.machine("date", LocalDateTime.now().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME));
        results.machine("cores", Runtime.getRuntime().availableProcessors());
        results.machine("cpu", firstLine(Path.of("/proc/cpuinfo"), "model name"));
        results.machine("memory", firstLine(Path.of("/proc/meminfo"), "MemTotal"));
        results.machine("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        results.machine("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        results.machine("display", System.getenv().getOrDefault("DISPLAY", "none (Monocle, headless)"));
        results.machine("libreoffice", version("soffice", "--version"));
        results.machine("pandoc", version("pandoc", "--version"));
        results.machine("options", new LinkedHashMap<>(options));
        say("machine: " + results.machine());
    }

    private static String firstLine(Path file, String key) throws IOException {
        if (!Files.exists(file)) {
            return "unknown";
        }
        try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
            return lines.filter(l -> l.startsWith(key)).map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst()
                    .orElse("unknown");
        }
    }

    private String version(String program, String flag) throws IOException, InterruptedException {
        if (!Processes.onPath(program)) {
            return "not installed";
        }
        Process p = new ProcessBuilder(program, flag).redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(30, TimeUnit.SECONDS);
        return text.lines().findFirst().orElse("").strip();
    }

    static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : all.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
