package org.rapporteur.store;

import org.rapporteur.model.BackupInfo;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.rapporteur.model.Meeting;
import org.rapporteur.text.Sentence;

/**
 * Rolling backups in a {@value #FOLDER} folder beside the store file.
 *
 * <p>A backup is H2's {@code SCRIPT TO ... COMPRESSION ZIP}: the whole store as SQL, read in one consistent
 * snapshot while others keep writing, and never touching the store's file. ({@code BACKUP TO}, which copies the
 * file, was tried first: the kill harness found that a process killed while it ran could reopen without edits
 * acknowledged just before.) It is written under a {@code .part} name, then verified by running it into a
 * fresh store and reading every meeting in full; only a backup that passed is renamed to its final name, with a small
 * {@code .properties} file beside it saying what it holds. A killed process leaves at most a {@code .part}
 * file, which the next start removes. A bounded number of backups of each {@link BackupInfo.Reason} is kept.
 */
public final class Backups {
    static final String FOLDER = "backups";
    private static final Logger LOG = Logger.getLogger(Backups.class.getName());
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS", Locale.ROOT);
    private static final String PREFIX = "rapporteur-";
    private static final String PART = ".part";
    private static final String VERIFYING = ".verifying-";
    private static final Map<BackupInfo.Reason, Integer> KEEP = Map.of(
            BackupInfo.Reason.TIMER, 12, BackupInfo.Reason.CLOSE, 10,
            BackupInfo.Reason.UPGRADE, 3, BackupInfo.Reason.MANUAL, 10);

    private final Path folder;
    private final DataSource database;
    private final Clock clock;

    Backups(Path storeFolder, DataSource database, Clock clock) {
        this.folder = storeFolder.resolve(FOLDER);
        this.database = database;
        this.clock = clock;
    }

    public Path folder() {
        return folder;
    }

