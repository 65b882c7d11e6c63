package org.rapporteur.bench;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.rapporteur.model.Entry;
import org.rapporteur.model.Meeting;
import org.rapporteur.model.SharedLogin;
import org.rapporteur.service.Backend;
import org.rapporteur.service.EntrySaved;
import org.rapporteur.service.SharedLink;
import org.rapporteur.service.Workers;

/**
 * One laptop of the shared-meeting load ({@link SharedLoad}): a backend of its own on the shared database, as the
 * application opens it (its own login, its own local folder, the application's threads). Its typist saves into this
 * laptop's own entries at a fixed rate, each save a new {@link StampedSave} over the entry's text, every save of an
 * entry from the version it was loaded at (one editing per entry; the service chains the versions). Each time the
 * laptop hears that another one changed the meeting, it reads the meeting again and notes, for each entry of the
 * others whose newest save it sees for the first time, how long ago that save was made.
 */
final class SharedLoadClient implements AutoCloseable {
    private final int number;
    private final Backend backend;
    private final SharedLink link;
    private final long meetingId;
    /** This laptop's entries as it loaded them: each editing's start. */
    private final List<Entry> own;
    private final Set<Long> others;
    private final ScheduledExecutorService typist;
    private final ExecutorService reading;
    private final AtomicBoolean reloadWanted = new AtomicBoolean();
    private final Runnable stopHearing;

    // The typist's side: written on its thread only.
    private long saves;
    private final Map<Long, Long> lastSave = new ConcurrentHashMap<>();
    private final Map<Long, String> lastText = new ConcurrentHashMap<>();
    private final Map<Long, Integer> savesOf = new ConcurrentHashMap<>();

    // What became of the saves: on the writer thread.
    private final AtomicLong saved = new AtomicLong();
    private final AtomicLong copies = new AtomicLong();
    private final AtomicLong keptHere = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicReference<String> firstProblem = new AtomicReference<>();
    private final List<Double> saveMillis = Collections.synchronizedList(new ArrayList<>());

    // The reader's side: on its own thread.
    private final Map<Long, Long> seen = new ConcurrentHashMap<>();
    private final List<Double> propagationMillis = Collections.synchronizedList(new ArrayList<>());
    private final List<Double> reloadMillis = Collections.synchronizedList(new ArrayList<>());
    private final AtomicLong heard = new AtomicLong();
    private final AtomicLong wentBack = new AtomicLong();
    private final AtomicLong reloadFailures = new AtomicLong();

    private SharedLoadClient(int number, Backend backend, long meetingId, List<Entry> own, Set<Long> others) {
        this.number = number;
        this.backend = backend;
        this.link = backend.edits().sharedLink().orElseThrow();
        this.meetingId = meetingId;
        this.own = own;
        this.others = others;
        this.typist = Executors.newSingleThreadScheduledExecutor(daemon("load-typist-" + number));
        this.reading = Executors.newSingleThreadExecutor(daemon("load-reader-" + number));
        this.stopHearing = link.onChangedElsewhere(this::heard);
    }

