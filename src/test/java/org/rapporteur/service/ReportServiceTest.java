package org.rapporteur.service;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.stream.Stream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.model.Entry;
import org.rapporteur.model.Language;
import org.rapporteur.model.Meeting;
import org.rapporteur.report.Annex;
import org.rapporteur.report.ReportOptions;
import org.rapporteur.text.Sentence;

/** The report's use cases on a real store in a temporary folder: what is written, and what a failure leaves. */
class ReportServiceTest {
    @TempDir
    Path temp;

    private Backend backend;
    private long sample;

    @BeforeEach
    void openStoreWithTheSample() {
        backend = TestBackends.open(temp.resolve("store"), Workers.sameThread());
        sample = backend.meetings().addSample().join();
    }

    @AfterEach
    void close() {
        backend.close();
    }

    private static ServiceException failure(Runnable export) {
        CompletionException e = assertThrows(CompletionException.class, export::run);
        return assertInstanceOf(ServiceException.class, Problems.cause(e));
    }

    private static List<String> paragraphs(Path docx) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(docx))) {
            return doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
        }
    }

    private static List<Path> listed(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }

    @Test
    void exportingWritesAWordFileThatReopensAndLeavesNoTemporaryFileBehind() throws IOException {
        Path target = temp.resolve("out/report.docx");

        Path written = backend.reports().exportDocx(sample, target, new ReportOptions(EnumSet.allOf(Annex.class), null)).join();

        assertAll(() -> assertEquals(target.toAbsolutePath(), written),
                () -> assertEquals(List.of(target.toAbsolutePath()), listed(target.getParent())),
                () -> assertTrue(paragraphs(target).contains("REPORT OF THE RAPPORTEUR")),
                () -> assertTrue(paragraphs(target).contains("ANNEX IV: SPEAKERS' STATISTICS")));
    }

    @Test
    void theReportIsWrittenInTheLanguageChosenAndInTheMeetingsOwnByDefault() throws IOException {
        Path spanish = temp.resolve("informe.docx");
        Path english = temp.resolve("report.docx");

        backend.reports().exportDocx(sample, spanish, ReportOptions.plain().in(Language.ES)).join();
        backend.reports().exportDocx(sample, english, ReportOptions.plain()).join();

        List<String> inSpanish = paragraphs(spanish);
        List<String> inEnglish = paragraphs(english);
        assertAll(() -> assertTrue(inSpanish.contains("I. PRIMERA SESIÓN"), inSpanish::toString),
                () -> assertTrue(inSpanish.contains("INFORME DEL RELATOR"), inSpanish::toString),
                () -> assertTrue(inEnglish.contains("I. FIRST SESSION"), inEnglish::toString));
    }

    @Test
    void exportingAgainReplacesTheOldFile() throws IOException {
        Path target = temp.resolve("report.docx");
        Files.writeString(target, "an older report");

        backend.reports().exportDocx(sample, target, ReportOptions.plain()).join();

        assertTrue(paragraphs(target).contains("CLOSING CEREMONY"));
    }

    @Test
    void aReadOnlyFolderGetsASentenceAndTheOldFileIsLeftAsItWas() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("read-only"));
        Path target = folder.resolve("report.docx");
        byte[] old = "the report sent yesterday".getBytes();
        Files.write(target, old);
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeFalse(Files.isWritable(folder), "this runs as root, who may write into a read-only folder anyway");

            ServiceException e = failure(() -> backend.reports().exportDocx(sample, target, ReportOptions.plain()).join());

            assertAll(() -> assertEquals(Sentence.of("write.folderReadOnly", folder.toAbsolutePath().toString()), e.sentence()),
                    () -> assertArrayEquals(old, Files.readAllBytes(target)),
                    () -> assertEquals(List.of(target), listed(folder)));
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void aFolderWhereTheFileShouldBeGetsASentenceAndIsLeftAlone() throws IOException {
        Path target = Files.createDirectories(temp.resolve("report.docx"));
        Files.writeString(target.resolve("inside.txt"), "kept");

        ServiceException e = failure(() -> backend.reports().exportDocx(sample, target, ReportOptions.plain()).join());

        assertAll(() -> assertEquals("write.isFolder", e.sentence().key()),
                () -> assertEquals("kept", Files.readString(target.resolve("inside.txt"))),
                () -> assertEquals(List.of(target), listed(temp).stream().filter(p -> !p.endsWith("store")).toList()));
    }

    @Test
    void aFullDiskIsSaidToBeFull() throws IOException {
        Path full = Path.of("/dev/full");
        assumeTrue(Files.exists(full), "no /dev/full here to fill");
        IOException noSpace = assertThrows(IOException.class, () -> {
            try (OutputStream out = Files.newOutputStream(full)) {
                out.write(new byte[8192]);
                out.flush();
            }
        });

        Sentence said = SafeFile.writeFailure(noSpace, temp.resolve("report.docx"), temp);

        assertEquals("write.diskFull", said.key(), () -> "the system said: " + noSpace.getMessage());
    }

    @Test
    void aTargetTheSystemWillNotReplaceIsSaidToBeOpenElsewhere() {
        // What Windows answers when Word holds the file open; Linux replaces an open file, so it cannot be provoked here.
        FileSystemException held = new FileSystemException("report.docx", null,
                "The process cannot access the file because it is being used by another process");

        assertEquals("write.inUse", SafeFile.moveFailure(held, temp.resolve("report.docx")).key());
    }

    @Test
    void aFailureOfTheWriterLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path target = temp.resolve("meeting.rapporteur.json");
        Files.writeString(target, "yesterday's");

        assertThrows(ServiceException.class, () -> SafeFile.write(target, out -> {
            out.write("half a file".getBytes());
            throw new IOException("the writer broke");
        }));

        assertAll(() -> assertEquals("yesterday's", Files.readString(target)),
                () -> assertEquals(List.of(target), listed(temp).stream().filter(p -> !p.endsWith("store")).toList()));
    }

    @Test
    void controlCharactersTypedIntoASummaryReachTheWordFileWithoutThemAndTheRestOfTheSummaryIntact() throws IOException {
        Meeting meeting = backend.meetings().loadMeeting(sample).join();
        Entry first = meeting.entries().findFirst().orElseThrow();
        String typed = "Pasted\u0001 from\u0008 a web page\u001b, with a form feed\u000c and a bell\u0007.";
        backend.edits().updateEntry(new Entry(first.id(), first.kind(), first.personId(), first.delegationId(), first.speakerTitle(),
                first.subject(), first.documentIds(), typed, first.startedAt(), first.endedAt())).join();
        Path target = temp.resolve("report.docx");

        backend.reports().exportDocx(sample, target, ReportOptions.plain()).join();

        assertTrue(paragraphs(target).contains("Pasted from a web page, with a form feed\n and a bell."), () -> {
            try {
                return paragraphs(target).toString();
            } catch (IOException e) {
                return e.toString();
            }
        });
    }

    @Test
    void theDraftCheckOfTheStoredSampleFindsWhatTheSeedGotWrong() {
        List<String> said = backend.reports().check(sample).join().stream().map(w -> w.sentence().in(Locale.ENGLISH)).toList();

        assertAll(() -> assertEquals(13, said.size(), said::toString),
                () -> assertTrue(said.contains("Session II has no chair.")));
    }

    @Test
    void theReportIsComposedCheckedAndWrittenOnTheReaderPool() {
        List<String> ranOnReader = new ArrayList<>();
        Workers sameThread = Workers.sameThread();
        Workers recording = new Workers() {
            @Override
            public ScheduledExecutorService writer() {
                return sameThread.writer();
            }

            @Override
            public Executor reader() {
                return task -> {
                    ranOnReader.add("task");
                    task.run();
                };
            }

            @Override
            public void close() {
                sameThread.close();
            }
        };
        backend.close();
        backend = TestBackends.open(temp.resolve("store"), recording);

        backend.reports().exportDocx(sample, temp.resolve("r.docx"), ReportOptions.plain()).join();
        backend.reports().compose(sample, ReportOptions.plain()).join();
        backend.reports().check(sample).join();

        assertEquals(3, ranOnReader.size());
    }
}
