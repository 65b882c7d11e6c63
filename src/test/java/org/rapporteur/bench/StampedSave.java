package org.rapporteur.bench;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a laptop of the shared-meeting load ({@link SharedLoad}) writes at the head of an entry's summary, and what
 * the others read back from it: which laptop, which of its saves, and its {@code System.nanoTime} when the save was
 * made ("client 2 save 1234 t=5678901234 | " and the entry's own text). The laptops are threads of one JVM, so
 * the stamp can be compared with the time another laptop reads it.
 */
record StampedSave(int client, long save, long nanos) {
    private static final Pattern STAMP = Pattern.compile("^client (\\d+) save (\\d+) t=(-?\\d+) \\| ");

    /** The summary this save writes: the stamp, then {@code text}. */
    String summary(String text) {
        return "client " + client + " save " + save + " t=" + nanos + " | " + (text == null ? "" : text);
    }

    /** The stamp at the head of {@code summary}, if it has one. */
    static Optional<StampedSave> of(String summary) {
        if (summary == null) {
            return Optional.empty();
        }
        Matcher m = STAMP.matcher(summary);
        if (!m.find()) {
            return Optional.empty();
        }
        return Optional.of(new StampedSave(Integer.parseInt(m.group(1)), Long.parseLong(m.group(2)),
                Long.parseLong(m.group(3))));
    }
}
