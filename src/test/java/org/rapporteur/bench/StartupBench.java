package org.rapporteur.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Start-up: each program is started, again and again, under the same virtual display, and timed from just before
 * it is started to its window painted on the screen ({@link ScreenWatch}); Rapporteur also reports, itself, when
 * its window was shown and when it was ready for the keyboard (the store open, its meetings listed). The programs
 * take turns (A B C A B C …), so a machine that slows down or speeds up during the run weighs on each alike; the
 * first start of each is a warm-up and not counted, so every counted start is a warm one.
 */
final class StartupBench {
    private static final long TIMEOUT_SECONDS = 60;
    /** After the window: long enough for the start to finish its work (the store), short enough to keep the run short. */
    private static final long LINGER_MILLIS = 400;

    /** One program to start: its name in the table, its command line, and whether it writes Rapporteur's report. */
    record Subject(String id, String label, List<String> command, Map<String, String> environment, boolean reports) {
    }

    /** One start: painted on the screen, and Rapporteur's own figures (NaN for other programs). */
    private record Start(double paintedMillis, double shownMillis, double readyMillis) {
    }

    private final Path work;
    private final int repetitions;
    private final ScreenWatch screen;

    StartupBench(Path work, int repetitions, ScreenWatch screen) {
        this.work = work;
        this.repetitions = repetitions;
        this.screen = screen;
    }

    List<Figure> run(List<Subject> subjects, String writerId) throws IOException, InterruptedException {
        Map<String, List<Start>> starts = new LinkedHashMap<>();
        subjects.forEach(s -> starts.put(s.id(), new ArrayList<>()));
        for (int round = 0; round <= repetitions; round++) {
            for (Subject subject : subjects) {
                Start start = once(subject);
                if (round > 0) {
                    starts.get(subject.id()).add(start);
                }
            }
        }
        List<Figure> figures = new ArrayList<>();
        for (Subject subject : subjects) {
            List<Start> mine = starts.get(subject.id());
            if (subject.reports()) {
                figures.add(Figure.of("Start-up", "startup." + subject.id() + ".ready", subject.label()
                        + ": ready for the keyboard (own report)", "ms", Stats.of(mine.stream().map(Start::readyMillis).toList()))
                        .target("median", 1000));
                figures.add(Figure.of("Start-up", "startup." + subject.id() + ".shown", subject.label()
                        + ": window shown (own report)", "ms", Stats.of(mine.stream().map(Start::shownMillis).toList())));
            }
            figures.add(Figure.of("Start-up", "startup." + subject.id() + ".painted", subject.label()
                    + ": window painted (seen on screen)", "ms", Stats.of(mine.stream().map(Start::paintedMillis).toList())));
        }
        if (writerId != null && starts.containsKey(writerId)) {
            List<Start> writer = starts.get(writerId);
            for (Subject subject : subjects) {
                if (!subject.reports()) {
                    continue;
                }
                // Pair by pair: the n-th start of each was made in the same round, under the same load.
                List<Start> mine = starts.get(subject.id());
                List<Double> ratios = new ArrayList<>();
                for (int i = 0; i < Math.min(mine.size(), writer.size()); i++) {
                    ratios.add(mine.get(i).paintedMillis() / writer.get(i).paintedMillis());
                }
                figures.add(Figure.of("Start-up", "startup." + subject.id() + ".vsWriter", subject.label()
                        + " / LibreOffice Writer, window painted", "x", Stats.of(ratios)).target("median", 0.5));
            }
        }
        return figures;
    }

    private Start once(Subject subject) throws IOException, InterruptedException {
        if (!screen.awaitEmpty(System.nanoTime() + TimeUnit.SECONDS.toNanos(10))) {
            throw new IOException("the screen is not empty before starting " + subject.label()
                    + ": another window is open on this display");
        }
        Path report = work.resolve("startup-" + subject.id() + ".txt");
        Files.deleteIfExists(report);
        Map<String, String> environment = new HashMap<>(subject.environment());
        List<String> command = new ArrayList<>();
        for (String part : subject.command()) {
            command.add(part.replace("{report}", report.toString()));
        }
        environment.replaceAll((k, v) -> v.replace("{report}", report.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(work.resolve("startup-" + subject.id() + ".log").toFile()));
        builder.environment().putAll(environment);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        long started = System.nanoTime();
        Process process = builder.start();
        try {
            long painted = screen.awaitPainted(deadline);
            if (painted < 0) {
                throw new IOException(subject.label() + " showed no window within " + TIMEOUT_SECONDS + " s (see "
                        + work.resolve("startup-" + subject.id() + ".log") + ")");
            }
            double shown = Double.NaN;
            double ready = Double.NaN;
            if (subject.reports()) {
                while (System.nanoTime() < deadline && !read(report).containsKey("ready-ms")) {
                    Thread.sleep(10);
                }
                Map<String, Double> reported = read(report);
                shown = reported.getOrDefault("first-window-ms", Double.NaN);
                ready = reported.getOrDefault("ready-ms", Double.NaN);
            }
            Thread.sleep(LINGER_MILLIS);
            return new Start((painted - started) / 1e6, shown, ready);
        } finally {
            Processes.end(process.toHandle());
        }
    }

    private static Map<String, Double> read(Path report) throws IOException {
        Map<String, Double> values = new HashMap<>();
        if (!Files.exists(report)) {
            return values;
        }
        for (String line : Files.readAllLines(report, StandardCharsets.UTF_8)) {
            String[] pair = line.split("=", 2);
            if (pair.length == 2 && pair[1].strip().matches("\\d+")) {
                values.put(pair[0].strip(), Double.parseDouble(pair[1].strip()));
            }
        }
        return values;
    }
}
