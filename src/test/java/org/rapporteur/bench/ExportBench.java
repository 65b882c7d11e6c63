package org.rapporteur.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rapporteur.model.Meeting;
import org.rapporteur.report.Annex;
import org.rapporteur.report.Report;
import org.rapporteur.report.ReportComposer;
import org.rapporteur.report.ReportOptions;
import org.rapporteur.service.Backend;
import org.rapporteur.service.Workers;

/**
 * Export at scale: the report of each meeting, with every annex, written to Word
 * <ul>
 *   <li>warm, in a running application: the store open, the same export done twice before, each export timed from
 *       the call to the file in place, and the heap's peak during it (the pools' peaks after a collection, so
 *       garbage not yet collected counts);</li>
 *   <li>as a whole command-line process ({@code export ID --format docx}), timed from start to exit, its heap's
 *       peak from its GC log and its largest resident size;</li>
 *   <li>pandoc converting the same report's text, as Markdown, to a .docx, a whole process too, taking turns with
 *       the command line so that both see the same machine.</li>
 * </ul>
 */
final class ExportBench {
    static final ReportOptions EVERY_ANNEX = new ReportOptions(EnumSet.allOf(Annex.class), null);
    private static final String GROUP = "Export at scale";
    private static final int WARM_UPS = 2;

    /** A meeting to export: its id in the store, how many entries it has, and its name in the table. */
    record Sized(String id, String label, long meetingId, long entries) {
    }

    private final Path work;
    private final Path store;
    private final int repetitions;
    private final int processRepetitions;
    private final List<String> rapporteur;
    private final boolean pandoc;

    /**
     * @param rapporteur the command that starts Rapporteur ({@code java -jar target/rapporteur.jar}); the bench adds
     *                   the JVM's GC log option after its first word
     */
    ExportBench(Path work, Path store, int repetitions, List<String> rapporteur, boolean pandoc) {
        this.work = work;
        this.store = store;
        this.repetitions = repetitions;
        this.processRepetitions = Math.max(1, Math.min(repetitions, 5));
        this.rapporteur = rapporteur;
        this.pandoc = pandoc;
    }

    List<Figure> run(List<Sized> meetings) throws IOException, InterruptedException {
        List<Figure> figures = new ArrayList<>();
        Map<String, List<Double>> warm = new LinkedHashMap<>();
        Map<String, Path> markdown = new LinkedHashMap<>();
        Bench.say("warm exports in a running application, " + repetitions + " each after " + WARM_UPS + " warm-ups");
        try (Backend backend = Backend.open(store, Workers.threads())) {
            for (Sized m : meetings) {
                List<Double> times = new ArrayList<>();
                List<Double> heap = new ArrayList<>();
                Path out = work.resolve("warm-" + m.id() + ".docx");
                for (int i = 0; i < WARM_UPS + repetitions; i++) {
                    System.gc();
                    List<MemoryPoolMXBean> pools = heapPools();
                    pools.forEach(MemoryPoolMXBean::resetPeakUsage);
                    long start = System.nanoTime();
                    backend.reports().exportDocx(m.meetingId(), out, EVERY_ANNEX).join();
                    long end = System.nanoTime();
                    if (i >= WARM_UPS) {
                        times.add((end - start) / 1e6);
                        heap.add(pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum() / 1048576.0);
                    }
                }
                warm.put(m.id(), times);
                Figure time = Figure.of(GROUP, "export." + m.id() + ".warm", m.label() + ": export, warm in the app", "ms",
                        Stats.of(times));
                Figure peak = Figure.of(GROUP, "export." + m.id() + ".warmHeap", m.label() + ": heap's peak, warm export", "MB",
                        Stats.of(heap));
                if (m.entries() >= 10_000) {
                    time = time.target("median", 3000);
                    peak = peak.target("max", 512);
                }
                figures.add(time);
                figures.add(peak);
                Meeting meeting = backend.meetings().loadMeeting(m.meetingId()).join();
                Report report = new ReportComposer(meeting, meeting.facts().originalLanguage().locale(), EVERY_ANNEX).compose();
                Path md = work.resolve("report-" + m.id() + ".md");
                Files.writeString(md, ReportMarkdown.of(report), StandardCharsets.UTF_8);
                markdown.put(m.id(), md);
            }
        }
        Map<String, List<Double>> cli = new LinkedHashMap<>();
        for (Sized m : meetings) {
            Bench.say("command-line export of " + m.label() + (pandoc ? ", taking turns with pandoc" : "") + ", "
                    + processRepetitions + " of each after a warm-up");
            List<Double> times = new ArrayList<>();
            List<Double> heap = new ArrayList<>();
            List<Double> rss = new ArrayList<>();
            List<Double> pandocTimes = new ArrayList<>();
            List<Double> ratios = new ArrayList<>();
            for (int i = 0; i <= processRepetitions; i++) {
                Path gcLog = work.resolve("gc-" + m.id() + "-" + i + ".log");
                Processes.Run run = Processes.timed(cliExport(m, gcLog, null), Map.of(), work.resolve("cli-" + m.id() + ".log"), 600);
                if (!run.ok()) {
                    throw new IOException("the command-line export of " + m.label() + " failed: " + run.output());
                }
                Processes.Run converted = null;
                if (pandoc) {
                    converted = Processes.timed(List.of("pandoc", "-f", "markdown", "-t", "docx", "-o",
                            work.resolve("pandoc-" + m.id() + ".docx").toString(), markdown.get(m.id()).toString()), Map.of(),
                            work.resolve("pandoc-" + m.id() + ".log"), 600);
                    if (!converted.ok()) {
                        throw new IOException("pandoc failed on " + m.label() + ": " + converted.output());
                    }
                }
                if (i == 0) {
                    continue;
                }
                times.add(run.wallMillis());
                heap.add(Processes.peakHeapMegabytes(gcLog));
                rss.add(run.maxRssMegabytes());
                if (converted != null) {
                    pandocTimes.add(converted.wallMillis());
                    ratios.add(run.wallMillis() / converted.wallMillis());
                }
            }
            cli.put(m.id(), times);
            Figure time = Figure.of(GROUP, "export." + m.id() + ".cli", m.label() + ": export as a whole command-line process",
                    "ms", Stats.of(times));
            Figure peak = Figure.of(GROUP, "export." + m.id() + ".cliHeap", m.label() + ": heap's peak, command line (GC log)",
                    "MB", Stats.of(heap));
            if (m.entries() >= 10_000) {
                time = time.target("median", 3000);
                peak = peak.target("max", 512);
            }
            figures.add(time);
            figures.add(peak);
            figures.add(Figure.of(GROUP, "export." + m.id() + ".cliRss", m.label() + ": largest resident size, command line",
                    "MB", Stats.of(rss)));
            if (pandoc) {
                figures.add(Figure.of(GROUP, "export." + m.id() + ".pandoc", m.label() + ": pandoc, Markdown to .docx, same text",
                        "ms", Stats.of(pandocTimes)));
                figures.add(Figure.of(GROUP, "export." + m.id() + ".cliVsPandoc", m.label() + ": command line / pandoc", "x",
                        Stats.of(ratios)));
                List<Double> warmRatio = new ArrayList<>();
                double pandocMedian = Stats.of(pandocTimes).median();
                warm.get(m.id()).forEach(t -> warmRatio.add(t / pandocMedian));
                Figure warmVs = Figure.of(GROUP, "export." + m.id() + ".warmVsPandoc", m.label() + ": warm export / pandoc",
                        "x", Stats.of(warmRatio));
                figures.add(m.id().equals("sample") ? warmVs.target("median", 1) : warmVs);
            }
        }
        Sized biggest = meetings.get(meetings.size() - 1);
        if (biggest.entries() >= 10_000) {
            Bench.say("command-line export of " + biggest.label() + " with a heap of at most 512 MB");
            List<Double> times = new ArrayList<>();
            int failed = 0;
            for (int i = 0; i < processRepetitions; i++) {
                Processes.Run run = Processes.timed(cliExport(biggest, work.resolve("gc-512.log"), "-Xmx512m"), Map.of(),
                        work.resolve("cli-512.log"), 600);
                if (run.ok()) {
                    times.add(run.wallMillis());
                } else {
                    failed++;
                }
            }
            Figure capped = Figure.of(GROUP, "export." + biggest.id() + ".cli512", biggest.label()
                    + ": command line with -Xmx512m", "ms", Stats.of(times)).target("median", 3000);
            figures.add(failed == 0 ? capped : capped.note(failed + " of " + processRepetitions
                    + " runs failed within a 512 MB heap (see cli-512.log)"));
        }
        figures.addAll(slopes(meetings, warm, cli));
        return figures;
    }

