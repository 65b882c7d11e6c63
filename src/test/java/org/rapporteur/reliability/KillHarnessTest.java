package org.rapporteur.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.model.Entry;
import org.rapporteur.model.Meeting;
import org.rapporteur.model.BackupInfo;
import org.rapporteur.store.Store;

/**
 * Kills a process that is typing into the real store at random moments — mid-commit, mid-backup, mid-close —
 * and holds the reopened store to everything the process acknowledged. See docs/reliability.md.
 *
 * <p>The normal test run does a few cycles; a soak sets {@code -Drapporteur.killCycles=500}. Each cycle's seed
 * is printed; {@code -Drapporteur.killSeed=N} replays a run. A store that fails a check is copied to
 * {@code target/kill-harness/} with the child's error output, for diagnosis.
 */
class KillHarnessTest {
    @TempDir
    Path folder;

    @Test
    void everyAcknowledgedEditSurvivesAKillAtARandomMoment() throws Exception {
        int cycles = Integer.getInteger("rapporteur.killCycles", 4);
        long firstSeed = Long.getLong("rapporteur.killSeed", System.nanoTime());
        Map<Long, String> stored = new HashMap<>();
        Map<String, Integer> killedDuring = new TreeMap<>();
        int acknowledged = 0;
        int reopenedFromBackup = 0;
        for (int cycle = 0; cycle < cycles; cycle++) {
            long seed = firstSeed + cycle;
            Random random = new Random(seed);
            Path errors = Files.createTempFile("kill-harness-", ".err");
            List<String> lines = runAndKill(seed, random, errors);
            killedDuring.merge(phaseOf(lines), 1, Integer::sum);
            acknowledged += (int) lines.stream().filter(l -> l.startsWith("ack ")).count();
            try {
                stored = check(lines, stored);
                reopenedFromBackup += newestBackupReads() ? 1 : 0;
            } catch (AssertionError | RuntimeException e) {
                Path kept = keep(seed, errors);
                Files.write(kept.resolve("child.out"), lines);
                throw new AssertionError("Cycle " + cycle + " with seed " + seed + " failed; store kept in " + kept
                        + "; replay with -Drapporteur.killSeed=" + seed + ": " + e.getMessage(), e);
            } finally {
                Files.deleteIfExists(errors);
            }
        }
        String summary = "kill harness: " + cycles + " cycles from seed " + firstSeed + ", " + acknowledged
                + " acknowledged edits, 0 lost, 0 corrupted stores; killed during " + killedDuring
                + "; newest backup read back in full after " + reopenedFromBackup + " cycles; entries now " + stored.size();
        System.out.println(summary);
        Path report = Path.of("target", "kill-harness", "summary.txt");
        Files.createDirectories(report.getParent());
        Files.writeString(report, summary + System.lineSeparator());
        assertTrue(stored.size() > 0, "the typist got some work in");
    }

