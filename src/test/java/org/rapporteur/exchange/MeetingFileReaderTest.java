package org.rapporteur.exchange;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.model.AgendaItem;
import org.rapporteur.model.Entry;
import org.rapporteur.model.EntryKind;
import org.rapporteur.model.Gender;
import org.rapporteur.model.Language;
import org.rapporteur.model.LocalName;
import org.rapporteur.model.Meeting;
import org.rapporteur.model.Part;
import org.rapporteur.service.MeetingService;
import org.rapporteur.service.Workers;
import org.rapporteur.store.Store;

/**
 * The reader refuses a bad meeting file whole, with one sentence that says what is wrong and where; and
 * whatever odd text a rapporteur types comes back out of a file exactly as it went in.
 *
 * <p>The bad files are the shipped sample with one realistic mistake made in it, edited as a JSON tree.
 */
class MeetingFileReaderTest {

    private static final String SAMPLE = "/sample/mispa-iii-experts.rapporteur.json";
    private static final String ENTRY_KINDS = "speech, presentation, statement, question, reply, point_of_order, "
            + "took_floor_again";

    private final ObjectMapper json = new ObjectMapper();
    private final MeetingFileReader reader = new MeetingFileReader();
    private final MeetingFileWriter writer = new MeetingFileWriter();

    @TempDir
    Path dir;

    /** Opened only by the tests that go through the store. */
    private Workers workers;
    private Store store;

    @AfterEach
    void closeStore() {
        if (workers != null) {
            workers.close();
        }
        if (store != null) {
            store.close();
        }
    }

    // --- files that are not meeting files at all -----------------------------------------------------------

    @Test
    void theShippedSampleIsReadWithoutComplaint() throws Exception {
        Meeting meeting = reader.read(new ByteArrayInputStream(sampleBytes()));

        assertEquals("Meeting of Government Experts in Preparation for MISPA III", meeting.title());
        assertEquals(10, meeting.parts().size());
    }

    @Test
    void malformedJsonIsRefusedWithTheLineAndColumnOfTheMistake() {
        // A comma forgotten at the end of a line deep inside the file, as a hand edit leaves it.
        List<String> lines = sampleText().lines().toList();
        int broken = indexOfLine(lines, "\"id\": \"entry-17\",");
        List<String> edited = new ArrayList<>(lines);
        edited.set(broken, lines.get(broken).substring(0, lines.get(broken).length() - 1));
        String text = String.join("\n", edited) + "\n";
        // Jackson stops at the first character of the next property, on the next line.
        int line = broken + 2;
        String next = lines.get(broken + 1);
        int column = next.length() - next.stripLeading().length() + 1;

        String message = refuse(text.getBytes(StandardCharsets.UTF_8));

        assertAll(() -> assertTrue(message.contains("not valid JSON"), message),
                () -> assertTrue(message.contains("line " + line + ", column " + column), message),
                () -> assertIsOneSentence(message));
    }

    @Test
    void aFileThatIsNotJsonAtAllIsRefusedAsNotJson() throws IOException {
        // The rapporteur picks the report itself instead of the meeting file.
        byte[] report;
        try (InputStream in = MeetingFileReaderTest.class.getResourceAsStream(
                "/seed/rapporteur-report-mispa-iii-experts.txt")) {
            assertNotNull(in, "the seed report is missing from the test resources");
            report = in.readAllBytes();
        }

        String message = refuse(report);

        assertAll(() -> assertTrue(message.contains("not valid JSON"), message),
                () -> assertTrue(message.contains("line 1, column"), message),
                () -> assertIsOneSentence(message));
    }

    @Test
    void aWordDocumentIsRefusedAsNotJson() {
        byte[] docx = {'P', 'K', 3, 4, 20, 0, 6, 0, 8, 0, 0, 0, 33, 0, (byte) 0xE1, (byte) 0x9B};

        String message = refuse(docx);

        assertAll(() -> assertTrue(message.contains("not valid JSON"), message),
                () -> assertIsOneSentence(message));
    }

