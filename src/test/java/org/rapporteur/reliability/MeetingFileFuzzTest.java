package org.rapporteur.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.service.TestBackends;
import org.rapporteur.exchange.MeetingFileException;
import org.rapporteur.exchange.MeetingFileReader;
import org.rapporteur.exchange.MeetingFileWriter;
import org.rapporteur.model.Meeting;
import org.rapporteur.service.Backend;
import org.rapporteur.service.Problems;
import org.rapporteur.service.SampleMeeting;
import org.rapporteur.service.Workers;
import org.rapporteur.store.StoreException;
import org.rapporteur.text.Said;

/**
 * Broken meeting files, many of them: truncated at every few bytes, mutated at random (bytes flipped, ranges cut
 * or repeated, tokens dropped in), of the wrong types, of unknown versions, huge. Each is either read as a
 * meeting the store takes, or refused with one sentence a person can read; nothing else may come out, and a
 * refused file leaves the store as it was.
 */
class MeetingFileFuzzTest {
    private static final String[] TOKENS = {"null", "{", "}", "[", "]", ",", ":", "\"", "-1", "0", "1e999", "true",
        "\"\\u0000\"", "\"\\uD800\"", "\"2010-02-30\"", "\"NOT_A_KIND\"", "999999999999999999999", "{\"format\":1}",
        "\"version\": 99", "[[[[[[[[", "\\", "\u00ff", "\"entries\": {}"};

    @TempDir
    Path temp;

