package org.rapporteur.service;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.rapporteur.exchange.MeetingFileException;
import org.rapporteur.exchange.MeetingFileReader;
import org.rapporteur.exchange.MeetingFileWriter;
import org.rapporteur.model.Meeting;
import org.rapporteur.model.MeetingSummary;
import org.rapporteur.store.Store;
import org.rapporteur.text.Sentence;

/**
 * The use cases on whole meetings: list, open, import, export, add the sample.
 *
 * <p>Every write goes through the one writer thread, in order; reads go to the reader pool. Results come
 * back as futures; a failure completes the future with a {@code StoreException}, a
 * {@code MeetingFileException} or a {@link ServiceException}, each carrying a sentence for a person.
 */
public final class MeetingService {
    private final Store store;
    private final Workers workers;
    private final StoreWriter writer;

    /**
     * A service of its own over the store: for tests and tools that need no other service. It keeps no meeting
     * between reads, since the store may be written behind its back.
     */
    public MeetingService(Store store, Workers workers) {
        this(new StoreWriter(store, workers, Clock.systemDefaultZone(), MeetingCache.off()), workers);
    }

    MeetingService(StoreWriter writer, Workers workers) {
        this.store = writer.store();
        this.workers = workers;
        this.writer = writer;
    }

    public CompletableFuture<List<MeetingSummary>> listMeetings() {
        return read(() -> store.meetings().list());
    }

    /** The meeting as stored; read again only when something was written since the last read (MeetingCache). */
    public CompletableFuture<Meeting> loadMeeting(long meetingId) {
        return read(() -> writer.cache().read(meetingId, () -> store.meetings().load(meetingId)));
    }

    /**
     * The largest meeting file read: ten times a 10,000-entry meeting. A larger file is refused before it is
     * read, so a wrong file chosen by mistake cannot exhaust the memory of a laptop in the plenary.
     */
    static final long LARGEST_FILE = 100L * 1024 * 1024;

    /** Reads a meeting file and adds it to the store, all or nothing; completes with the new meeting's id. */
    public CompletableFuture<Long> importFile(Path file) {
        return write(() -> {
            Meeting meeting;
            try (InputStream in = Files.newInputStream(file)) {
                long size = Files.size(file);
                if (size > LARGEST_FILE) {
                    throw new CompletionException(new ServiceException(Sentence.of("service.fileTooLarge",
                            file.getFileName().toString(), String.valueOf(size / (1024 * 1024)),
                            String.valueOf(LARGEST_FILE / (1024 * 1024))), null));
                }
                meeting = new MeetingFileReader().read(in);
            } catch (NoSuchFileException e) {
                throw new CompletionException(new ServiceException(Sentence.of("service.noSuchFile", file.toString()), e));
            } catch (IOException e) {
                throw new CompletionException(new ServiceException(
                        Sentence.of("service.cannotRead", file.toString(), String.valueOf(e.getMessage())), e));
            } catch (MeetingFileException e) {
                throw new CompletionException(new MeetingFileException(
                        Sentence.of("file.inFile", String.valueOf(file.getFileName()), e.sentence()), e));
            }
            return store.meetings().insert(meeting);
        });
    }

    /** Adds a fresh copy of the sample meeting; completes with its id. */
    public CompletableFuture<Long> addSample() {
        return write(() -> store.meetings().insert(SampleMeeting.load()));
    }

    /** Adds a made-up meeting of {@code entries} entries ({@link SyntheticMeeting}); completes with its id. */
    public CompletableFuture<Long> addSynthetic(int entries, long seed) {
        return write(() -> store.meetings().insert(SyntheticMeeting.generate(entries, seed)));
    }

    /** The sample meeting's id: the one already in the store, or a copy added now. */
    public CompletableFuture<Long> openSample() {
        return write(() -> {
            String title = SampleMeeting.load().title();
            return store.meetings().list().stream().filter(m -> m.title().equals(title)).findFirst()
                    .map(MeetingSummary::id)
                    .orElseGet(() -> store.meetings().insert(SampleMeeting.load()));
        });
    }

    /**
     * Writes a meeting as a JSON meeting file. The file is written beside the target and moved into place, so
     * a full disk or a crash never leaves a half-written file where the old one was.
     */
    public CompletableFuture<Path> exportJson(long meetingId, Path file) {
        return read(() -> {
            Meeting meeting = store.meetings().load(meetingId);
            return SafeFile.write(file, out -> new MeetingFileWriter().write(meeting, out));
        });
    }

    /**
     * Copies a meeting into another store — from this laptop's to a shared meeting's server or back — and checks the
     * copy: read back from there, it must make the same meeting file, byte for byte, as the original (the file names
     * objects by what they are, not by their ids in a store). The original stays as it was. Completes with the
     * copy's id there, or fails with a sentence when the copy differs (the copy is then deleted again).
     */
    public CompletableFuture<Long> copyInto(long meetingId, MeetingService target) {
        return read(() -> store.meetings().load(meetingId)).thenCompose(original -> target.write(() -> {
            long copyId = target.store.meetings().insert(original);
            Meeting copy = target.store.meetings().load(copyId);
            if (!java.util.Arrays.equals(fileOf(original), fileOf(copy))) {
                target.store.meetings().delete(copyId);
                throw new CompletionException(new ServiceException(Sentence.of("service.copyDiffers", original.title()), null));
            }
            return copyId;
        }));
    }

    private static byte[] fileOf(Meeting meeting) {
        var out = new java.io.ByteArrayOutputStream();
        try {
            new MeetingFileWriter().write(meeting, out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Forces committed work to the disk now, on the writer thread (after every write queued before it). */
    public CompletableFuture<Void> sync() {
        return writer.sync();
    }

    private <T> CompletableFuture<T> write(Supplier<T> work) {
        return writer.write(work);
    }

    private <T> CompletableFuture<T> read(Supplier<T> work) {
        return CompletableFuture.supplyAsync(work, workers.reader());
    }
}