    @Test
    void anEmptyFileIsRefusedAsEmpty() {
        String message = refuse(new byte[0]);

        assertAll(() -> assertTrue(message.contains("empty"), message),
                () -> assertIsOneSentence(message));
    }

    @Test
    void aFileOfOnlyBlankLinesIsRefusedAsEmpty() {
        String message = refuse("\n\n   \n".getBytes(StandardCharsets.UTF_8));

        assertTrue(message.contains("empty"), message);
    }

    @Test
    void aJsonArrayIsRefusedAsNotAMeetingFile() {
        String message = refuse("[" + sampleText() + "]");

        assertAll(() -> assertTrue(message.contains("not a Rapporteur meeting file"), message),
                () -> assertIsOneSentence(message));
    }

    // --- format and version --------------------------------------------------------------------------------

    @Test
    void aWrongFormatIsRefusedNamingTheFormatExpectedAndTheOneFound() {
        ObjectNode file = sample();
        file.put("format", "rapporteur-agenda");

        String message = refuse(file);

        assertAll(() -> assertTrue(message.contains("\"rapporteur-meeting\""), message),
                () -> assertTrue(message.contains("\"rapporteur-agenda\""), message),
                () -> assertIsOneSentence(message));
    }

    @Test
    void aMissingFormatIsRefusedAsMissing() {
        ObjectNode file = sample();
        file.remove("format");

        String message = refuse(file);

        assertAll(() -> assertTrue(message.contains("\"format\""), message),
                () -> assertTrue(message.contains("missing"), message));
    }

    @Test
    void aMissingVersionIsRefusedNamingTheVersionProperty() {
        ObjectNode file = sample();
        file.remove("version");

        String message = refuse(file);

        assertAll(() -> assertTrue(message.contains("\"version\""), message),
                () -> assertIsOneSentence(message));
    }

    @Test
    void anUnknownVersionIsRefusedNamingTheFilesVersionAndTheVersionsThisReaderReads() {
        ObjectNode file = sample();
        file.put("version", MeetingFileWriter.VERSION + 1);

        String message = refuse(file);

        assertAll(() -> assertTrue(message.contains("version " + (MeetingFileWriter.VERSION + 1)), message),
                () -> assertTrue(message.contains("versions 1 to " + MeetingFileWriter.VERSION), message));
    }

    /** The sample as an older version wrote it: without the persons' genders, which version 4 added. */
    private ObjectNode sampleBeforeVersionFour() {
        ObjectNode file = sample();
        file.withArray("/persons").forEach(p -> ((ObjectNode) p).remove("gender"));
        return file;
    }

    @Test
    void aVersionOneFileIsReadLikeTheSameFileInVersionTwo() throws Exception {
        ObjectNode file = sampleBeforeVersionFour();
        file.put("version", 1);

        Meeting asVersionOne = reader.read(bytes(file));

        ObjectNode asVersionTwo = sampleBeforeVersionFour();
        asVersionTwo.put("version", 2);
        assertEquals(reader.read(bytes(asVersionTwo)), asVersionOne);
    }

    @Test
    void aVersionThreeFileIsReadWithEveryoneOfUnspecifiedGenderAndNoNamesOfTheirOwn() throws Exception {
        ObjectNode file = sampleBeforeVersionFour();
        file.put("version", 3);

        Meeting read = reader.read(bytes(file));

        assertAll(() -> assertTrue(read.persons().stream().allMatch(p -> p.gender() == Gender.UNSPECIFIED)),
                () -> assertTrue(read.delegations().stream().allMatch(d -> d.names().isEmpty())));
    }

    @Test
    void aVersionThreeFileWithAGenderIsRefusedNamingThePlace() {
        ObjectNode file = sample();
        file.put("version", 3);

        String message = refuse(file);

        assertAll(() -> assertTrue(message.startsWith("persons[0]: "), message),
                () -> assertTrue(message.contains("\"gender\""), message),
                () -> assertTrue(message.contains("version 3"), message));
    }

