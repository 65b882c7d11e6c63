package org.rapporteur.reliability;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.rapporteur.model.Entry;
import org.rapporteur.model.EntryKind;
import org.rapporteur.model.Language;
import org.rapporteur.model.Meeting;
import org.rapporteur.model.MeetingFacts;
import org.rapporteur.model.Venue;
import org.rapporteur.service.Backend;
import org.rapporteur.service.EntrySaved;
import org.rapporteur.service.Workers;

/**
 * The child process of {@link KillHarnessTest}: the real store and services, driven by a typist who logs
 * entries and edits their summaries as fast as the store takes them, closes and reopens the store now and
 * then, and has backups taken every few hundred milliseconds, so a kill lands in any of those.
 *
 * <p>Before each edit it prints {@code doing ...}; after the edit's future completed (the commit is on the
 * file) it prints {@code ack ...}. The parent holds the store to every {@code ack}.
 */
public final class ScriptedTypist {
    static final String TITLE = "Kill harness meeting";
    private static final String[] WORDS = {"the", "delegation", "of", "Panamá", "expressed", "its", "support", "for",
        "draft", "resolution", "CE/AMERIPOL", "and", "asked", "that", "the", "Secretariat", "circulate", "São", "Tomé",
        "Côte", "d’Ivoire", "“quoted”", "—", "Ω", "数据", "🙂"};

    private ScriptedTypist() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Path folder = Path.of(args[0]);
        Random random = new Random(Long.parseLong(args[1]));
        Duration backupEvery = Duration.ofMillis(Long.parseLong(args[2]));
        Backend backend = Backend.open(folder, Workers.threads(), Clock.systemDefaultZone(), backupEvery);
        long itemId = itemOf(backend);
        List<Entry> mine = new ArrayList<>(backend.meetings().loadMeeting(meetingOf(backend)).join().entries().toList());
        out.println("ready");
        for (int op = 0; ; op++) {
            int roll = random.nextInt(100);
            if (roll < 55 || mine.isEmpty()) {
                String summary = sentence(random);
                out.println("doing add " + KillHarnessTest.digest(summary));
                Entry entry = new Entry(null, EntryKind.STATEMENT, null, null, null, null, List.of(), summary, null, null);
                long id = backend.edits().addEntry(itemId, mine.size(), entry).join();
                mine.add(entry.withId(id));
                out.println("ack add " + id + " " + KillHarnessTest.digest(summary));
            } else if (roll < 92) {
                int index = random.nextInt(mine.size());
                Entry before = mine.get(index);
                String summary = before.summary() + " " + sentence(random);
                if (summary.length() > 4000) {
                    summary = sentence(random);
                }
                // Made from the version last saved, as the editor makes its saves: the one writer never crosses itself.
                Entry after = new Entry(before.id(), before.kind(), null, null, null, null, List.of(), summary, null, null,
                        before.version());
                out.println("doing edit " + before.id() + " " + KillHarnessTest.digest(summary));
                EntrySaved saved = backend.edits().updateTypedEntry(after).join();
                if (saved.outcome() != EntrySaved.Outcome.SAVED || saved.entryId() != before.id()) {
                    throw new IllegalStateException("the only writer's save was not saved in place: " + saved);
                }
                mine.set(index, after.withVersion(saved.version()));
                out.println("ack edit " + before.id() + " " + KillHarnessTest.digest(summary));
            } else if (roll < 96) {
                out.println("doing close");
                backend.close();
                out.println("doing open");
                backend = Backend.open(folder, Workers.threads(), Clock.systemDefaultZone(), backupEvery);
                out.println("ack reopen");
            } else {
                out.println("doing backup");
                backend.backups().backUpNow().join();
                out.println("ack backup");
            }
        }
    }

    private static long meetingOf(Backend backend) {
        return backend.meetings().listMeetings().join().stream().filter(m -> m.title().equals(TITLE)).findFirst()
                .map(m -> m.id())
                .orElseGet(() -> backend.edits().createMeeting(new MeetingFacts(TITLE, "OAS", null, null, null,
                        new Venue("Washington, D.C.", "United States"), LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 1),
                        Language.EN, null), 1, 1).join());
    }

    private static long itemOf(Backend backend) {
        Meeting meeting = backend.meetings().loadMeeting(meetingOf(backend)).join();
        return meeting.sessions().get(0).items().get(0).id();
    }

    private static String sentence(Random random) {
        StringBuilder text = new StringBuilder();
        int words = 3 + random.nextInt(40);
        for (int i = 0; i < words; i++) {
            text.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return text.append('.').toString();
    }
}
