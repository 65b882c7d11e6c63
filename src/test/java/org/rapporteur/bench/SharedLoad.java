package org.rapporteur.bench;

import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.rapporteur.model.Entry;
import org.rapporteur.model.SharedLogin;
import org.rapporteur.service.Backend;
import org.rapporteur.service.Workers;
import org.rapporteur.store.SharedTestDatabase;

/**
 * The load check of a shared meeting: several laptops on one PostgreSQL, each typing into entries of its own at a
 * steady rate for a while ({@link SharedLoadClient}). At the end, once every save is answered, the database is read
 * with a plain connection, behind the application's back: each entry must hold exactly the last save its laptop made,
 * at the version its saves counted up to, and the meeting must have as many entries as before — the laptops never
 * touch the same entry, so a save kept as a copy would be a lost update. Meanwhile each laptop, hearing the others'
 * changes, reads the meeting again and gives the propagation: from a save made on one laptop to its text read on
 * another.
 */
final class SharedLoad {
    /** How long the laptops may take, after the last save, to read every other laptop's last save. */
    private static final Duration SETTLE = Duration.ofSeconds(15);

    /**
     * @param duration         how long the typists type
     * @param clients          how many laptops (the third of every three is the secretariat, the others rapporteurs)
     * @param savesPerSecond   each typist's rate
     * @param entriesPerClient how many entries each laptop types into, in turn
     */
    record Settings(Duration duration, int clients, int savesPerSecond, int entriesPerClient) {
        static Settings of(Duration duration) {
            return new Settings(duration, 3, 10, 3);
        }

        String describe() {
            return String.format(Locale.ROOT, "%d laptops, %d saves/s each, %d s", clients, savesPerSecond,
                    duration.toSeconds());
        }
    }

    /**
     * What the run found.
     *
     * @param seconds        how long the typists actually typed
     * @param made           saves made by every laptop
     * @param saved          saves answered SAVED
     * @param lost           entries whose stored text is not the last save made of them
     * @param wrongVersions  entries whose stored version is not their start version plus the saves acknowledged
     * @param addedEntries   entries in the meeting at the end beyond those at the start (copies)
     * @param stale          (laptop, other's entry) pairs where the laptop never read the other's last save
     * @param wentBack       reads that showed an older save of an entry than an earlier read of the same laptop
     * @param problems       the first thing that went wrong on each laptop that had something go wrong
     */
    record Outcome(Settings settings, double seconds, long made, long saved, long copies, long keptHere, long failed,
                   long lost, long wrongVersions, long addedEntries, long stale, long wentBack, long heard, long reloadFailures,
                   List<Double> propagationMillis, List<Double> saveMillis, List<Double> reloadMillis, List<String> problems) {

        /** Saves answered any way at all; the rest never were. */
        long unanswered() {
            return made - saved - copies - keptHere - failed;
        }

        String group() {
            return "Shared meeting (" + settings.describe() + ")";
        }

        List<Figure> figures() {
            String g = group();
            List<Figure> figures = new ArrayList<>();
            figures.add(Figure.of(g, "shared.propagation", "a save on one laptop to its text read on another", "ms",
                    Stats.of(propagationMillis)));
            figures.add(Figure.of(g, "shared.save", "a save to its acknowledgement (committed on the server)", "ms",
                    Stats.of(saveMillis)));
            figures.add(Figure.of(g, "shared.reload", "reading the meeting again after a change heard", "ms",
                    Stats.of(reloadMillis)));
            figures.add(Figure.of(g, "shared.saves", "saves made, all laptops", "saves", Stats.of(made)));
            figures.add(Figure.of(g, "shared.saved", "saves acknowledged as saved", "saves", Stats.of(saved)));
            figures.add(Figure.of(g, "shared.lost", "entries not holding their last save (lost updates)", "entries",
                    Stats.of(lost + wrongVersions)).target("max", 0));
            figures.add(Figure.of(g, "shared.copies", "saves kept as a copy (none should cross)", "saves",
                    Stats.of(copies)).target("max", 0));
            figures.add(Figure.of(g, "shared.failed", "saves failed, kept on the laptop or never answered", "saves",
                    Stats.of(failed + keptHere + unanswered())).target("max", 0));
            figures.add(Figure.of(g, "shared.stale", "last saves another laptop never read", "entries",
                    Stats.of(stale)).target("max", 0));
            return figures;
        }

        List<String> notes() {
            List<String> notes = new ArrayList<>();
            notes.add(String.format(Locale.ROOT, "shared: %,d saves made in %.1f s (%.2f/s per laptop), %,d saved, %,d lost,"
                    + " %,d wrong versions, %,d copies, %,d kept on a laptop, %,d failed, %,d unanswered, %,d entries added;"
                    + " %,d propagation samples from %,d changes heard, %,d reads that went back, %,d last saves never read",
                    made, seconds, made / seconds / settings.clients(), saved, lost, wrongVersions, copies, keptHere, failed,
                    unanswered(), addedEntries, propagationMillis.size(), heard, wentBack, stale));
            problems.forEach(p -> notes.add("shared: " + p));
            return notes;
        }
    }

