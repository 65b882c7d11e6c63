package org.rapporteur.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.service.TestBackends;
import org.rapporteur.model.Delegation;
import org.rapporteur.model.DelegationKind;
import org.rapporteur.model.Document;
import org.rapporteur.model.DocumentKind;
import org.rapporteur.model.Entry;
import org.rapporteur.model.EntryKind;
import org.rapporteur.model.Language;
import org.rapporteur.model.Meeting;
import org.rapporteur.model.MeetingFacts;
import org.rapporteur.model.Person;
import org.rapporteur.model.Venue;
import org.rapporteur.report.Annex;
import org.rapporteur.report.ReportOptions;
import org.rapporteur.service.Backend;
import org.rapporteur.service.Workers;

/**
 * The hostile corpus through the store, the meeting file (export and import) and the Word report: every
 * string comes back as it went in (the store and the file are exact), and the report always reopens with POI
 * and converts with LibreOffice.
 */
class HostileTextTest {
    private static final String NAME = "Robert'); DROP TABLE meeting;--";

    @TempDir
    Path temp;

    @Test
    void everyHostileStringSurvivesTheStoreTheMeetingFileAndTheReport() throws Exception {
        List<String> corpus = HostileCorpus.strings();
        // PostgreSQL's text cannot hold NUL or half a surrogate pair: a shared meeting keeps U+FFFD in their place.
        List<String> expected = corpus.stream().map(TestBackends::asStored).toList();
        long meetingId;
        Meeting stored;
        try (Backend backend = TestBackends.open(temp.resolve("store"), Workers.sameThread())) {
            meetingId = backend.edits().createMeeting(new MeetingFacts("<w:p>Hostile & \u0000 meeting</w:p>",
                    "Organization of American States", null, null, null, new Venue("Santiago", "Chile"),
                    LocalDate.of(2010, 11, 18), LocalDate.of(2010, 11, 19), Language.EN, null), 1, 1).join();
            long delegation = backend.edits().addDelegation(meetingId, new Delegation(null, "<w:t>Chile</w:t> 🇨🇱", null,
                    DelegationKind.MEMBER_STATE, true, List.of())).join();
            long person = backend.edits().addPerson(meetingId, new Person(null, NAME, "Mr.", "Head of \uD800 Delegation",
                    delegation)).join();
            long document = backend.edits().addDocument(meetingId, new Document(null, "CP/doc.1\u0007/10",
                    "Title with \f form feed", DocumentKind.WORKING_DOCUMENT)).join();
            long item = backend.meetings().loadMeeting(meetingId).join().sessions().get(0).items().get(0).id();
            for (int i = 0; i < corpus.size(); i++) {
                backend.edits().addEntry(item, i, new Entry(null, EntryKind.STATEMENT, person, delegation, null,
                        corpus.get(i).substring(0, Math.min(40, corpus.get(i).length())),
                        List.of(document), corpus.get(i), null, null)).join();
            }
            stored = backend.meetings().loadMeeting(meetingId).join();
            assertEquals(expected, summaries(stored), "the store gives back every string exactly");
            assertEquals(NAME, stored.persons().get(0).name());

            Path file = temp.resolve("hostile.rapporteur.json");
            backend.meetings().exportJson(meetingId, file).join();
            Path docx = temp.resolve("hostile.docx");
            backend.reports().exportDocx(meetingId, docx, new ReportOptions(EnumSet.allOf(Annex.class), null)).join();
            assertReopensWithPoi(docx);
            LibreOffice.assertConvertsToPdf(docx, temp);
        }
        try (Backend fresh = TestBackends.open(temp.resolve("second store"), Workers.sameThread())) {
            long imported = fresh.meetings().importFile(temp.resolve("hostile.rapporteur.json")).join();
            Meeting back = fresh.meetings().loadMeeting(imported).join();
            assertEquals(expected, summaries(back), "the meeting file carries every string exactly");
            assertEquals(stored.title(), back.title());
            assertEquals(stored.persons().get(0).title(), back.persons().get(0).title());
        }
    }

    private static List<String> summaries(Meeting meeting) {
        return meeting.entries().map(Entry::summary).toList();
    }

    private static void assertReopensWithPoi(Path docx) throws Exception {
        try (InputStream in = Files.newInputStream(docx); XWPFDocument document = new XWPFDocument(in);
             XWPFWordExtractor text = new XWPFWordExtractor(document)) {
            String all = text.getText();
            assertTrue(all.contains("DROP TABLE meeting;--"), "the name is printed as text");
            assertTrue(all.contains("<w:p><w:r><w:t>injected paragraph</w:t></w:r></w:p>"), "markup is printed as text");
            assertTrue(all.contains("مرحبا بالعالم"), "right-to-left text is kept");
            assertTrue(all.contains("👨‍👩‍👧"), "emoji sequences are kept");
        }
    }
}