    private List<String> runAndKill(long seed, Random random, Path errors) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        long backupEvery = 200 + random.nextInt(800);
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "-Dorg.jooq.no-logo=true", "-Dorg.jooq.no-tips=true",
                // Compacting at 1 MB instead of 64 MB, so that kills also land while the file is compacted at open.
                "-Drapporteur.store.compactAboveBytes=1000000", ScriptedTypist.class.getName(),
                folder.toString(), String.valueOf(seed), String.valueOf(backupEvery))
                .redirectError(errors.toFile())
                .start();
        List<String> lines = new ArrayList<>();
        CountDownLatch ready = new CountDownLatch(1);
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    synchronized (lines) {
                        lines.add(line);
                    }
                    if (line.equals("ready")) {
                        ready.countDown();
                    }
                }
            } catch (IOException e) {
                // The child was killed mid-line: what was read is what counts.
            }
        }, "kill-harness-reader");
        reader.start();
        assertTrue(ready.await(90, TimeUnit.SECONDS), "the typist opened the store: " + Files.readString(errors));
        Thread.sleep(random.nextInt(2500));
        child.destroyForcibly();
        assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the typist is gone");
        reader.join(10_000);
        synchronized (lines) {
            return List.copyOf(lines);
        }
    }

    /**
     * The store opens; every acknowledged entry is there with its acknowledged summary, or the one the typist was
     * saving when killed; nothing is there twice; no entry appears that was not at least being added.
     */
    private Map<Long, String> check(List<String> lines, Map<Long, String> before) {
        Map<Long, String> acked = new HashMap<>(before);
        Map<Long, String> inFlight = new HashMap<>();
        String addInFlight = null;
        for (String line : lines) {
            String[] word = line.split(" ");
            switch (word[0] + " " + (word.length > 1 ? word[1] : "")) {
                case "doing add" -> addInFlight = word[2];
                case "ack add" -> {
                    acked.put(Long.parseLong(word[2]), word[3]);
                    addInFlight = null;
                }
                case "doing edit" -> inFlight.put(Long.parseLong(word[2]), word[3]);
                case "ack edit" -> {
                    acked.put(Long.parseLong(word[2]), word[3]);
                    inFlight.remove(Long.parseLong(word[2]));
                }
                default -> {
                    // ready, closing, backups: no entry changes
                }
            }
        }
        Map<Long, String> found = new HashMap<>();
        try (Store store = Store.open(folder)) {
            long meetingId = store.meetings().list().stream().filter(m -> m.title().equals(ScriptedTypist.TITLE))
                    .findFirst().orElseThrow(() -> new AssertionError("the meeting is in the store")).id();
            Meeting meeting = store.meetings().load(meetingId);
            List<Entry> entries = meeting.entries().toList();
            for (Entry e : entries) {
                assertEquals(null, found.put(e.id(), digest(e.summary())), "entry " + e.id() + " is there once");
            }
        }
        for (Map.Entry<Long, String> a : acked.entrySet()) {
            String now = found.get(a.getKey());
            assertTrue(now != null, "acknowledged entry " + a.getKey() + " is in the store");
            assertTrue(now.equals(a.getValue()) || now.equals(inFlight.get(a.getKey())),
                    "entry " + a.getKey() + " holds its acknowledged summary (or the one being saved)");
        }
        List<Long> extra = found.keySet().stream().filter(id -> !acked.containsKey(id)).toList();
        assertTrue(extra.isEmpty() || extra.size() == 1 && found.get(extra.get(0)).equals(addInFlight),
                "no entry beyond the acknowledged ones but the one being added: " + extra);
        return found;
    }

    /** The newest backup, if any, opens as a store and reads in full; a half-made one is never listed. */
    private boolean newestBackupReads() {
        try (Store store = Store.open(folder)) {
            List<BackupInfo> backups = store.backups().list();
            if (backups.isEmpty()) {
                return false;
            }
            BackupInfo newest = backups.get(0);
            for (BackupInfo.Content c : newest.meetings()) {
                assertEquals(c.entries(), (int) store.backups().readMeeting(newest.file(), c.meetingId()).entries().count(),
                        "the backup holds what its description says");
            }
            return true;
        }
    }

    private static String phaseOf(List<String> lines) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            String line = lines.get(i);
            if (line.startsWith("doing ")) {
                return line.split(" ")[1];
            }
            if (line.startsWith("ack ")) {
                return "between edits";
            }
        }
        return "start";
    }

    private Path keep(long seed, Path errors) throws IOException {
        Path target = Path.of("target", "kill-harness", "failed-seed-" + seed).toAbsolutePath();
        Files.createDirectories(target);
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.toList()) {
                Path to = target.resolve(folder.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        Files.copy(errors, target.resolve("child.err"), StandardCopyOption.REPLACE_EXISTING);
        return target;
    }

    static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(String.valueOf(text).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