    /** Time per 1,000 entries between the smallest and the largest synthetic meeting, and how far from a line the middle one is. */
    private List<Figure> slopes(List<Sized> meetings, Map<String, List<Double>> warm, Map<String, List<Double>> cli) {
        List<Sized> synthetic = meetings.stream().filter(m -> !m.id().equals("sample")).toList();
        List<Figure> figures = new ArrayList<>();
        if (synthetic.size() < 2) {
            return figures;
        }
        Sized small = synthetic.get(0);
        Sized large = synthetic.get(synthetic.size() - 1);
        String span = String.format(Locale.ROOT, "%,d to %,d entries", small.entries(), large.entries());
        for (var kind : List.of(Map.entry("warm", warm), Map.entry("cli", cli))) {
            List<Double> a = kind.getValue().get(small.id());
            List<Double> b = kind.getValue().get(large.id());
            List<Double> slope = new ArrayList<>();
            for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
                slope.add((b.get(i) - a.get(i)) / ((large.entries() - small.entries()) / 1000.0));
            }
            figures.add(Figure.of(GROUP, "export.slope." + kind.getKey(), "slope, " + span + " ("
                    + (kind.getKey().equals("warm") ? "warm" : "command line") + "), per 1,000 entries", "ms", Stats.of(slope)));
            if (synthetic.size() >= 3) {
                Sized middle = synthetic.get(synthetic.size() / 2);
                double ta = Stats.of(a).median();
                double tb = Stats.of(b).median();
                double line = ta + (tb - ta) * (middle.entries() - small.entries()) / (double) (large.entries() - small.entries());
                List<Double> off = kind.getValue().get(middle.id()).stream().map(t -> t / line).toList();
                figures.add(Figure.of(GROUP, "export.linearity." + kind.getKey(), String.format(Locale.ROOT,
                        "%,d entries: measured / on the line (1 = linear, %s)", middle.entries(),
                        kind.getKey().equals("warm") ? "warm" : "command line"), "x", Stats.of(off)));
            }
        }
        return figures;
    }

    private List<String> cliExport(Sized m, Path gcLog, String heapCap) {
        List<String> command = new ArrayList<>();
        command.add(rapporteur.get(0));
        command.add("-Xlog:gc:file=" + gcLog);
        if (heapCap != null) {
            command.add(heapCap);
        }
        command.addAll(rapporteur.subList(1, rapporteur.size()));
        command.addAll(List.of("--store", store.toString(), "export", String.valueOf(m.meetingId()), "--format", "docx",
                "--out", work.resolve("cli-" + m.id() + ".docx").toString(), "--annex",
                "documents,participants,decisions,statistics"));
        return command;
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
    }
}
