package org.rapporteur.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The command line, run in-process as Main runs it, on a real store in a temporary folder.
 *
 * <p>Output is read from picocli's writers ({@code setOut}/{@code setErr}), not from {@code System.out}:
 * the commands are expected to print through {@code spec.commandLine().getOut()}, as picocli's own
 * {@code --version} and {@code --help} already do.
 */
class CommandLineTest {
    private static final String SAMPLE_TITLE = "Meeting of Government Experts in Preparation for MISPA III";

    @TempDir
    Path temp;

    private Path store() {
        return temp.resolve("store");
    }

    /** One run of the command line: exit code, stdout and stderr. */
    private record Run(int exit, String out, String err) {
        List<String> outLines() {
            return out.lines().toList();
        }
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = RapporteurCommand.commandLine(folder -> fail("no window in this test"));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    private Run inStore(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--store";
        all[1] = store().toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return run(all);
    }

    private long addSample() {
        Run sample = inStore("sample");
        assertEquals(0, sample.exit(), () -> "sample failed: " + sample.err());
        assertTrue(sample.out().strip().matches("\\d+"),
                () -> "sample prints its id on the command line's out writer, not: [" + sample.out() + "]");
        return Long.parseLong(sample.out().strip());
    }

    /** A failure: non-zero exit, nothing on stdout, and one short sentence on stderr, no stack trace. */
    private static void assertOneSentenceFailure(Run run) {
        assertNotEquals(0, run.exit(), "the exit code says it failed");
        String err = run.err().strip();
        assertFalse(err.isEmpty(), "stderr says why");
        assertEquals(1, err.lines().count(), () -> "stderr is one line, not:\n" + run.err());
        assertTrue(err.length() <= 300, () -> "stderr is short, not " + err.length() + " characters: " + err);
        assertFalse(err.contains("Exception"), () -> "stderr names no exception: " + err);
        assertFalse(err.contains("at org."), () -> "stderr has no stack trace: " + err);
        assertEquals("", run.out(), "a failed command prints nothing on stdout");
    }

    @Test
    void generateAddsAMadeUpMeetingOfTheSizeAskedForAndPrintsItsId() {
        Run generated = inStore("generate", "--entries", "120", "--seed", "5");
        assertEquals(0, generated.exit(), generated::err);
        assertTrue(generated.out().strip().matches("\\d+"), generated::out);
        Run list = inStore("list");
        assertEquals(List.of(generated.out().strip() + "\tSynthetic Meeting of 120 Entries (seed 5)"), list.outLines());
        Run zero = inStore("generate", "--entries", "0");
        assertEquals(2, zero.exit(), "a size below one is a mistyped command line");
        assertTrue(zero.err().contains("--entries must be at least 1"), zero::err);
    }

    @Test
    void versionPrintsTheApplicationsNameAndExitsZero() {
        Run run = run("--version");

        assertEquals(0, run.exit());
        assertTrue(run.out().startsWith("Rapporteur "), () -> "version line: " + run.out());
        assertEquals("", run.err());
    }

    @Test
    void helpOfACommandPrintsWhatItTakes() {
        Run run = run("help", "export");

        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("--format"), run.out());
        assertTrue(run.out().contains("docx"), run.out());
    }

    @Test
    void samplePrintsTheNewMeetingsIdAndExitsZero() {
        Run run = inStore("sample");

        assertEquals(0, run.exit(), () -> "stderr: " + run.err());
        assertTrue(run.out().strip().matches("\\d+"), () -> "stdout is just the id: [" + run.out() + "]");
    }

    @Test
    void listPrintsTheIdATabAndTheTitleOfEachMeeting() {
        long id = addSample();

        Run run = inStore("list");

        assertEquals(0, run.exit(), () -> "stderr: " + run.err());
        assertEquals(List.of(id + "\t" + SAMPLE_TITLE), run.outLines());
    }

