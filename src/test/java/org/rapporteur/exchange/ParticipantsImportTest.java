package org.rapporteur.exchange;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rapporteur.exchange.SpreadsheetFiles.csv;
import static org.rapporteur.exchange.SpreadsheetFiles.row;
import static org.rapporteur.exchange.SpreadsheetFiles.xlsx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.model.Delegation;
import org.rapporteur.model.DelegationKind;
import org.rapporteur.text.Sentence;

/**
 * A secretariat's list of participants, as .xlsx or .csv in the languages of the OAS, read into a preview:
 * the persons it holds, matched to delegations, and each row that cannot be read with its row number.
 */
class ParticipantsImportTest {

    private static final Delegation CHILE = new Delegation(1L, "Chile", null, DelegationKind.MEMBER_STATE, true,
            List.of());
    private static final Delegation ST_KITTS = new Delegation(2L, "Saint Kitts and Nevis", null,
            DelegationKind.MEMBER_STATE, true, List.of("St. Kitts and Nevis", "St. Kitts"));
    private static final List<Delegation> MEETING = List.of(CHILE, ST_KITTS);

    @TempDir
    Path dir;

    @Test
    void anEnglishListIsReadWithEveryColumnAndTheSpreadsheetsRowNumbers() throws Exception {
        Path file = xlsx(dir, "participants.xlsx", List.of(
                row("Name", "Honorific", "Title", "Delegation"),
                row("Patricio Tudela", "Mr.", "Head of the Studies Division, Ministry of the Interior", "Chile"),
                row("Jorge Skinner-Klée", "Ambassador", "Permanent Representative", "St. Kitts and Nevis")));

        ParticipantsPreview preview = ParticipantsImport.read(file, MEETING);

        assertEquals(List.of(
                new ParticipantRow(2, "Patricio Tudela", "Mr.", "Head of the Studies Division, Ministry of the Interior",
                        "Chile", CHILE, false),
                new ParticipantRow(3, "Jorge Skinner-Klée", "Ambassador", "Permanent Representative",
                        "St. Kitts and Nevis", ST_KITTS, false)), preview.rows());
        assertEquals(List.of(), preview.problems());
    }

    @Test
    void spanishHeadingsAreFoundWhateverTheirCaseAndAccents() throws Exception {
        Path file = xlsx(dir, "participantes.xlsx", List.of(
                row("NOMBRE", "Tratamiento", "Cargo", "DELEGACION"),
                row("María Pérez", "Sra.", "Subsecretaria de Prevención del Delito", "Chile")));

        ParticipantRow read = ParticipantsImport.read(file, MEETING).rows().get(0);

        assertEquals(new ParticipantRow(2, "María Pérez", "Sra.", "Subsecretaria de Prevención del Delito", "Chile",
                CHILE, false), read);
    }

    @Test
    void frenchAndPortugueseHeadingsAreFoundToo() throws Exception {
        Path french = csv(dir, "fr.csv", "Nom;Civilité;Fonction;Délégation\nJean Dupont;M.;Conseiller;Haïti\n");
        Path portuguese = csv(dir, "pt.csv", "Nome,Tratamento,Função,Delegação\nAna Souza,Sr.ª,Ministra,Brasil\n");

        ParticipantRow jean = ParticipantsImport.read(french, MEETING).rows().get(0);
        ParticipantRow ana = ParticipantsImport.read(portuguese, MEETING).rows().get(0);

        assertAll(
                () -> assertEquals("Conseiller", jean.title()),
                () -> assertEquals("Haiti", jean.matched().name(), "Haïti is the roster's Haiti, accents aside"),
                () -> assertEquals("Sr.ª", ana.honorific()),
                () -> assertEquals("Brazil", ana.matched().name(), "an alias on the roster"));
    }