    private static byte[] sample() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new MeetingFileWriter().write(SampleMeeting.load(), out);
        return out.toByteArray();
    }

    @Test
    void everyTruncationIsRefusedInOneSentence() throws Exception {
        byte[] file = sample();
        int tried = 0;
        for (int length = 0; length < file.length; length += 1 + length / 40) {
            assertReadOrRefused(Arrays.copyOf(file, length), "truncated at " + length);
            tried++;
        }
        assertTrue(tried > 100, "tried " + tried + " truncations");
    }

    @Test
    void thousandsOfMutatedFilesAreEachReadOrRefusedInOneSentence() throws Exception {
        byte[] file = sample();
        long seed = Long.getLong("rapporteur.fuzzSeed", System.nanoTime());
        int count = Integer.getInteger("rapporteur.fuzzCount", 2000);
        Random random = new Random(seed);
        int read = 0;
        for (int i = 0; i < count; i++) {
            byte[] mutated = mutate(file, random);
            if (assertReadOrRefused(mutated, "mutation " + i + " of seed " + seed)) {
                read++;
            }
        }
        assertTrue(read < count, "some mutations must break the file: " + read + " of " + count + " were read");
    }

    @Test
    void aRefusedFileLeavesTheStoreAsItWasAndAReadOneGoesInWhole() throws Exception {
        byte[] file = sample();
        Random random = new Random(Long.getLong("rapporteur.fuzzSeed", 11));
        try (Backend backend = TestBackends.open(temp.resolve("store"), Workers.sameThread())) {
            long kept = backend.meetings().addSample().join();
            Meeting before = backend.meetings().loadMeeting(kept).join();
            int imported = 0;
            for (int i = 0; i < 60; i++) {
                Path broken = temp.resolve("broken-" + i + ".rapporteur.json");
                Files.write(broken, mutate(file, random));
                try {
                    long id = backend.meetings().importFile(broken).join();
                    imported++;
                    backend.meetings().loadMeeting(id).join();
                } catch (CompletionException e) {
                    assertOneSentence(Problems.cause(e), "import of mutation " + i);
                }
                assertEquals(1 + imported, backend.meetings().listMeetings().join().size(), "nothing half-imported");
            }
            assertEquals(before, backend.meetings().loadMeeting(kept).join(), "the meeting already there is untouched");
        }
    }

    @Test
    void aHugeFileIsRefusedBeforeItIsRead() throws Exception {
        Path huge = temp.resolve("huge.rapporteur.json");
        try (RandomAccessFile sparse = new RandomAccessFile(huge.toFile(), "rw")) {
            sparse.setLength(600L * 1024 * 1024);
        }
        try (Backend backend = TestBackends.open(temp.resolve("store"), Workers.sameThread())) {
            CompletionException refused = org.junit.jupiter.api.Assertions.assertThrows(CompletionException.class,
                    () -> backend.meetings().importFile(huge).join());
            String sentence = assertOneSentence(Problems.cause(refused), "a 600 MB file");
            assertTrue(sentence.contains("too large"), sentence);
            assertTrue(backend.meetings().listMeetings().join().isEmpty());
        }
    }

    @Test
    void deepNestingAndHugeStringsAreRefusedInOneSentence() throws Exception {
        assertReadOrRefused(("{\"format\":\"rapporteur-meeting\",\"version\":3,\"meeting\":" + "[".repeat(100_000))
                .getBytes(StandardCharsets.UTF_8), "100,000 nested arrays");
        String big = "{\"format\":\"rapporteur-meeting\",\"version\":3,\"meeting\":{\"title\":\"" + "x".repeat(30_000_000) + "\"}}";
        assertReadOrRefused(big.getBytes(StandardCharsets.UTF_8), "a 30 MB title");
    }

    /** True when read; a refusal must be a {@link MeetingFileException} of one plain sentence. */
    private static boolean assertReadOrRefused(byte[] file, String what) {
        Meeting meeting;
        try (InputStream in = new ByteArrayInputStream(file)) {
            meeting = new MeetingFileReader().read(in);
        } catch (MeetingFileException e) {
            assertOneSentence(e, what);
            return false;
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (RuntimeException e) {
            fail(what + ": the reader threw " + e + " instead of a sentence", e);
            return false;
        }
        assertFalse(meeting.title().isBlank(), what + ": a meeting read has a title");
        return true;
    }

    private static String assertOneSentence(Throwable refusal, String what) {
        assertTrue(refusal instanceof Said, () -> what + ": refused with " + refusal + " instead of a sentence");
        assertTrue(refusal instanceof MeetingFileException || refusal instanceof StoreException
                || refusal.getClass().getSimpleName().equals("ServiceException"), what + ": " + refusal);
        String sentence = ((Said) refusal).sentence().in(Locale.ENGLISH);
        assertFalse(sentence.isBlank(), what);
        assertFalse(sentence.contains("Exception") || sentence.contains("java.") || sentence.contains("\tat "),
                () -> what + ": the sentence speaks Java: " + sentence);
        return sentence;
    }

    private static byte[] mutate(byte[] file, Random random) {
        byte[] out = file;
        int edits = 1 + random.nextInt(3);
        for (int e = 0; e < edits; e++) {
            int at = random.nextInt(out.length);
            switch (random.nextInt(5)) {
                case 0 -> {
                    out = out.clone();
                    out[at] = (byte) random.nextInt(256);
                }
                case 1 -> out = concat(Arrays.copyOf(out, at), Arrays.copyOfRange(out, Math.min(out.length,
                        at + 1 + random.nextInt(200)), out.length));
                case 2 -> {
                    int end = Math.min(out.length, at + 1 + random.nextInt(400));
                    out = concat(concat(Arrays.copyOf(out, end), Arrays.copyOfRange(out, at, end)),
                            Arrays.copyOfRange(out, end, out.length));
                }
                case 3 -> out = concat(concat(Arrays.copyOf(out, at), TOKENS[random.nextInt(TOKENS.length)]
                        .getBytes(StandardCharsets.UTF_8)), Arrays.copyOfRange(out, at, out.length));
                default -> out = swapValue(out, random);
            }
        }
        return out;
    }

    /** Replaces one value after a colon with a token: the right JSON, the wrong type or value. */
    private static byte[] swapValue(byte[] file, Random random) {
        String text = new String(file, StandardCharsets.UTF_8);
        int colon = text.indexOf(':', random.nextInt(text.length()));
        if (colon < 0) {
            return file;
        }
        int end = colon + 1;
        while (end < text.length() && ",}]\n".indexOf(text.charAt(end)) < 0) {
            end++;
        }
        return (text.substring(0, colon + 1) + " " + TOKENS[random.nextInt(TOKENS.length)] + text.substring(end))
                .getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
