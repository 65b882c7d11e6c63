package org.rapporteur.exchange;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;
import org.rapporteur.text.Sentence;

/**
 * Reads the first sheet of an Excel workbook, or a CSV file, as rows of the text its cells show.
 *
 * <p>The format is told from the file's first bytes, not its name: secretariats rename files, and a
 * workbook saved as "list.csv" or a CSV named "list.xlsx" should still be read, or refused with a sentence
 * saying what it really is. Cells read as the spreadsheet shows them ({@link DataFormatter}), so a date is
 * "18/11/2010" and not 40500, and a formula gives its last computed value.
 */
final class SheetReader {
    /** Lists of a few thousand rows are a few hundred kilobytes; anything this big is the wrong file. */
    static final long LARGEST_FILE = 50L * 1024 * 1024;
    /** A merged cell spanning whole rows would otherwise be copied into 16,384 columns. */
    private static final int WIDEST_MERGE = 100;
    private static final int MAGIC_LENGTH = 64;

    private SheetReader() {
    }

    static List<SheetRow> read(Path file) throws ImportException {
        String name = String.valueOf(file.getFileName());
        byte[] bytes = bytesOf(file, name);
        if (bytes.length == 0) {
            throw new ImportException("import.empty", name);
        }
        // Padded: FileMagic compares a fixed number of bytes and would fail on a file of three.
        FileMagic magic = FileMagic.valueOf(Arrays.copyOf(bytes, Math.max(bytes.length, MAGIC_LENGTH)));
        if (magic == FileMagic.OOXML || magic == FileMagic.OLE2) {
            return workbookRows(bytes, name);
        }
        if (looksLikeWorkbookName(name)) {
            // Often a web page saved as ".xls" by a registration system, or a download cut short.
            throw new ImportException("import.notAWorkbook", name);
        }
        if (magic != FileMagic.UNKNOWN) {
            // A PDF, an image, a web page, an old Word file: some kind POI knows, and not a list.
            throw new ImportException("import.notASpreadsheet", name);
        }
        return csvRows(bytes, name);
    }

    private static byte[] bytesOf(Path file, String name) throws ImportException {
        try {
            if (Files.size(file) > LARGEST_FILE) {
                throw new ImportException("import.tooBig", name, String.valueOf(LARGEST_FILE / 1024 / 1024));
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ImportException(Sentence.of("import.noSuchFile", String.valueOf(file)), e);
        } catch (AccessDeniedException e) {
            throw new ImportException(Sentence.of("import.notAllowed", name), e);
        } catch (IOException e) {
            throw new ImportException(Sentence.of("import.cannotRead", name, String.valueOf(e.getMessage())), e);
        }
    }

    private static boolean looksLikeWorkbookName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".xlsx") || lower.endsWith(".xlsm") || lower.endsWith(".xls");
    }

    private static List<SheetRow> workbookRows(byte[] bytes, String name) throws ImportException {
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            if (book.getNumberOfSheets() == 0) {
                throw new ImportException("import.empty", name);
            }
            return sheetRows(book.getSheetAt(0));
        } catch (EncryptedDocumentException e) {
            throw new ImportException(Sentence.of("import.encrypted", name), e);
        } catch (IOException | RuntimeException e) {
            // POI says "not a workbook" in a dozen exception types (a .docx renamed, a truncated download…).
            throw new ImportException(Sentence.of("import.notAWorkbook", name), e);
        }
    }

    private static List<SheetRow> sheetRows(Sheet sheet) {
        DataFormatter shown = new DataFormatter();
        // A formula's last result as Excel saved it: evaluating could fail on functions POI lacks.
        shown.setUseCachedValuesForFormulaCells(true);
        Map<CellAddress, String> merged = mergedTexts(sheet, shown);
        int mergedWidth = merged.keySet().stream().mapToInt(a -> a.getColumn() + 1).max().orElse(0);
        List<SheetRow> rows = new ArrayList<>();
        for (Row row : sheet) {
            int width = Math.max(row.getLastCellNum(), mergedWidth);
            List<String> cells = new ArrayList<>(width);
            for (int column = 0; column < width; column++) {
                Cell cell = row.getCell(column);
                String text = cell == null ? "" : shown.formatCellValue(cell);
                cells.add(text.isEmpty() ? merged.getOrDefault(new CellAddress(row.getRowNum(), column), "") : text);
            }
            rows.add(new SheetRow(row.getRowNum() + 1, cells));
        }
        return rows;
    }

    /**
     * The text of each merged cell, for every place it covers: a delegation merged over the rows of its
     * three participants belongs to all three, though Excel keeps it only in the first.
     */
    private static Map<CellAddress, String> mergedTexts(Sheet sheet, DataFormatter shown) {
        Map<CellAddress, String> texts = new HashMap<>();
        for (CellRangeAddress range : sheet.getMergedRegions()) {
            Row first = sheet.getRow(range.getFirstRow());
            Cell topLeft = first == null ? null : first.getCell(range.getFirstColumn());
            String text = topLeft == null ? "" : shown.formatCellValue(topLeft);
            if (text.isEmpty()) {
                continue;
            }
            int lastRow = Math.min(range.getLastRow(), sheet.getLastRowNum());
            int lastColumn = Math.min(range.getLastColumn(), range.getFirstColumn() + WIDEST_MERGE);
            for (int r = range.getFirstRow(); r <= lastRow; r++) {
                for (int c = range.getFirstColumn(); c <= lastColumn; c++) {
                    texts.put(new CellAddress(r, c), text);
                }
            }
        }
        return texts;
    }

    private static List<SheetRow> csvRows(byte[] bytes, String name) throws ImportException {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new ImportException(Sentence.of("import.notUtf8", name), e);
        }
        if (text.indexOf('\0') >= 0) {
            // Valid UTF-8 can still be binary (a PDF's header, an image): text files hold no NUL.
            throw new ImportException("import.notASpreadsheet", name);
        }
        List<List<String>> records = CsvReader.rows(text);
        List<SheetRow> rows = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            rows.add(new SheetRow(i + 1, records.get(i)));
        }
        return rows;
    }
}