    @Test
    void withoutAnHonorificColumnAKnownHonorificIsSplitOffTheName() throws Exception {
        Path file = xlsx(dir, "names.xlsx", List.of(
                row("Name", "Delegation"),
                row("Ambassador Jorge Skinner-Klée", "Chile"),
                row("Brigadier General Jean Dupont", "Chile"),
                row("Lieutenant Colonel Ana Souza", "Chile"),
                row("Sra. María Pérez", "Chile"),
                row("Mrs. Jane Doe", "Chile"),
                row("H.E. Ambassador Paul Smith", "Chile"),
                row("Mme Claire Martin", "Chile"),
                row("Sr.ª Rita Lopes", "Chile"),
                row("Marco Generale", "Chile"),
                row("Minister", "Chile")));

        List<ParticipantRow> rows = ParticipantsImport.read(file, MEETING).rows();

        assertEquals(List.of("Ambassador|Jorge Skinner-Klée", "Brigadier General|Jean Dupont", "Lieutenant Colonel|Ana Souza",
                "Sra.|María Pérez", "Mrs.|Jane Doe", "H.E. Ambassador|Paul Smith", "Mme|Claire Martin", "Sr.ª|Rita Lopes",
                "null|Marco Generale", "null|Minister"), rows.stream().map(r -> r.honorific() + "|" + r.name()).toList());
    }

    @Test
    void withAnHonorificColumnTheNameIsLeftAsWritten() throws Exception {
        Path file = csv(dir, "p.csv", "Name,Honorific\nDr. Who,\n");

        ParticipantRow read = ParticipantsImport.read(file, MEETING).rows().get(0);

        assertEquals("Dr. Who", read.name());
        assertNull(read.honorific());
    }

    @Test
    void delegationsAreMatchedInTheMeetingThenOnTheRosterElseKeptAsNewObservers() throws Exception {
        Path file = xlsx(dir, "delegations.xlsx", List.of(
                row("Name", "Country"),
                row("A", "ST. KITTS AND NEVIS"),
                row("B", "Barbados"),
                row("C", "AMERIPOL"),
                row("D", null)));

        List<ParticipantRow> rows = ParticipantsImport.read(file, MEETING).rows();

        assertAll(
                () -> assertSame(ST_KITTS, rows.get(0).matched(), "the meeting's own, by alias"),
                () -> assertFalse(rows.get(0).newDelegation()),
                () -> assertEquals("Barbados", rows.get(1).matched().name(), "found on the roster only"),
                () -> assertNull(rows.get(1).matched().id()),
                () -> assertTrue(rows.get(1).newDelegation()),
                () -> assertEquals("AMERIPOL", rows.get(2).delegationName()),
                () -> assertNull(rows.get(2).matched(), "found nowhere: a new observer"),
                () -> assertTrue(rows.get(2).newDelegation()),
                () -> assertNull(rows.get(3).delegationName(), "of no delegation, like the secretariat's staff"),
                () -> assertNull(rows.get(3).matched()),
                () -> assertFalse(rows.get(3).newDelegation()));
    }

    @Test
    void aRowWithoutNameAndATooLongTitleAreReportedByRowWhileTheOthersAreRead() throws Exception {
        Path file = xlsx(dir, "faulty.xlsx", List.of(
                row("Name", "Title", "Delegation"),
                row("Patricio Tudela", "Head of Division", "Chile"),
                row(null, "Adviser", "Chile"),
                row("Ana Souza", "x".repeat(2001), "Chile"),
                row("Jean Dupont", "Adviser", "Chile")));

        ParticipantsPreview preview = ParticipantsImport.read(file, MEETING);

        assertEquals(List.of(2, 5), preview.rows().stream().map(ParticipantRow::line).toList());
        assertEquals(List.of(
                new RowProblem(3, Sentence.of("import.noName")),
                new RowProblem(4, Sentence.of("import.tooLong", Sentence.of("import.column.title"), "2001", "2000"))),
                preview.problems());
        assertEquals("Row 4: The title has 2001 characters; at most 2000 fit.", preview.problems().get(1).said().in(Locale.ROOT));
    }

