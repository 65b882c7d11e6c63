package org.rapporteur.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;
import org.rapporteur.text.Sentence;

/**
 * The store folder's own lock ({@value #FILE_NAME}), held by one process from before H2 opens the file until
 * after it has closed it. H2 locks its file too, but only while it has it open; this lock also covers what is
 * done to the file before H2 opens it (compacting it), so no other Rapporteur can be writing meanwhile.
 * Inside one process the lock is shared (H2 shares an open database there as well) and counted.
 */
final class StoreLock {
    static final String FILE_NAME = "rapporteur.lock";
    private static final Map<Path, StoreLock> HELD = new HashMap<>();

    private final Path folder;
    private final FileChannel channel;
    private final FileLock lock;
    private int users;

    private StoreLock(Path folder, FileChannel channel, FileLock lock) {
        this.folder = folder;
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the folder's lock, or says in plain words that another Rapporteur holds it. */
    static synchronized StoreLock take(Path folder) {
        StoreLock held = HELD.get(folder);
        if (held != null) {
            held.users++;
            return held;
        }
        try {
            FileChannel channel = FileChannel.open(folder.resolve(FILE_NAME), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                throw new StoreException(StoreException.Reason.IN_USE, Sentence.of("store.inUse", folder.toString()));
            }
            StoreLock taken = new StoreLock(folder, channel, lock);
            taken.users = 1;
            HELD.put(folder, taken);
            return taken;
        } catch (IOException e) {
            throw new StoreException(StoreException.Reason.NOT_WRITABLE,
                    Sentence.of("store.folderNotWritable", folder.toString()), e);
        }
    }

    /** Whether this is the only user in this process of the store (before opening: the file is not open here). */
    boolean onlyUser() {
        synchronized (StoreLock.class) {
            return users == 1;
        }
    }

    void release() {
        synchronized (StoreLock.class) {
            if (--users > 0) {
                return;
            }
            HELD.remove(folder);
            try {
                lock.release();
                channel.close();
            } catch (IOException e) {
                // The process ending releases it anyway.
            }
        }
    }
}
