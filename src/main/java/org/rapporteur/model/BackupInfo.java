package org.rapporteur.model;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;

/**
 * One verified backup beside the store: when it was taken, why, and what it holds, read back in full when it
 * was made (so a list of backups never has to open them).
 */
public record BackupInfo(Path file, LocalDateTime takenAt, Reason reason, List<Content> meetings) {
    public BackupInfo {
        meetings = List.copyOf(meetings);
    }

    /** Why a backup was taken; a bounded number of each is kept. */
    public enum Reason {
        /** While there were changes, on the timer. */
        TIMER,
        /** When the store was closed after changes. */
        CLOSE,
        /** Before the schema was upgraded by a newer version. */
        UPGRADE,
        /** Asked for by the person (or before a restore). */
        MANUAL
    }

    /** One meeting in the backup: its title and how many entries it held. */
    public record Content(long meetingId, String title, int entries) {
    }

    public int entries() {
        return meetings.stream().mapToInt(Content::entries).sum();
    }
}