    @Test
    void aTooLongNameOrHonorificIsReportedToo() throws Exception {
        Path file = csv(dir, "long.csv", "Name,Honorific\n" + "n".repeat(501) + ",Mr.\nX," + "h".repeat(201) + "\n");

        List<RowProblem> problems = ParticipantsImport.read(file, MEETING).problems();

        assertEquals(List.of(
                new RowProblem(2, Sentence.of("import.tooLong", Sentence.of("import.column.name"), "501", "500")),
                new RowProblem(3, Sentence.of("import.tooLong", Sentence.of("import.column.honorific"), "201", "200"))),
                problems);
    }

    @Test
    void theSamePersonOfTheSameDelegationTwiceIsReportedWithTheFirstRow() throws Exception {
        Path file = xlsx(dir, "twice.xlsx", List.of(
                row("Name", "Delegation"),
                row("Jorge Skinner-Klée", "Saint Kitts and Nevis"),
                row("Ana Souza", "Chile"),
                row("JORGE  SKINNER-KLÉE", "St. Kitts"),
                row("Ana Souza", "AMERIPOL")));

        ParticipantsPreview preview = ParticipantsImport.read(file, MEETING);

        assertEquals(List.of(2, 3, 5), preview.rows().stream().map(ParticipantRow::line).toList(),
                "the same name in another delegation is another person");
        assertEquals(List.of(new RowProblem(4, Sentence.of("import.duplicateParticipant", "2"))), preview.problems());
    }

    @Test
    void emptyRowsAreSkippedSilentlyAndTheRowsAfterThemKeepTheirNumbers() throws Exception {
        Path sheet = xlsx(dir, "gaps.xlsx", List.of(row("Name"), row("A"), row(), row((Object) null), row("  "),
                row("B")));
        Path text = csv(dir, "gaps.csv", "Name;Title\nA;x\n\n;\n \u00A0;\nB;y\n");

        ParticipantsPreview fromSheet = ParticipantsImport.read(sheet, MEETING);
        ParticipantsPreview fromText = ParticipantsImport.read(text, MEETING);

        assertEquals(List.of(2, 6), fromSheet.rows().stream().map(ParticipantRow::line).toList());
        assertEquals(List.of(2, 6), fromText.rows().stream().map(ParticipantRow::line).toList());
        assertEquals(List.of(), fromSheet.problems());
        assertEquals(List.of(), fromText.problems());
    }

    @Test
    void aSemicolonCsvWithBomAndQuotedFieldsIsRead() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        String text = "Nombre;Cargo;País\r\n"
                + "Sra. Pérez;\"Directora, \"\"Seguridad\"\"\r\nCiudadana\";Chile\r\n"
                + "Jean Dupont;Conseiller;Barbados\r\n";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(bom);
        bytes.write(text.getBytes(StandardCharsets.UTF_8));
        Path file = SpreadsheetFiles.bytes(dir, "excel-es.csv", bytes.toByteArray());

        List<ParticipantRow> rows = ParticipantsImport.read(file, MEETING).rows();