    /**
     * Opens laptop {@code number} on the shared meeting and loads it; {@code ownIds} are the entries it types into,
     * {@code othersIds} those of the other laptops, which it watches.
     */
    static SharedLoadClient open(int number, SharedLogin login, Path folder, long meetingId, List<Long> ownIds,
                                 Set<Long> othersIds) {
        Backend backend = Backend.openShared(login, folder, Workers.threads(), Clock.systemDefaultZone());
        try {
            Meeting meeting = backend.meetings().loadMeeting(meetingId).join();
            List<Entry> own = ownIds.stream().map(id -> meeting.entries().filter(e -> e.id() == id.longValue()).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no entry " + id + " in meeting " + meetingId))).toList();
            return new SharedLoadClient(number, backend, meetingId, own, Set.copyOf(othersIds));
        } catch (RuntimeException e) {
            backend.close();
            throw e;
        }
    }

    int number() {
        return number;
    }

    /** Whether its change feed is connected. */
    boolean listening() {
        return link.listening();
    }

    SharedLink.Status status() {
        return link.status();
    }

    /** Starts the typist: one save every {@code periodNanos}, on a fixed-rate schedule; and reads the meeting once. */
    void start(long periodNanos) {
        reading.execute(() -> reload(false));
        typist.scheduleAtFixedRate(this::typeOnce, 0, periodNanos, TimeUnit.NANOSECONDS);
    }

    private void typeOnce() {
        try {
            Entry start = own.get((int) (saves % own.size()));
            long save = ++saves;
            long stamp = System.nanoTime();
            String text = new StampedSave(number, save, stamp).summary(start.summary());
            lastSave.put(start.id(), save);
            lastText.put(start.id(), text);
            savesOf.merge(start.id(), 1, Integer::sum);
            Entry typed = new Entry(start.id(), start.kind(), start.personId(), start.delegationId(), start.speakerTitle(),
                    start.subject(), start.documentIds(), text, start.startedAt(), start.endedAt(), start.version());
            backend.edits().updateTypedEntry(typed).whenComplete((answer, failure) -> answered(stamp, answer, failure));
        } catch (RuntimeException e) {
            // A task of a fixed-rate schedule that throws is never run again: count it and go on.
            failed.incrementAndGet();
            firstProblem.compareAndSet(null, e.toString());
        }
    }

    private void answered(long stamp, EntrySaved answer, Throwable failure) {
        saveMillis.add((System.nanoTime() - stamp) / 1e6);
        if (failure != null) {
            failed.incrementAndGet();
            firstProblem.compareAndSet(null, failure.toString());
            return;
        }
        switch (answer.outcome()) {
            case SAVED -> saved.incrementAndGet();
            case KEPT_AS_COPY -> copies.incrementAndGet();
            case KEPT_ON_THIS_LAPTOP -> keptHere.incrementAndGet();
            default -> throw new IllegalStateException(answer.toString());
        }
    }

    /** On the change feed's thread: it must not wait, nor throw (the feed would take the server for gone). */
    private void heard(long changedMeeting) {
        heard.incrementAndGet();
        if (reloadWanted.compareAndSet(false, true)) {
            try {
                reading.execute(() -> reload(true));
            } catch (RejectedExecutionException stopping) {
                reloadWanted.set(false);
            }
        }
    }

    /**
     * Reads the meeting again (one read for every change heard meanwhile) and notes the others' newest saves; the
     * read's own time too, when it follows a change heard ({@code afterChange}).
     */
    private void reload(boolean afterChange) {
        if (afterChange) {
            reloadWanted.set(false);
        }
        long started = System.nanoTime();
        Meeting meeting;
        try {
            meeting = backend.meetings().loadMeeting(meetingId).join();
        } catch (RuntimeException e) {
            reloadFailures.incrementAndGet();
            firstProblem.compareAndSet(null, "reading the meeting again: " + e);
            return;
        }
        long read = System.nanoTime();
        if (afterChange) {
            reloadMillis.add((read - started) / 1e6);
        }
        meeting.entries().filter(e -> others.contains(e.id())).forEach(e -> StampedSave.of(e.summary()).ifPresent(s -> {
            Long before = seen.get(e.id());
            if (before == null || s.save() > before) {
                seen.put(e.id(), s.save());
                propagationMillis.add((read - s.nanos()) / 1e6);
            } else if (s.save() < before) {
                wentBack.incrementAndGet();
            }
        }));
    }

    /** Stops the typist after the save it may be making, then waits until every save made is answered. */
    void stopTyping() throws InterruptedException {
        typist.shutdown();
        if (!typist.awaitTermination(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("laptop " + number + "'s typist did not stop");
        }
        backend.edits().whenWritten().join();
    }

    /** Saves made. */
    long saves() {
        return saves;
    }

    long saved() {
        return saved.get();
    }

    long copies() {
        return copies.get();
    }

    long keptHere() {
        return keptHere.get();
    }

    long failed() {
        return failed.get();
    }

    /** The first thing that went wrong, or null. */
    String firstProblem() {
        return firstProblem.get();
    }

    /** Per entry of this laptop's: the text of its last save, the number of that save, how many saves it had. */
    Map<Long, String> lastTexts() {
        return Map.copyOf(lastText);
    }

    Map<Long, Long> lastSaves() {
        return Map.copyOf(lastSave);
    }

    Map<Long, Integer> savesPerEntry() {
        return Map.copyOf(savesOf);
    }

    /** Per entry this laptop loaded for itself: the version it started from. */
    Map<Long, Integer> startVersions() {
        Map<Long, Integer> versions = new ConcurrentHashMap<>();
        own.forEach(e -> versions.put(e.id(), e.version()));
        return Map.copyOf(versions);
    }

    /** The newest save of each of the others' entries this laptop has read so far. */
    Map<Long, Long> seen() {
        return Map.copyOf(seen);
    }

    List<Double> saveMillis() {
        return List.copyOf(saveMillis);
    }

    List<Double> propagationMillis() {
        return List.copyOf(propagationMillis);
    }

    List<Double> reloadMillis() {
        return List.copyOf(reloadMillis);
    }

    /** Changes of others heard (notifications, before they are merged into reads). */
    long heard() {
        return heard.get();
    }

    /** Times a read showed an older save of an entry than an earlier read had: never, if saves are kept in order. */
    long wentBack() {
        return wentBack.get();
    }

    long reloadFailures() {
        return reloadFailures.get();
    }

    /** Stops hearing and reading, then closes the backend (which lets its queued writes finish). */
    @Override
    public void close() throws InterruptedException {
        typist.shutdown();
        stopHearing.run();
        reading.shutdown();
        // Never interrupted: a thread inside a store call must be left to finish it.
        reading.awaitTermination(30, TimeUnit.SECONDS);
        typist.awaitTermination(30, TimeUnit.SECONDS);
        backend.close();
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }
}
