package org.rapporteur.exchange;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.rapporteur.exchange.SpreadsheetFiles.csv;
import static org.rapporteur.exchange.SpreadsheetFiles.row;
import static org.rapporteur.exchange.SpreadsheetFiles.xlsx;
import static org.rapporteur.model.DocumentKind.INFORMATION_DOCUMENT;
import static org.rapporteur.model.DocumentKind.OTHER;
import static org.rapporteur.model.DocumentKind.RESOLUTION;
import static org.rapporteur.model.DocumentKind.WORKING_DOCUMENT;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.text.Sentence;

/**
 * The meeting's documents, from a spreadsheet or pasted out of an e-mail or Word, one a line, each with its
 * kind guessed from how OAS symbols are spelled.
 */
class DocumentsImportTest {

    @TempDir
    Path dir;

    @Test
    void aListPastedInTheSeedReportsStyleGivesSymbolsTitlesAndKinds() {
        DocumentsPreview preview = DocumentsImport.parsePasted("""
                MISPA-III/RE/doc. 2/10 Rev.1\tDraft Agenda
                MISPA-III/RE/INF.12/10 – Safe Chile
                AG/RES. 2540 (XL-O/10)
                """);

        assertEquals(List.of(
                new DocumentRow(1, "MISPA-III/RE/doc. 2/10 Rev.1", "Draft Agenda", WORKING_DOCUMENT),
                new DocumentRow(2, "MISPA-III/RE/INF.12/10", "Safe Chile", INFORMATION_DOCUMENT),
                new DocumentRow(3, "AG/RES. 2540 (XL-O/10)", null, RESOLUTION)), preview.rows());
        assertEquals(List.of(), preview.problems());
    }

    @Test
    void twoSpacesOrAHyphenBetweenSpacesEndTheSymbolButASingleSpaceDoesNot() {
        List<DocumentRow> rows = DocumentsImport.parsePasted(
                "CP/doc. 4512/10   Report of the Chair - Annex\r\nCP/RES. 970 (1763/10) - Support\r\n").rows();

        assertAll(
                () -> assertEquals("CP/doc. 4512/10", rows.get(0).symbol()),
                () -> assertEquals("Report of the Chair - Annex", rows.get(0).title(), "only the first separator splits"),
                () -> assertEquals("CP/RES. 970 (1763/10)", rows.get(1).symbol()),
                () -> assertEquals("Support", rows.get(1).title()));
    }

    @Test
    void blankLinesBulletsAndAHeadingsLineAreSkippedAndLinesKeepTheirNumbers() {
        DocumentsPreview preview = DocumentsImport.parsePasted("Symbol\tTitle\n\n  \n• CIM/doc.1/10\tAgenda\n\u00A0\nOther\n");

        assertEquals(List.of(new DocumentRow(4, "CIM/doc.1/10", "Agenda", WORKING_DOCUMENT),
                new DocumentRow(6, "Other", null, OTHER)), preview.rows());
    }

    @Test
    void aSymbolTwiceIsReportedWithTheLineItFirstCameIn() {
        DocumentsPreview preview = DocumentsImport.parsePasted("""
                MISPA-III/RE/doc. 2/10\tDraft Agenda
                MISPA-III/RE/INF.12/10\tSafe Chile
                mispa-iii/re/DOC.  2/10\tProyecto de temario
                """);

        assertEquals(List.of(1, 2), preview.rows().stream().map(DocumentRow::line).toList());
        assertEquals(List.of(new RowProblem(3, Sentence.of("import.duplicateSymbol", "mispa-iii/re/DOC. 2/10", "1"))),
                preview.problems());
    }

    @Test
    void theKindIsGuessedFromTheSymbol() {
        assertAll(
                () -> assertEquals(WORKING_DOCUMENT, DocumentsImport.kindOf("MISPA-III/RE/doc.2/10")),
                () -> assertEquals(WORKING_DOCUMENT, DocumentsImport.kindOf("OEA/Ser.G CP/DOC. 4512/10 corr. 1")),
                () -> assertEquals(INFORMATION_DOCUMENT, DocumentsImport.kindOf("MISPA-III/RE/inf. 3/10")),
                () -> assertEquals(RESOLUTION, DocumentsImport.kindOf("AG/RES. 2540 (XL-O/10)")),
                () -> assertEquals(RESOLUTION, DocumentsImport.kindOf("CP/RES. 970 (1763/10)")),
                () -> assertEquals(RESOLUTION, DocumentsImport.kindOf("CIM/RES. 256 (XXXV-O/10)")),
                () -> assertEquals(OTHER, DocumentsImport.kindOf("CIDH/Informe de poderes. 1")),
                () -> assertEquals(OTHER, DocumentsImport.kindOf("Final report")));
    }

    @Test
    void aSpreadsheetWithSpanishHeadingsIsRead() throws Exception {
        Path file = xlsx(dir, "documentos.xlsx", List.of(
                row("Signatura", "Título"),
                row("MISPA-III/RE/doc. 2/10 Rev.1", "Proyecto de temario"),
                row("MISPA-III/RE/INF.12/10", null)));

        DocumentsPreview preview = DocumentsImport.read(file);

        assertEquals(List.of(
                new DocumentRow(2, "MISPA-III/RE/doc. 2/10 Rev.1", "Proyecto de temario", WORKING_DOCUMENT),
                new DocumentRow(3, "MISPA-III/RE/INF.12/10", null, INFORMATION_DOCUMENT)), preview.rows());
    }

    @Test
    void aCsvWithEnglishHeadingsReportsARowWithoutSymbolAndATooLongTitle() throws Exception {
        Path file = csv(dir, "documents.csv", "Title,Symbol\nDraft Agenda,CP/doc.1/10\nNo symbol,\n"
                + "t".repeat(2001) + ",CP/doc.2/10\nSafe Chile,CP/INF.3/10\n");

        DocumentsPreview preview = DocumentsImport.read(file);

        assertEquals(List.of(2, 5), preview.rows().stream().map(DocumentRow::line).toList());
        assertEquals(List.of(new RowProblem(3, Sentence.of("import.noSymbol")),
                new RowProblem(4, Sentence.of("import.tooLong", Sentence.of("import.column.documentTitle"), "2001", "2000"))),
                preview.problems());
    }

    @Test
    void aSpreadsheetWithoutASymbolColumnIsRefusedWhole() throws Exception {
        Path file = csv(dir, "people.csv", "Name,Title\nA,B\n");

        ImportException e = assertThrows(ImportException.class, () -> DocumentsImport.read(file));

        assertEquals(Sentence.of("import.noSymbolColumn", "people.csv", "10"), e.sentence());
    }

    @Test
    void nothingPastedIsAnEmptyPreview() {
        assertEquals(new DocumentsPreview(List.of(), List.of()), DocumentsImport.parsePasted("\n \n"));
        assertEquals(new DocumentsPreview(List.of(), List.of()), DocumentsImport.parsePasted(null));
    }
}