    @Test
    void listOfANewStorePrintsNothing() {
        Run run = inStore("list");

        assertEquals(0, run.exit(), () -> "stderr: " + run.err());
        assertEquals("", run.out());
    }

    @Test
    void exportAsJsonWritesAMeetingFile() throws IOException {
        long id = addSample();
        Path file = temp.resolve("out").resolve("mispa.rapporteur.json");

        Run run = inStore("export", Long.toString(id), "--format", "json", "--out", file.toString());

        assertEquals(0, run.exit(), () -> "stderr: " + run.err());
        assertTrue(Files.isRegularFile(file), "the file is written, its folder created");
        String json = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(json.replaceFirst("^\\{\\s*", "{").startsWith("{\"format\": \"rapporteur-meeting\""),
                () -> "the file opens with its format: " + json.substring(0, Math.min(80, json.length())));
    }

    @Test
    void exportAsDocxWritesTheReportWithTheAnnexesAskedFor() throws IOException {
        long id = addSample();
        Path file = temp.resolve("out").resolve("report.docx");

        Run run = inStore("export", Long.toString(id), "--format", "docx", "--out", file.toString(),
                "--annex", "documents,statistics", "--date", "2010-12-01");

        assertEquals(0, run.exit(), () -> "stderr: " + run.err());
        assertEquals("", run.err());
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(file))) {
            List<String> paragraphs = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            String classification = doc.getTables().getFirst().getRow(0).getCell(1).getParagraphs().getFirst().getText();
            assertAll(() -> assertTrue(paragraphs.contains("ANNEX I: LIST OF DOCUMENTS"), paragraphs::toString),
                    () -> assertTrue(paragraphs.contains("ANNEX II: SPEAKERS' STATISTICS"), paragraphs::toString),
                    () -> assertFalse(paragraphs.contains("ANNEX III: DECISIONS"), "only the annexes asked for"),
                    () -> assertEquals("December 1, 2010", classification));
        }
    }

    @Test
    void exportAsDocxInAnotherLanguageWritesTheReportsOwnWordsInIt() throws IOException {
        long id = addSample();
        Path file = temp.resolve("rapport.docx");

        Run run = inStore("export", Long.toString(id), "--format", "docx", "--language", "fr", "--annex", "statistics",
                "--date", "2010-12-01", "--out", file.toString());

        assertEquals(0, run.exit(), () -> "stderr: " + run.err());
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(file))) {
            List<String> paragraphs = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            var classification = doc.getTables().getFirst().getRow(0).getCell(1).getParagraphs().stream()
                    .map(XWPFParagraph::getText).toList();
            assertAll(() -> assertTrue(paragraphs.contains("I. PREMIÈRE SÉANCE"), paragraphs::toString),
                    () -> assertTrue(paragraphs.contains("ANNEXE I\u00a0: STATISTIQUES DES INTERVENTIONS"), paragraphs::toString),
                    () -> assertEquals(List.of("1er décembre 2010", "Original\u00a0: anglais"), classification));
        }
    }

    @Test
    void exportAsXlsxWritesTheSpeakingStatisticsInTheLanguageAskedFor() throws IOException {
        long id = addSample();
        Path file = temp.resolve("estatisticas.xlsx");

        Run run = inStore("export", Long.toString(id), "--format", "xlsx", "--language", "pt", "--out", file.toString());

        assertEquals(0, run.exit(), () -> "stderr: " + run.err());
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(file))) {
            var sheet = book.getSheetAt(0);
            assertAll(() -> assertEquals("Estatísticas das intervenções", sheet.getSheetName()),
                    () -> assertEquals("Delegação ou orador", sheet.getRow(0).getCell(0).getStringCellValue()),
                    () -> assertTrue(java.util.stream.IntStream.rangeClosed(1, sheet.getLastRowNum())
                            .mapToObj(r -> sheet.getRow(r).getCell(0).getStringCellValue()).toList()
                            .containsAll(List.of("Brasil", "Secretaria-Geral da OEA", "Estados Unidos")), "the names in Portuguese"));
        }
    }

    @Test
    void anUnknownLanguageIsAMistypedCommandLine() {
        long id = addSample();

        Run run = inStore("export", Long.toString(id), "--format", "docx", "--language", "de", "--out",
                temp.resolve("r.docx").toString());

        assertEquals(2, run.exit(), run.err());
        assertTrue(run.err().contains("en, es, fr, pt"), run.err());
    }

    @Test
    void exportAsDocxWithAnUnknownAnnexIsAMistypedCommandLine() {
        long id = addSample();
        Path file = temp.resolve("report.docx");

        Run run = inStore("export", Long.toString(id), "--format", "docx", "--out", file.toString(), "--annex", "minutes");

        assertEquals(2, run.exit());
        assertTrue(run.err().contains("documents, participants, decisions, statistics"), run::err);
        assertFalse(Files.exists(file));
    }

    @Test
    void importOfAnExportedFilePrintsANewIdAndTheStoreThenListsTwoMeetings() {
        long first = addSample();
        Path file = temp.resolve("mispa.rapporteur.json");
        Run export = inStore("export", Long.toString(first), "--format", "json", "--out", file.toString());
        assertEquals(0, export.exit(), () -> "stderr: " + export.err());

        Run imported = inStore("import", file.toString());

        assertEquals(0, imported.exit(), () -> "stderr: " + imported.err());
        assertTrue(imported.out().strip().matches("\\d+"), () -> "import prints the new id, not: [" + imported.out() + "]");
        long second = Long.parseLong(imported.out().strip());
        assertNotEquals(first, second, "the import is a new meeting");
        Run list = inStore("list");
        assertEquals(2, list.outLines().size(), () -> "list: " + list.out());
        assertTrue(list.outLines().contains(first + "\t" + SAMPLE_TITLE), list::out);
        assertTrue(list.outLines().contains(second + "\t" + SAMPLE_TITLE), list::out);
    }

    @Test
    void exportOfAnUnknownIdFailsWithOneSentenceAndWritesNoFile() {
        addSample();
        Path file = temp.resolve("none.rapporteur.json");

        Run run = inStore("export", "999999", "--format", "json", "--out", file.toString());

        assertOneSentenceFailure(run);
        assertTrue(run.err().contains("999999"), () -> "the sentence names the id: " + run.err());
        assertFalse(Files.exists(file), "no file is written");
    }

    @Test
    void importOfAMissingFileFailsWithOneSentence() {
        Path missing = temp.resolve("no-such.rapporteur.json");

        Run run = inStore("import", missing.toString());

        assertOneSentenceFailure(run);
        assertTrue(run.err().contains("no-such.rapporteur.json"), () -> "the sentence names the file: " + run.err());
    }

    @Test
    void importOfMalformedJsonFailsWithOneSentenceAndAddsNothing() throws IOException {
        Path broken = temp.resolve("broken.rapporteur.json");
        Files.writeString(broken, "{\"format\": \"rapporteur-meeting\", \"version\": 1, \"meeting\": {\"title\": ",
                StandardCharsets.UTF_8);

        Run run = inStore("import", broken.toString());

        assertOneSentenceFailure(run);
        assertTrue(run.err().contains("broken.rapporteur.json"), () -> "the sentence names the file: " + run.err());
        Run list = inStore("list");
        assertEquals("", list.out(), "nothing was imported");
    }

    @Test
    void anUnknownCommandFailsWithOneSentence() {
        Run run = inStore("frobnicate");

        assertOneSentenceFailure(run);
        assertTrue(run.err().contains("frobnicate"), () -> "the sentence names what was not understood: " + run.err());
    }

    @Test
    void exportWithoutOutFailsWithOneSentence() {
        long id = addSample();

        Run run = inStore("export", Long.toString(id), "--format", "json");

        assertOneSentenceFailure(run);
        assertTrue(run.err().contains("--out"), () -> "the sentence names the missing option: " + run.err());
    }
}