        assertEquals(new ParticipantRow(2, "Pérez", "Sra.", "Directora, \"Seguridad\" Ciudadana", "Chile", CHILE, false),
                rows.get(0), "the line break inside the cell is layout, read as a space");
        assertEquals(3, rows.get(1).line(), "a row, not a line of text: the quoted line break does not count");
    }

    @Test
    void cellsHoldingNumbersDatesAndFormulasReadAsTheSpreadsheetShowsThem() throws Exception {
        Path file = xlsx(dir, "typed.xlsx", List.of(
                row("Name", "Title", "Delegation"),
                row(1234567, LocalDate.of(2010, 11, 18), "Chile"),
                row("Ana Souza", 42, 7.5)));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(Files.readAllBytes(file)))) {
            Cell formula = book.getSheetAt(0).createRow(3).createCell(0);
            formula.setCellFormula("\"Jean \"&\"Dupont\"");
            book.getCreationHelper().createFormulaEvaluator().evaluateAll();
            try (var out = Files.newOutputStream(file)) {
                book.write(out);
            }
        }

        List<ParticipantRow> rows = ParticipantsImport.read(file, MEETING).rows();

        assertAll(
                () -> assertEquals("1234567", rows.get(0).name()),
                () -> assertEquals("2010-11-18", rows.get(0).title()),
                () -> assertEquals("42", rows.get(1).title()),
                () -> assertEquals("7.5", rows.get(1).delegationName()),
                () -> assertEquals("Jean Dupont", rows.get(2).name(), "a formula reads as its value"));
    }

    @Test
    void aDelegationMergedOverSeveralRowsBelongsToEachOfThem() throws Exception {
        Path file = dir.resolve("merged.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(); var out = Files.newOutputStream(file)) {
            Sheet sheet = book.createSheet();
            String[][] cells = {{"Delegation", "Name"}, {"Chile", "A"}, {null, "B"}, {"Barbados", "C"}};
            for (int r = 0; r < cells.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < 2; c++) {
                    if (cells[r][c] != null) {
                        row.createCell(c).setCellValue(cells[r][c]);
                    }
                }
            }
            sheet.addMergedRegion(new CellRangeAddress(1, 2, 0, 0));
            book.write(out);
        }

        List<ParticipantRow> rows = ParticipantsImport.read(file, MEETING).rows();

        assertEquals(List.of("Chile", "Chile", "Barbados"), rows.stream().map(ParticipantRow::delegationName).toList());
    }

    @Test
    void titleRowsAboveTheHeaderAreNotParticipants() throws Exception {
        Path file = xlsx(dir, "titled.xlsx", List.of(
                row("Third Meeting of Ministers Responsible for Public Security in the Americas"),
                row("List of participants"),
                row(),
                row("Name", "Delegation"),
                row("Ana Souza", "Chile")));

        ParticipantsPreview preview = ParticipantsImport.read(file, MEETING);

        assertEquals(List.of(new ParticipantRow(5, "Ana Souza", null, null, "Chile", CHILE, false)), preview.rows());
        assertEquals(List.of(), preview.problems());
    }

    @Test
    void givenNamesAndSurnamesInTwoColumnsAreJoinedGivenNamesFirst() throws Exception {
        Path french = csv(dir, "fr.csv", "Prénom,Nom,Pays\nJean,Dupont,Haiti\n");
        Path spanish = csv(dir, "es.csv", "Nombre,Apellidos,País\nMaría,Pérez Soto,Chile\n");
        Path english = csv(dir, "en.csv", "Full name,First name,Last name\nX Y,Jane,Doe\n");

        assertAll(
                () -> assertEquals("Jean Dupont", ParticipantsImport.read(french, MEETING).rows().get(0).name()),
                () -> assertEquals("María Pérez Soto", ParticipantsImport.read(spanish, MEETING).rows().get(0).name()),
                () -> assertEquals("Jane Doe", ParticipantsImport.read(english, MEETING).rows().get(0).name()));
    }

    @Test
    void aListWithoutANameColumnIsRefusedWhole() throws Exception {
        Path file = xlsx(dir, "wrong.xlsx", List.of(row("Symbol", "Title"), row("CP/doc.1", "Agenda")));

        ImportException e = assertThrows(ImportException.class, () -> ParticipantsImport.read(file, MEETING));

        assertEquals(Sentence.of("import.noNameColumn", "wrong.xlsx", "10"), e.sentence());
    }

    @Test
    void garbageBytesNamedXlsxAreRefusedWithASentenceNotAStackTrace() throws Exception {
        byte[] garbage = new byte[4096];
        new Random(7).nextBytes(garbage);
        Path file = SpreadsheetFiles.bytes(dir, "participants.xlsx", garbage);

        ImportException e = assertThrows(ImportException.class, () -> ParticipantsImport.read(file, MEETING));

        assertEquals(Sentence.of("import.notAWorkbook", "participants.xlsx"), e.sentence());
        assertTrue(e.sentence().in(Locale.ROOT).startsWith("The file participants.xlsx is named like an Excel workbook"));
    }

    @Test
    void aWordDocumentRenamedXlsxIsRefusedAsNoWorkbook() throws Exception {
        Path file = dir.resolve("participants.xlsx");
        try (XWPFDocument doc = new XWPFDocument(); var out = Files.newOutputStream(file)) {
            doc.createParagraph().createRun().setText("List of participants");
            doc.write(out);
        }

        ImportException e = assertThrows(ImportException.class, () -> ParticipantsImport.read(file, MEETING));

        assertEquals(Sentence.of("import.notAWorkbook", "participants.xlsx"), e.sentence());
    }

    @Test
    void aWorkbookProtectedByAPasswordIsRefusedSayingSo() throws Exception {
        Path file = SpreadsheetFiles.encryptedXlsx(dir, "secret.xlsx", List.of(row("Name"), row("A")));

        ImportException e = assertThrows(ImportException.class, () -> ParticipantsImport.read(file, MEETING));

        assertEquals(Sentence.of("import.encrypted", "secret.xlsx"), e.sentence());
    }

    @Test
    void aCsvSavedInTheWindowsCodePageIsRefusedWithHowToSaveItAsUtf8() throws Exception {
        Path file = SpreadsheetFiles.bytes(dir, "ansi.csv", "Name\nMaría Pérez\n".getBytes(StandardCharsets.ISO_8859_1));

        ImportException e = assertThrows(ImportException.class, () -> ParticipantsImport.read(file, MEETING));

        assertEquals(Sentence.of("import.notUtf8", "ansi.csv"), e.sentence());
    }

    @Test
    void anEmptyOrMissingFileIsRefusedWithASentence() throws Exception {
        Path empty = csv(dir, "empty.csv", "");
        Path blank = csv(dir, "blank.csv", ";;\n ; \n");

        assertAll(
                () -> assertEquals(Sentence.of("import.empty", "empty.csv"),
                        assertThrows(ImportException.class, () -> ParticipantsImport.read(empty, MEETING)).sentence()),
                () -> assertEquals(Sentence.of("import.empty", "blank.csv"),
                        assertThrows(ImportException.class, () -> ParticipantsImport.read(blank, MEETING)).sentence()),
                () -> assertEquals("import.noSuchFile", assertThrows(ImportException.class,
                        () -> ParticipantsImport.read(dir.resolve("gone.xlsx"), MEETING)).sentence().key()));
    }

    @Test
    void fiveHundredParticipantsAreAllRead() throws Exception {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(row("Name", "Honorific", "Title", "Delegation"));
        List<String> states = List.of("Chile", "Barbados", "St. Kitts", "AMERIPOL", "Perú");
        for (int i = 1; i <= 500; i++) {
            rows.add(row("Participant " + i, i % 2 == 0 ? "Mr." : "Ms.", "Adviser " + i, states.get(i % states.size())));
        }
        Path file = xlsx(dir, "five-hundred.xlsx", rows);

        ParticipantsPreview preview = ParticipantsImport.read(file, MEETING);

        assertEquals(500, preview.rows().size());
        assertEquals(List.of(), preview.problems());
        assertEquals(new ParticipantRow(501, "Participant 500", "Mr.", "Adviser 500", "Chile", CHILE, false),
                preview.rows().get(499));
    }

    @Test
    void theSentencesOfAnImportAreInTheBundle() {
        List<Sentence> all = List.of(Sentence.of("import.notASpreadsheet", "x"), Sentence.of("import.tooBig", "x", "50"),
                Sentence.of("import.notAllowed", "x"), Sentence.of("import.cannotRead", "x", "y"),
                Sentence.of("import.noSymbolColumn", "x", "10"), Sentence.of("import.noSymbol"),
                Sentence.of("import.duplicateSymbol", "x", "2"),
                Sentence.of("import.tooLong", Sentence.of("import.column.delegation"), "1", "2"),
                Sentence.of("import.tooLong", Sentence.of("import.column.symbol"), "1", "2"),
                Sentence.of("import.tooLong", Sentence.of("import.column.documentTitle"), "1", "2"));
        all.forEach(s -> assertFalse(s.in(Locale.ROOT).contains("{"), s.key()));
    }
}
