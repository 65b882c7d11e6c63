package org.rapporteur.service;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.rapporteur.model.SharedLogin;
import org.rapporteur.store.ChangeFeed;
import org.rapporteur.store.PendingEdits;
import org.rapporteur.store.StoreException;
import org.rapporteur.text.Sentence;

/**
 * A shared meeting's link to its server, as this laptop sees it: whether the server can be reached, the edits kept
 * here while it cannot, and the changes other laptops make.
 *
 * <p>While the server cannot be reached, starting an entry and typing into it go on: each edit is kept in this
 * laptop's own store, in order ({@link PendingEdits}), and the edit's future completes as kept. Once the server
 * answers again — the change feed hears it, or the next edit gets through — the kept edits are sent in order before
 * anything else, each save with the same optimistic check as ever (a text that crossed someone else's is kept as a
 * copy). An edit the server refuses for good (its entry was deleted meanwhile) is written to a file in the store
 * folder's {@code unsent} folder, and said. Every method but the listeners' runs on the writer thread.
 */
public final class SharedLink implements AutoCloseable {
    /** The link as a screen shows it. */
    public record Status(boolean reachable, int waiting, Sentence problem) {
    }

    static final long SEND_EVERY_MILLIS = 1_000;
    private static final Logger LOG = Logger.getLogger(SharedLink.class.getName());
    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final SharedLogin login;
    private final PendingEdits queue;
    private final Path unsentFolder;
    private final StoreWriter writer;
    private final EntrySaves saves;
    private final List<Consumer<Status>> statusListeners = new CopyOnWriteArrayList<>();
    private final List<LongConsumer> changeListeners = new CopyOnWriteArrayList<>();
    private final AtomicLong lastTempId = new AtomicLong(-System.currentTimeMillis() * 1_000);
    private volatile boolean reachable = true;
    private volatile int waiting;
    private volatile Sentence problem;
    private volatile boolean listening;
    private ChangeFeed feed;
    /** The last edit kept and its place in the queue: a later save of the same editing replaces it. */
    private PendingEdit lastKept;
    private long lastKeptId;

    SharedLink(SharedLogin login, PendingEdits queue, Path unsentFolder, StoreWriter writer, EntrySaves saves) {
        this.login = login;
        this.queue = queue;
        this.unsentFolder = unsentFolder;
        this.writer = writer;
        this.saves = saves;
        this.waiting = queue.list(login.key()).size();
    }

    /** Starts hearing the server (own thread) and sending kept edits every second while there are any. */
    void start(String clientId, Workers workers) {
        feed = ChangeFeed.start(login, clientId, new ChangeFeed.Listener() {
            @Override
            public void changed(long meetingId) {
                writer.cache().changedElsewhere();
                changeListeners.forEach(l -> l.accept(meetingId));
            }

            @Override
            public void reachable(boolean up) {
                listening = up;
                if (up) {
                    sendKept();
                } else {
                    setReachable(false);
                }
            }
        });
        workers.writer().scheduleWithFixedDelay(() -> {
            if ((waiting > 0 || !reachable) && listening) {
                sendKept();
            }
        }, SEND_EVERY_MILLIS, SEND_EVERY_MILLIS, TimeUnit.MILLISECONDS);
        if (waiting > 0) {
            sendKept();
        }
    }

    public SharedLogin login() {
        return login;
    }

    /** Whether the change feed is connected and hears the others' changes now. */
    public boolean listening() {
        return listening;
    }

    public Status status() {
        return new Status(reachable, waiting, problem);
    }

    /** Hears every change of status, on a thread of the store's. Running the answer stops it. */
    public Runnable onStatus(Consumer<Status> listener) {
        statusListeners.add(listener);
        return () -> statusListeners.remove(listener);
    }

    /** Hears the id of each meeting another laptop changed (0: something, read all again). Running the answer stops it. */
    public Runnable onChangedElsewhere(LongConsumer listener) {
        changeListeners.add(listener);
        return () -> changeListeners.remove(listener);
    }

    /**
     * Sends the kept edits now, on the writer thread, as a write of its own; completes when it has tried. With none
     * kept there is nothing to write (no "saved" to tell, no kept meeting to drop): when the change feed hears the
     * server, it can be reached again.
     */
    public java.util.concurrent.CompletableFuture<Status> sendKept() {
        if (waiting == 0) {
            if (listening) {
                setReachable(true);
            }
            return java.util.concurrent.CompletableFuture.completedFuture(status());
        }
        return writer.write(() -> {
            sendKeptNow();
            return status();
        });
    }