    @Test
    void aVersionThreeFileWithNamesByLanguageIsRefusedNamingThePlace() {
        ObjectNode file = sampleBeforeVersionFour();
        file.put("version", 3);
        ((ObjectNode) file.at("/delegations/0")).putObject("names").putObject("es").put("name", "Antigua y Barbuda");

        String message = refuse(file);

        assertAll(() -> assertTrue(message.startsWith("delegations[0]: "), message),
                () -> assertTrue(message.contains("\"names\""), message));
    }

    @Test
    void gendersAndNamesByLanguageAreReadOntoThePersonsAndDelegations() throws Exception {
        ObjectNode file = sample();
        ObjectNode names = ((ObjectNode) file.at("/delegations/0")).putObject("names");
        names.putObject("fr").put("name", "Antigua-et-Barbuda");
        names.putObject("es").put("name", "Antigua y Barbuda").put("proseName", "Antigua y Barbuda");

        Meeting read = reader.read(bytes(file));

        assertAll(() -> assertEquals(Gender.MASCULINE, read.persons().get(0).gender()),
                () -> assertEquals(Gender.FEMININE, read.persons().get(2).gender()),
                () -> assertEquals(Map.of(Language.FR, new LocalName("Antigua-et-Barbuda", null),
                        Language.ES, new LocalName("Antigua y Barbuda", "Antigua y Barbuda")), read.delegations().get(0).names()));
    }

    @Test
    void aMisspelledGenderIsRefusedListingTheThreeThereAre() {
        ObjectNode file = sample();
        ((ObjectNode) file.at("/persons/0")).put("gender", "male");

        String message = refuse(file);

        assertAll(() -> assertTrue(message.contains("persons[0].gender"), message),
                () -> assertTrue(message.contains("unspecified, feminine, masculine"), message));
    }

    @Test
    void aNameInALanguageWithoutItsNameIsRefusedNamingThePlace() {
        ObjectNode file = sample();
        ((ObjectNode) file.at("/delegations/0")).putObject("names").putObject("pt").put("proseName", "a Antígua");

        String message = refuse(file);

        assertTrue(message.contains("delegations[0].names.pt.name"), message);
    }

    @Test
    void aVersionOneFileWithAnOverrideIsRefusedNamingThePlace() {
        ObjectNode file = sampleBeforeVersionFour();
        file.put("version", 1);
        ((ObjectNode) file.at("/parts/1/items/0/elections/0")).put("proseOverride", "Mr. X was elected.");

        String message = refuse(file);

        assertAll(() -> assertTrue(message.contains("parts[1].items[0].elections[0]"), message),
                () -> assertTrue(message.contains("\"proseOverride\""), message),
                () -> assertTrue(message.contains("version 1"), message));
    }

    @Test
    void aVersionTwoFileWithASpeakingLimitIsRefusedNamingThePlace() {
        ObjectNode file = sampleBeforeVersionFour();
        file.put("version", 2);
        ((ObjectNode) file.at("/parts/4/items/0")).put("speakingLimit", 180);

        String message = refuse(file);

        assertAll(() -> assertTrue(message.startsWith("parts[4].items[0]: "), message),
                () -> assertTrue(message.contains("\"speakingLimit\""), message),
                () -> assertTrue(message.contains("version 2"), message));
    }

    @Test
    void theChairsRulesAndPausesAreReadOntoTheItemAndItsRequests() throws Exception {
        ObjectNode file = sample();
        ObjectNode item = (ObjectNode) file.at("/parts/4/items/0");
        item.put("speakingLimit", 180).put("speakersListClosed", true);
        item.putArray("speakers").addObject().put("id", "request-1").put("kind", "regular").put("status", "speaking")
                .put("delegation", "mexico").put("startedAt", "2010-11-19T09:00:00").put("pausedSeconds", 30)
                .put("pausedAt", "2010-11-19T09:02:00");

        var read = reader.read(bytes(file)).parts().get(4).items().get(0);

        assertAll(() -> assertEquals(180, read.speakingLimitSeconds()),
                () -> assertTrue(read.speakersListClosed()),
                () -> assertEquals(30, read.speakers().get(0).pausedSeconds()),
                () -> assertEquals(java.time.Duration.ofSeconds(90),
                        read.speakers().get(0).spoken(java.time.LocalDateTime.of(2010, 11, 19, 9, 30))));
    }

