package org.rapporteur.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rapporteur.text.Sentence;

/** CSV as Excel and LibreOffice write it, in either region's separator, including their quoting. */
class CsvReaderTest {

    @Test
    void commaSeparatedFieldsAreSplitAndEmptyOnesKept() throws ImportException {
        assertEquals(List.of(List.of("Name", "Delegation"), List.of("a", "", "b", "")),
                CsvReader.rows("Name,Delegation\na,,b,\n"));
    }

    @Test
    void theSeparatorIsTakenFromTheHeaderLineEvenWhenLaterLinesHoldMoreCommas() throws ImportException {
        assertEquals(List.of(List.of("Name", "Title"), List.of("Skinner-Klée, Jorge", "Ambassador, Guatemala, OAS")),
                CsvReader.rows("Name;Title\nSkinner-Klée, Jorge;Ambassador, Guatemala, OAS\n"));
    }

    @Test
    void aTabSeparatedHeaderMeansTabs() {
        assertEquals('\t', CsvReader.separatorOf("Symbol\tTitle\tDate, long\n"));
    }

    @Test
    void aHeaderWithoutSeparatorIsOneColumnSplitOnCommas() {
        assertEquals(',', CsvReader.separatorOf("Name\nX"));
    }

    @Test
    void separatorsInsideQuotesOfTheHeaderDoNotCount() {
        assertEquals(';', CsvReader.separatorOf("\"Name, full\";Title\n"));
    }

    @Test
    void aQuotedFieldHoldsTheSeparatorADoubledQuoteAndLineBreaks() throws ImportException {
        List<List<String>> rows = CsvReader.rows("Name;Title\n\"Pérez; Juan\";\"The \"\"Acting\"\" Chair\nof the CSH\"\nNext;x\n");
        assertEquals(List.of("Pérez; Juan", "The \"Acting\" Chair\nof the CSH"), rows.get(1));
        assertEquals(List.of("Next", "x"), rows.get(2));
        assertEquals(3, rows.size());
    }

    @Test
    void aByteOrderMarkIsNotPartOfTheFirstHeading() throws ImportException {
        assertEquals(List.of("Name", "Title"), CsvReader.rows("\uFEFFName,Title\r\n").get(0));
    }

    @Test
    void windowsOldMacAndUnixLineEndingsAllEndARow() throws ImportException {
        assertEquals(List.of(List.of("a"), List.of("b"), List.of("c"), List.of("d")),
                CsvReader.rows("a\r\nb\rc\nd"));
    }

    @Test
    void emptyLinesStayRowsSoThatRowNumbersMatchASpreadsheets() throws ImportException {
        List<List<String>> rows = CsvReader.rows("Name\n\nX\n");
        assertEquals(List.of(List.of("Name"), List.of(""), List.of("X")), rows);
    }

    @Test
    void aLastLineWithoutLineBreakIsARowAndATrailingLineBreakAddsNone() throws ImportException {
        assertEquals(2, CsvReader.rows("a,b\nc,\"d\"").size());
        assertEquals(2, CsvReader.rows("a,b\nc,d\n").size());
    }

    @Test
    void spacesBeforeAnOpeningQuoteAreLayout() throws ImportException {
        assertEquals(List.of("a", "b, c"), CsvReader.rows("a, \"b, c\"\n").get(0));
    }

    @Test
    void aQuoteInsideAnUnquotedFieldIsKeptAsWritten() throws ImportException {
        assertEquals(List.of("The 12\" screen", "x"), CsvReader.rows("The 12\" screen,x\n").get(0));
    }

    @Test
    void aQuoteNeverClosedRefusesTheFileNamingTheRowItOpensIn() {
        ImportException e = assertThrows(ImportException.class,
                () -> CsvReader.rows("Name,Title\nA,B\n\"C,D\nE,F\n"));
        assertEquals(Sentence.of("import.unclosedQuote", "3"), e.sentence());
    }
}