    long addEntry(PendingEdit.AddEntry edit) {
        Long id = submit(edit, () -> saves.add(edit.itemId(), edit.position(), edit.entry(), 0));
        return id == null ? edit.tempId() : id;
    }

    EntrySaved type(PendingEdit.TypedEntry edit) {
        EntrySaved saved = submit(edit, () -> saves.type(edit.entry()));
        return saved == null ? new EntrySaved(edit.entry().id(), edit.entry().version(),
                EntrySaved.Outcome.KEPT_ON_THIS_LAPTOP) : saved;
    }

    /** An id for an entry started while the server is away: negative, so never one of the server's. */
    long newTempId() {
        return lastTempId.decrementAndGet();
    }

    /**
     * Runs {@code now} when nothing is waiting and the server takes it; else keeps the edit and answers null. While
     * the server is known to be away the edit is kept at once, without trying: a try costs the pool's timeout, and
     * every edit behind it would wait that long. The change feed, on its own thread, hears when it is back.
     */
    private <T> T submit(PendingEdit edit, java.util.function.Supplier<T> now) {
        if ((waiting > 0 || !reachable) && listening) {
            sendKeptNow();
        }
        if (waiting == 0 && reachable) {
            try {
                return now.get();
            } catch (StoreException e) {
                if (e.reason() != StoreException.Reason.OFFLINE) {
                    throw e;
                }
                setReachable(false);
            }
        }
        keep(edit);
        return null;
    }

    private void keep(PendingEdit edit) {
        if (edit instanceof PendingEdit.TypedEntry typed && lastKept instanceof PendingEdit.TypedEntry before
                && before.entry().id().equals(typed.entry().id()) && before.entry().version() == typed.entry().version()) {
            queue.replace(lastKeptId, edit.toJson());
        } else {
            lastKeptId = queue.add(login.key(), edit.kind(), edit.toJson());
            waiting++;
        }
        lastKept = edit;
        tell();
    }

    private void sendKeptNow() {
        lastKept = null;
        List<PendingEdits.Kept> all = queue.list(login.key());
        for (PendingEdits.Kept kept : all) {
            try {
                PendingEdit edit = PendingEdit.fromJson(kept.kind(), kept.payload());
                if (edit instanceof PendingEdit.AddEntry add) {
                    saves.add(add.itemId(), add.position(), add.entry(), add.tempId());
                } else if (edit instanceof PendingEdit.TypedEntry typed) {
                    saves.type(typed.entry());
                }
            } catch (StoreException e) {
                if (e.reason() == StoreException.Reason.OFFLINE) {
                    setReachable(false);
                    return;
                }
                keepUnsent(kept, e);
            } catch (IllegalArgumentException e) {
                keepUnsent(kept, e);
            }
            queue.remove(kept.id());
            waiting--;
        }
        waiting = 0;
        setReachable(true);
        if (!all.isEmpty()) {
            tell();
        }
    }

    /** An edit the server will never take: its words go to a file, and the screen says where. */
    private void keepUnsent(PendingEdits.Kept kept, Exception why) {
        Path file = unsentFolder.resolve(LocalDateTime.now().format(FILE_TIME) + "-" + kept.id() + ".json");
        try {
            Files.createDirectories(unsentFolder);
            Files.writeString(file, kept.payload(), StandardCharsets.UTF_8);
            problem = Sentence.of("service.editUnsent", file.toString(),
                    why instanceof StoreException se ? se.sentence() : Sentence.of("service.editUnreadable"));
        } catch (IOException e) {
            LOG.log(Level.SEVERE, "A kept edit could not be written to " + file + ": " + kept.payload(), e);
            problem = Sentence.of("service.editUnsentNowhere", String.valueOf(e.getMessage()));
        }
        LOG.log(Level.WARNING, "A kept edit was refused by the server and written to " + file, why);
    }

    private void setReachable(boolean up) {
        if (reachable != up) {
            reachable = up;
            tell();
        }
    }

    private void tell() {
        Status now = status();
        statusListeners.forEach(l -> l.accept(now));
    }

    @Override
    public void close() {
        if (feed != null) {
            feed.close();
        }
    }
}