    @Test
    void anOverrideIsReadOntoItsDecision() throws Exception {
        ObjectNode file = sample();
        ((ObjectNode) file.at("/parts/1/items/0/elections/0")).put("proseOverride", "Mr. X was elected.");

        Meeting meeting = reader.read(bytes(file));

        assertEquals("Mr. X was elected.", meeting.parts().get(1).items().get(0).elections().get(0).proseOverride());
    }

    // --- properties and values -----------------------------------------------------------------------------

    @Test
    void anUnknownPropertyIsRefusedNamingThePropertyAndItsPath() {
        ObjectNode file = sample();
        entry(file, 0, 0, 0).put("mood", "cheerful");

        String message = refuse(file);

        assertAll(() -> assertTrue(message.contains("\"mood\""), message),
                () -> assertTrue(message.startsWith("parts[0].items[0].entries[0]:"), message),
                () -> assertIsOneSentence(message));
    }

    @Test
    void anUnknownPropertyOfTheMeetingIsRefusedNamingThePropertyAndItsPath() {
        ObjectNode file = sample();
        ((ObjectNode) file.get("meeting")).put("chairman", "rodrigo-ubilla-mackenney");

        String message = refuse(file);

        assertAll(() -> assertTrue(message.contains("\"chairman\""), message),
                () -> assertTrue(message.startsWith("meeting:"), message));
    }

    @Test
    void aMisspelledEnumValueIsRefusedListingTheAllowedValues() {
        ObjectNode file = sample();
        entry(file, 0, 0, 0).put("kind", "spech");

        String message = refuse(file);

        assertAll(() -> assertTrue(message.contains("parts[0].items[0].entries[0].kind"), message),
                () -> assertTrue(message.contains("\"spech\""), message),
                () -> assertTrue(message.contains(ENTRY_KINDS), message),
                () -> assertIsOneSentence(message));
    }

    @Test
    void aDanglingReferenceIsRefusedNamingItsPathAndTheMissingId() {
        ObjectNode file = sample();
        entry(file, 0, 0, 0).put("person", "nobody");

        String message = refuse(file);

        assertAll(() -> assertTrue(message.contains("parts[0].items[0].entries[0].person"), message),
                () -> assertTrue(message.contains("\"nobody\""), message),
                () -> assertTrue(message.contains("person"), message),
                () -> assertIsOneSentence(message));
    }

    @Test
    void aDanglingReferenceInAListOfSecondersIsRefusedNamingItsPlaceInTheList() {
        ObjectNode file = sample();
        // parts[1] is the first session; its first item holds the three elections.
        ObjectNode election = (ObjectNode) file.at("/parts/1/items/0/elections/1");
        ((ArrayNode) election.get("secondedBy")).set(0, "guatamala");

        String message = refuse(file);

        assertAll(() -> assertTrue(message.contains("parts[1].items[0].elections[1].secondedBy[0]"), message),
                () -> assertTrue(message.contains("\"guatamala\""), message));
    }

    @Test
    void aDuplicateDelegationIdIsRefusedNamingTheIdAndWhereItIsUsedAgain() {
        ObjectNode file = sample();
        ArrayNode delegations = (ArrayNode) file.get("delegations");
        assertEquals("argentina", delegations.get(1).get("id").asText());
        ((ObjectNode) delegations.get(2)).put("id", "argentina");

        String message = refuse(file);

        assertAll(() -> assertTrue(message.contains("delegations[2].id"), message),
                () -> assertTrue(message.contains("\"argentina\""), message),
                () -> assertIsOneSentence(message));
    }

