package org.rapporteur.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Starting, timing and ending the other programs a benchmark runs, always by their own process ids. */
final class Processes {
    private static final Path GNU_TIME = Path.of("/usr/bin/time");
    private static final Pattern GC_BEFORE = Pattern.compile("\\) (\\d+)M->(\\d+)M\\(\\d+M\\)");

    private Processes() {
    }

    /** How one whole process went: its wall time, exit code, largest resident size (when known) and what it printed. */
    record Run(double wallMillis, int exit, double maxRssMegabytes, String output) {
        boolean ok() {
            return exit == 0;
        }
    }

    /** Whether a program is on the PATH. */
    static boolean onPath(String program) {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(":")) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Runs a command to its end and times it from just before it is started to its exit, as a person at a terminal
     * would. GNU time, when it is there, reports the largest resident set; it adds a fork and an exec, about a
     * millisecond, to the wall time.
     */
    static Run timed(List<String> command, Map<String, String> environment, Path log, long timeoutSeconds)
            throws IOException, InterruptedException {
        List<String> full = new ArrayList<>();
        Path rss = null;
        if (Files.isExecutable(GNU_TIME)) {
            rss = Files.createTempFile("bench-rss", ".txt");
            full.addAll(List.of(GNU_TIME.toString(), "-f", "%M", "-o", rss.toString()));
        }
        full.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(full).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        long started = System.nanoTime();
        Process process = builder.start();
        boolean ended = process.waitFor(timeoutSeconds, TimeUnit.SECONDS);
        long finished = System.nanoTime();
        if (!ended) {
            end(process.toHandle());
            throw new IOException("did not finish within " + timeoutSeconds + " s: " + String.join(" ", command));
        }
        double megabytes = Double.NaN;
        if (rss != null) {
            String kilobytes = Files.readString(rss, StandardCharsets.UTF_8).strip();
            Files.deleteIfExists(rss);
            // GNU time prints "Command exited with non-zero status N" first when the command failed.
            String[] lines = kilobytes.split("\n");
            try {
                megabytes = Long.parseLong(lines[lines.length - 1].strip()) / 1024.0;
            } catch (NumberFormatException e) {
                megabytes = Double.NaN;
            }
        }
        return new Run((finished - started) / 1e6, process.exitValue(), megabytes,
                Files.readString(log, StandardCharsets.UTF_8));
    }

    /** The largest heap occupancy a GC log ({@code -Xlog:gc:file=…}) saw: the heap just before its fullest collection. */
    static double peakHeapMegabytes(Path gcLog) throws IOException {
        if (!Files.exists(gcLog)) {
            return Double.NaN;
        }
        double peak = 0;
        Matcher m = GC_BEFORE.matcher(Files.readString(gcLog, StandardCharsets.UTF_8));
        while (m.find()) {
            peak = Math.max(peak, Double.parseDouble(m.group(1)));
        }
        return peak;
    }

    /** Ends a process and every process it started: politely first, forcibly after five seconds. */
    static void end(ProcessHandle process) throws InterruptedException {
        List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
        tree.add(process);
        tree.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        for (ProcessHandle p : tree) {
            while (p.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            if (p.isAlive()) {
                p.destroyForcibly();
            }
        }
    }
}