    private final SharedTestDatabase db;
    private final Path folder;
    private final Settings settings;
    private final Consumer<String> say;

    SharedLoad(SharedTestDatabase db, Path folder, Settings settings, Consumer<String> say) {
        this.db = db;
        this.folder = folder;
        this.settings = settings;
        this.say = say;
    }

    Outcome run() throws Exception {
        long meetingId;
        List<Entry> entries;
        try (Backend owner = Backend.openShared(db.owner(), folder.resolve("owner"), Workers.sameThread(),
                Clock.systemDefaultZone())) {
            meetingId = owner.meetings().addSample().join();
            entries = owner.meetings().loadMeeting(meetingId).join().entries().toList();
        }
        int clients = settings.clients();
        if (entries.size() < clients * settings.entriesPerClient()) {
            throw new IllegalArgumentException("the sample has " + entries.size() + " entries, fewer than "
                    + clients * settings.entriesPerClient());
        }
        // Neighbours belong to different laptops: entry i to laptop i mod n.
        List<List<Long>> owned = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            List<Long> ids = new ArrayList<>();
            for (int i = c; ids.size() < settings.entriesPerClient(); i += clients) {
                ids.add(entries.get(i).id());
            }
            owned.add(ids);
        }
        long entriesBefore = countEntries(meetingId);

        List<SharedLoadClient> laptops = new ArrayList<>();
        try {
            for (int c = 0; c < clients; c++) {
                Set<Long> others = new HashSet<>();
                for (int o = 0; o < clients; o++) {
                    if (o != c) {
                        others.addAll(owned.get(o));
                    }
                }
                SharedLogin login = c % 3 == 2 ? db.loginAs("rapporteur_secretariat", "secretariat" + (c + 1))
                        : db.loginAs("rapporteur_rapporteur", "rapporteur" + (c + 1));
                laptops.add(SharedLoadClient.open(c + 1, login, folder.resolve("laptop" + (c + 1)), meetingId,
                        owned.get(c), others));
            }
            waitUntil(() -> laptops.stream().allMatch(SharedLoadClient::listening), Duration.ofSeconds(10),
                    "every laptop's change feed connects");

            say.accept("shared: " + settings.describe() + ", on " + db.name());
            long period = TimeUnit.SECONDS.toNanos(1) / settings.savesPerSecond();
            long started = System.nanoTime();
            laptops.forEach(l -> l.start(period));
            long end = started + settings.duration().toNanos();
            long nextWord = started + TimeUnit.SECONDS.toNanos(60);
            while (System.nanoTime() < end) {
                Thread.sleep(Math.max(1, Math.min(200, (end - System.nanoTime()) / 1_000_000)));
                if (System.nanoTime() >= nextWord) {
                    nextWord += TimeUnit.SECONDS.toNanos(60);
                    say.accept(progress(laptops, started));
                }
            }
            for (SharedLoadClient l : laptops) {
                l.stopTyping();
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            say.accept("shared: typing stopped after " + String.format(Locale.ROOT, "%.1f", seconds)
                    + " s, every save answered; waiting for the laptops to read the others' last saves");

            Map<Long, Long> lastSaves = new HashMap<>();
            laptops.forEach(l -> lastSaves.putAll(l.lastSaves()));
            waitUntil(() -> staleCount(laptops, lastSaves) == 0, SETTLE, null);
            long stale = staleCount(laptops, lastSaves);

            Map<Long, String> expected = new HashMap<>();
            Map<Long, Integer> expectedVersions = new HashMap<>();
            for (SharedLoadClient l : laptops) {
                expected.putAll(l.lastTexts());
                Map<Long, Integer> saves = l.savesPerEntry();
                l.startVersions().forEach((id, v) -> expectedVersions.put(id, v + saves.getOrDefault(id, 0)));
            }
            Map<Long, Stored> stored = read(expected.keySet());
            long lost = expected.entrySet().stream().filter(e -> !stored.containsKey(e.getKey())
                    || !e.getValue().equals(stored.get(e.getKey()).summary())).count();
            long wrongVersions = expectedVersions.entrySet().stream().filter(e -> stored.containsKey(e.getKey())
                    && stored.get(e.getKey()).version() != e.getValue()).count();
            long added = countEntries(meetingId) - entriesBefore;

            List<Double> propagation = new ArrayList<>();
            List<Double> save = new ArrayList<>();
            List<Double> reload = new ArrayList<>();
            List<String> problems = new ArrayList<>();
            long made = 0;
            long saved = 0;
            long copies = 0;
            long kept = 0;
            long failed = 0;
            long wentBack = 0;
            long heard = 0;
            long reloadFailures = 0;
            for (SharedLoadClient l : laptops) {
                propagation.addAll(l.propagationMillis());
                save.addAll(l.saveMillis());
                reload.addAll(l.reloadMillis());
                made += l.saves();
                saved += l.saved();
                copies += l.copies();
                kept += l.keptHere();
                failed += l.failed();
                wentBack += l.wentBack();
                heard += l.heard();
                reloadFailures += l.reloadFailures();
                if (l.firstProblem() != null) {
                    problems.add("laptop " + l.number() + ": " + l.firstProblem());
                }
                if (!l.status().reachable() || l.status().waiting() > 0) {
                    problems.add("laptop " + l.number() + " at the end: " + l.status());
                }
            }
            Outcome outcome = new Outcome(settings, seconds, made, saved, copies, kept, failed, lost, wrongVersions, added,
                    stale, wentBack, heard, reloadFailures, propagation, save, reload, problems);
            outcome.notes().forEach(say);
            return outcome;
        } finally {
            for (SharedLoadClient l : laptops) {
                l.close();
            }
        }
    }