    @Test
    void aDateThatIsNotADateIsRefusedNamingThePathAndTheValue() {
        ObjectNode file = sample();
        ((ObjectNode) file.get("meeting")).put("startDate", "18 November 2010");

        String message = refuse(file);

        assertAll(() -> assertTrue(message.contains("meeting.startDate"), message),
                () -> assertTrue(message.contains("\"18 November 2010\""), message),
                () -> assertIsOneSentence(message));
    }

    @Test
    void aDayThatDoesNotExistIsRefusedAsABadDate() {
        ObjectNode file = sample();
        ((ObjectNode) file.at("/parts/3")).put("date", "2010-11-31");

        String message = refuse(file);

        assertAll(() -> assertTrue(message.contains("parts[3].date"), message),
                () -> assertTrue(message.contains("\"2010-11-31\""), message));
    }

    @Test
    void aMissingTitleIsRefusedNamingTheRequiredProperty() {
        ObjectNode file = sample();
        ((ObjectNode) file.get("meeting")).remove("title");

        String message = refuse(file);

        assertAll(() -> assertTrue(message.contains("meeting.title"), message),
                () -> assertTrue(message.contains("required"), message),
                () -> assertIsOneSentence(message));
    }

    @Test
    void aBlankTitleIsRefusedLikeAMissingOne() {
        ObjectNode file = sample();
        ((ObjectNode) file.get("meeting")).put("title", "   ");

        String message = refuse(file);

        assertTrue(message.contains("meeting.title"), message);
    }

    // --- odd text ------------------------------------------------------------------------------------------

    /** Text a rapporteur may paste: none of it may be changed, normalised or dropped on the way. */
    private static List<String> oddTexts() {
        StringBuilder huge = new StringBuilder(200_000);
        String chunk = "Paragraph of a very long statement —\tÜnïcödé, العربية, e\u0301, 🇹🇹 👏🏽.\n\n";
        while (huge.length() + chunk.length() <= 200_000) {
            huge.append(chunk);
        }
        while (huge.length() < 200_000) {
            huge.append('x');
        }
        return List.of(
                "Columns:\tChile\tColombia\t\tArgentina\t",
                "Control characters \u0001\u0002\u0007\b\f\u000B\u001B\u001F and DEL \u007F, C1 \u0085\u009F.",
                "Line endings: CR LF\r\nlone CR\rlone LF\nparagraph break\n\nend",
                "Unicode separators \u2028 line, \u2029 paragraph, BOM \uFEFF, zero width \u200B\u200C\u200D.",
                "Emoji: 👏🏽 🇹🇹 🇨🇱 👩🏽‍⚖️ 🧑‍🤝‍🧑 and a lone flag 🏳️‍🌈.",
                "قال ممثل الأمانة العامة: «الأمن العام مسؤولية مشتركة».\u200F (MISPA-III/RE/INF.3/10)",
                "Mixed \u202Bمرحبا بكم في سانتياغو\u202C then English, and \u2067عربي\u2069 isolated.",
                "Combining accents: Meji\u0301a Herna\u0301ndez is not Mejía Hernández; e\u0301\u0302\u0323; Z\u0324\u0354a\u0320.",
                "JSON specials: \"quoted\", back\\slash, /slash, a literal \\u0000 and \\n.",
                "   leading and trailing blanks   ",
                huge.toString());
    }

    @Test
    void oddTextInSummariesIsWrittenAndReadBackUnchanged() throws Exception {
        Meeting meeting = withSummaries(readSample(), oddTexts());

        Meeting back = reader.read(new ByteArrayInputStream(writer.toBytes(meeting)));

        assertEquals(oddTexts(), firstItem(back).entries().stream().map(Entry::summary).toList());
        assertEquals(200_000, firstItem(back).entries().getLast().summary().length());
    }