    /**
     * Takes, verifies and keeps a backup of the whole store, then drops the oldest of its kind beyond the
     * bound. Throws {@link StoreException} in plain words when the backup cannot be written or does not read back.
     */
    public BackupInfo take(BackupInfo.Reason reason) {
        LocalDateTime now = LocalDateTime.now(clock);
        String name = PREFIX + STAMP.format(now) + "-" + reason.name().toLowerCase(Locale.ROOT) + ".zip";
        Path part = folder.resolve(name + PART);
        try {
            Files.createDirectories(folder);
            try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
                s.execute("SCRIPT TO '" + part.toString().replace("'", "''") + "' COMPRESSION ZIP");
            }
            List<BackupInfo.Content> contents = readAll(part);
            Path zip = folder.resolve(name);
            Files.move(part, zip, StandardCopyOption.ATOMIC_MOVE);
            BackupInfo info = new BackupInfo(zip, now, reason, contents);
            writeSidecar(info);
            prune(reason);
            return info;
        } catch (SQLException | IOException e) {
            deleteQuietly(part);
            String detail = Store.firstLine(e.getMessage());
            if (detail.toLowerCase(Locale.ROOT).contains("no space left")) {
                throw new StoreException(StoreException.Reason.NOT_WRITABLE,
                        Sentence.of("store.diskFull", Sentence.of("store.action.backup")), e);
            }
            throw new StoreException(StoreException.Reason.FAILED, Sentence.of("store.backupFailed", folder.toString(), detail), e);
        } catch (StoreException e) {
            deleteQuietly(part);
            throw new StoreException(StoreException.Reason.FAILED,
                    Sentence.of("store.backupFailed", folder.toString(), e.sentence()), e);
        }
    }

    /** The verified backups, newest first; a backup without its description is listed by its name only. */
    public List<BackupInfo> list() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<BackupInfo> found = new ArrayList<>();
        try (DirectoryStream<Path> zips = Files.newDirectoryStream(folder, PREFIX + "*.zip")) {
            for (Path zip : zips) {
                found.add(readSidecar(zip));
            }
        } catch (IOException e) {
            throw new StoreException(StoreException.Reason.FAILED,
                    Sentence.of("store.backupsUnreadable", folder.toString(), String.valueOf(e.getMessage())), e);
        }
        found.sort(Comparator.comparing(BackupInfo::takenAt).reversed());
        return found;
    }

    /** One meeting as the backup holds it, read from a copy (the backup itself is never opened for writing). */
    public Meeting readMeeting(Path backup, long meetingId) {
        return withCopy(backup, store -> store.meetings().load(meetingId));
    }

    /** Removes what a killed backup left behind: {@code .part} files and half-made verification copies. */
    void removeLeftovers() {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.list(folder)) {
            files.filter(p -> p.getFileName().toString().endsWith(PART) || p.getFileName().toString().startsWith(VERIFYING))
                    .forEach(Backups::deleteQuietly);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not tidy the backups folder " + folder, e);
        }
    }

    private List<BackupInfo.Content> readAll(Path zip) {
        return withCopy(zip, store -> store.meetings().list().stream().map(summary -> {
            Meeting meeting = store.meetings().load(summary.id());
            return new BackupInfo.Content(summary.id(), meeting.title(), (int) meeting.entries().count());
        }).toList());
    }

    /** Unzips {@code zip} into a scratch folder beside it, opens it as a store, runs {@code work}, removes it. */
    private <T> T withCopy(Path zip, java.util.function.Function<Store, T> work) {
        Path scratch = null;
        try {
            scratch = Files.createDirectories(folder).resolve(VERIFYING + System.nanoTime());
            Files.createDirectory(scratch);
            runScript(zip, scratch);
            try (Store copy = Store.openWithoutBackup(scratch)) {
                return work.apply(copy);
            }
        } catch (IOException e) {
            throw new StoreException(StoreException.Reason.UNREADABLE,
                    Sentence.of("store.backupDamaged", zip.getFileName().toString()), e);
        } finally {
            if (scratch != null) {
                deleteQuietly(scratch);
            }
        }
    }

    /** Builds a store in {@code into} from the backup's SQL; a file that is not such a script is damaged. */
    private static void runScript(Path zip, Path into) {
        String url = "jdbc:h2:file:" + into.resolve(Store.FILE_NAME) + ";WRITE_DELAY=0";
        try (Connection c = java.sql.DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            s.execute("RUNSCRIPT FROM '" + zip.toString().replace("'", "''") + "' COMPRESSION ZIP");
        } catch (SQLException e) {
            throw new StoreException(StoreException.Reason.UNREADABLE,
                    Sentence.of("store.backupDamaged", zip.getFileName().toString()), e);
        }
    }

    private void writeSidecar(BackupInfo info) throws IOException {
        Properties p = new Properties();
        p.setProperty("takenAt", info.takenAt().toString());
        p.setProperty("reason", info.reason().name());
        p.setProperty("meetings", String.valueOf(info.meetings().size()));
        for (int i = 0; i < info.meetings().size(); i++) {
            BackupInfo.Content c = info.meetings().get(i);
            p.setProperty("meeting." + i + ".id", String.valueOf(c.meetingId()));
            p.setProperty("meeting." + i + ".title", c.title());
            p.setProperty("meeting." + i + ".entries", String.valueOf(c.entries()));
        }
        Path sidecar = sidecarOf(info.file());
        Path part = sidecar.resolveSibling(sidecar.getFileName() + PART);
        try (var out = Files.newBufferedWriter(part)) {
            p.store(out, "What this backup holds; read back in full when it was taken");
        }
        Files.move(part, sidecar, StandardCopyOption.ATOMIC_MOVE);
    }

    private BackupInfo readSidecar(Path zip) throws IOException {
        String name = zip.getFileName().toString();
        BackupInfo.Reason reason = reasonOf(name);
        Path sidecar = sidecarOf(zip);
        if (!Files.exists(sidecar)) {
            return new BackupInfo(zip, stampOf(name), reason, List.of());
        }
        Properties p = new Properties();
        try (var in = Files.newBufferedReader(sidecar)) {
            p.load(in);
        }
        List<BackupInfo.Content> contents = new ArrayList<>();
        int count = Integer.parseInt(p.getProperty("meetings", "0"));
        for (int i = 0; i < count; i++) {
            contents.add(new BackupInfo.Content(Long.parseLong(p.getProperty("meeting." + i + ".id", "0")),
                    p.getProperty("meeting." + i + ".title", ""),
                    Integer.parseInt(p.getProperty("meeting." + i + ".entries", "0"))));
        }
        return new BackupInfo(zip, LocalDateTime.parse(p.getProperty("takenAt")), reason, contents);
    }

    private void prune(BackupInfo.Reason reason) {
        List<BackupInfo> ofReason = list().stream().filter(b -> b.reason() == reason).toList();
        for (BackupInfo old : ofReason.subList(Math.min(KEEP.get(reason), ofReason.size()), ofReason.size())) {
            deleteQuietly(sidecarOf(old.file()));
            deleteQuietly(old.file());
        }
    }

    private static Path sidecarOf(Path zip) {
        String name = zip.getFileName().toString();
        return zip.resolveSibling(name.substring(0, name.length() - ".zip".length()) + ".properties");
    }

    /** "rapporteur-20261201-130522-123-timer.zip" → TIMER; an unknown suffix counts as MANUAL. */
    private static BackupInfo.Reason reasonOf(String name) {
        String base = name.substring(0, name.length() - ".zip".length());
        String suffix = base.substring(base.lastIndexOf('-') + 1).toUpperCase(Locale.ROOT);
        return Stream.of(BackupInfo.Reason.values()).filter(r -> r.name().equals(suffix)).findFirst()
                .orElse(BackupInfo.Reason.MANUAL);
    }

    private static LocalDateTime stampOf(String name) {
        try {
            return LocalDateTime.parse(name.substring(PREFIX.length(), PREFIX.length() + 19), STAMP);
        } catch (RuntimeException e) {
            return LocalDateTime.MIN;
        }
    }

    private static void deleteQuietly(Path path) {
        try {
            if (Files.isDirectory(path)) {
                try (Stream<Path> inside = Files.walk(path)) {
                    for (Path p : inside.sorted(Comparator.reverseOrder()).toList()) {
                        Files.deleteIfExists(p);
                    }
                }
            } else {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not delete " + path, e);
        }
    }
}