    private static String progress(List<SharedLoadClient> laptops, long started) {
        long made = laptops.stream().mapToLong(SharedLoadClient::saves).sum();
        long saved = laptops.stream().mapToLong(SharedLoadClient::saved).sum();
        long samples = laptops.stream().mapToLong(l -> l.propagationMillis().size()).sum();
        long bad = laptops.stream().mapToLong(l -> l.copies() + l.keptHere() + l.failed()).sum();
        return String.format(Locale.ROOT, "shared: %.0f s, %,d saves made, %,d saved, %,d not saved, %,d propagation samples",
                (System.nanoTime() - started) / 1e9, made, saved, bad, samples);
    }

    /** (laptop, entry of another) pairs where the laptop has not read the entry's last save. */
    private static long staleCount(List<SharedLoadClient> laptops, Map<Long, Long> lastSaves) {
        long stale = 0;
        for (SharedLoadClient l : laptops) {
            Map<Long, Long> seen = l.seen();
            for (SharedLoadClient other : laptops) {
                if (other == l) {
                    continue;
                }
                for (Long id : other.lastSaves().keySet()) {
                    if (!lastSaves.get(id).equals(seen.get(id))) {
                        stale++;
                    }
                }
            }
        }
        return stale;
    }

    private record Stored(String summary, int version) {
    }

    /** The entries as the server holds them, read behind the application's back. */
    private Map<Long, Stored> read(Set<Long> ids) throws SQLException {
        Map<Long, Stored> stored = new HashMap<>();
        try (Connection c = db.connect();
             PreparedStatement s = c.prepareStatement("SELECT id, summary, version FROM entry WHERE id = ANY (?)")) {
            Array array = c.createArrayOf("bigint", ids.toArray());
            s.setArray(1, array);
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    stored.put(rows.getLong(1), new Stored(rows.getString(2), rows.getInt(3)));
                }
            }
        }
        return stored;
    }

    private long countEntries(long meetingId) throws SQLException {
        try (Connection c = db.connect();
             PreparedStatement s = c.prepareStatement("SELECT count(*) FROM entry e JOIN agenda_item i ON i.id = e.item_id"
                     + " JOIN report_part p ON p.id = i.part_id WHERE p.meeting_id = ?")) {
            s.setLong(1, meetingId);
            try (ResultSet rows = s.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    /** Waits until {@code done}; when it is not done in time, throws with {@code what}, or (null) just returns. */
    private static void waitUntil(java.util.function.BooleanSupplier done, Duration atMost, String what)
            throws InterruptedException {
        long until = System.nanoTime() + atMost.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > until) {
                if (what == null) {
                    return;
                }
                throw new IllegalStateException("timed out waiting until " + what);
            }
            Thread.sleep(20);
        }
    }
}