    @Test
    void oddTextInSummariesSurvivesTheStoreAndExportsToTheSameBytes() throws Exception {
        byte[] written = writer.toBytes(withSummaries(readSample(), oddTexts()));
        Path file = Files.write(dir.resolve("odd.rapporteur.json"), written);
        workers = Workers.sameThread();
        store = Store.open(dir.resolve("store"));
        MeetingService service = new MeetingService(store, workers);

        long id = service.importFile(file).join();
        Meeting loaded = service.loadMeeting(id).join();
        Path exported = service.exportJson(id, dir.resolve("again.rapporteur.json")).join();

        assertAll(() -> assertEquals(oddTexts(), firstItem(loaded).entries().stream().map(Entry::summary).toList()),
                () -> assertArrayEquals(written, Files.readAllBytes(exported)));
    }

    @Test
    void oddTextIsWrittenAsStrictUtf8WithControlCharactersEscaped() throws Exception {
        byte[] written = writer.toBytes(withSummaries(readSample(), oddTexts()));
        // Strict decoding: malformed UTF-8 (for instance emoji written as CESU-8 surrogates) is an error.
        String text = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(written)).toString();

        assertAll(() -> assertTrue(text.contains("قال ممثل الأمانة العامة"), "Arabic is written as is"),
                () -> assertTrue(text.contains("Meji\u0301a"), "combining accents are not normalised"),
                () -> assertTrue(text.contains("Columns:\\tChile"), "a tab is escaped"),
                () -> assertFalse(text.contains("\u0001"), "a raw control character would not be valid JSON"),
                () -> assertTrue(text.endsWith("}\n"), "the file ends with one newline"));
    }

    // --- helpers -------------------------------------------------------------------------------------------

    /** The sample with the first item's entries replaced by one entry per text, in order. */
    private static Meeting withSummaries(Meeting sample, List<String> summaries) {
        Part first = sample.parts().getFirst();
        AgendaItem item = first.items().getFirst();
        Entry model = item.entries().getFirst();
        List<Entry> entries = new ArrayList<>();
        long id = 1_000_000;
        for (String summary : summaries) {
            entries.add(new Entry(id++, EntryKind.SPEECH, model.personId(), model.delegationId(), null, null,
                    model.documentIds(), summary, null, null));
        }
        AgendaItem odd = new AgendaItem(item.id(), item.title(), item.documentId(), item.introduction(), entries,
                item.speakers(), item.elections(), item.adoptions(), item.proposals());
        Part part = new Part(first.id(), first.kind(), first.sessionNumber(), first.day(), first.date(),
                first.chairId(), first.chairCapacity(), first.introduction(), List.of(odd));
        List<Part> parts = new ArrayList<>(sample.parts());
        parts.set(0, part);
        return new Meeting(sample.id(), sample.facts(), sample.rapporteurId(), sample.participantsListId(),
                sample.delegations(), sample.persons(), sample.documents(), parts);
    }

    private static AgendaItem firstItem(Meeting meeting) {
        return meeting.parts().getFirst().items().getFirst();
    }

    // --- values the format forbids, refused before they reach the store --------------------------------------

    @Test
    void aNullInsideAListIsRefusedWithItsPlace() {
        ObjectNode file = sample();
        ((ArrayNode) file.at("/parts/2/items/0/entries")).addNull();

        String message = refuse(file);

        assertAll(() -> assertTrue(message.startsWith("parts[2].items[0].entries"), message),
                () -> assertTrue(message.contains("may not hold null"), message),
                () -> assertIsOneSentence(message));
    }

    @Test
    void aValueOfTheWrongKindIsRefusedInWordsNotJavaTypes() {
        ObjectNode file = sample();
        ((ObjectNode) file.at("/parts/1")).put("sessionNumber", "one");

        String message = refuse(file);

        assertAll(() -> assertEquals("parts[1].sessionNumber: this value should be a whole number.", message),
                () -> assertFalse(message.contains("java."), message));
    }

    @Test
    void aFractionalVersionIsNotReadAsVersionOne() {
        ObjectNode file = sample();
        file.put("version", 1.5);

        assertEquals("The meeting file has no \"version\": it cannot be read safely.", refuse(file));
    }

    @Test
    void aSessionNumberOrDayBelowOneIsRefused() {
        ObjectNode file = sample();
        ((ObjectNode) file.at("/parts/2")).put("day", 0);

        assertEquals("parts[2].day: 0 is not a number from 1 up.", refuse(file));
    }

    @Test
    void aVoteWithoutAllThreeCountsIsRefusedRatherThanReadAsZero() {
        ObjectNode file = sample();
        ((ObjectNode) file.at("/parts/1/items/0/elections/0")).putObject("votes").put("inFavour", 20).put("against", 3);

        assertEquals("parts[1].items[0].elections[0].votes: a vote needs all three counts (inFavour, against, abstentions).",
                refuse(file));
    }

    @Test
    void textLongerThanItsPlaceIsRefusedWithItsPlaceAndLength() {
        ObjectNode file = sample();
        ((ObjectNode) file.at("/persons/3")).put("title", "t".repeat(2001));
        entry(file, 6, 0, 0).put("summary", "x".repeat(1_000_001));

        assertEquals("persons[3].title: this text has 2001 characters; at most 2000 fit here.", refuse(file));
        ((ObjectNode) file.at("/persons/3")).put("title", "t".repeat(2000));
        assertEquals("parts[6].items[0].entries[0].summary: this text has 1000001 characters; at most 1000000 fit here.",
                refuse(file));
    }

    @Test
    void emojiAreWrittenAsCharactersNotAsEscapedSurrogatePairs() throws Exception {
        Meeting sample = readSample();
        Meeting withEmoji = withSummaries(sample, List.of("Applause \uD83D\uDC4F from the floor"));

        String written = new String(writer.toBytes(withEmoji), StandardCharsets.UTF_8);

        assertAll(() -> assertTrue(written.contains("Applause \uD83D\uDC4F from the floor"), "the emoji as UTF-8"),
                () -> assertFalse(written.contains("\\uD83D"), "no escaped surrogate"));
    }

    private Meeting readSample() throws MeetingFileException {
        return reader.read(new ByteArrayInputStream(sampleBytes()));
    }

    /** Refuses the file, and returns the message, which must never be empty. */
    private String refuse(byte[] file) {
        MeetingFileException e = assertThrows(MeetingFileException.class,
                () -> reader.read(new ByteArrayInputStream(file)));
        assertNotNull(e.getMessage());
        assertFalse(e.getMessage().isBlank());
        return e.getMessage();
    }

    private String refuse(String file) {
        return refuse(file.getBytes(StandardCharsets.UTF_8));
    }

    private String refuse(JsonNode file) {
        try {
            return refuse(json.writerWithDefaultPrettyPrinter().writeValueAsBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A message for a person: one line, ending as a sentence ends. */
    private static void assertIsOneSentence(String message) {
        assertFalse(message.contains("\n"), () -> "more than one line: " + message);
        assertTrue(message.endsWith("."), () -> "does not end as a sentence: " + message);
    }

    private InputStream bytes(JsonNode file) throws IOException {
        return new ByteArrayInputStream(json.writeValueAsBytes(file));
    }

    private ObjectNode sample() {
        try {
            return (ObjectNode) json.readTree(sampleBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode entry(ObjectNode file, int part, int item, int entry) {
        JsonNode node = file.at("/parts/" + part + "/items/" + item + "/entries/" + entry);
        assertTrue(node.isObject(), "the sample has no such entry");
        return (ObjectNode) node;
    }

    private static int indexOfLine(List<String> lines, String content) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().equals(content)) {
                return i;
            }
        }
        throw new AssertionError("the sample has no line " + content);
    }

    private static String sampleText() {
        return new String(sampleBytes(), StandardCharsets.UTF_8);
    }

    private static byte[] sampleBytes() {
        try (InputStream in = MeetingFileReaderTest.class.getResourceAsStream(SAMPLE)) {
            assertNotNull(in, "the shipped sample is missing");
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
