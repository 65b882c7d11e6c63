package org.rapporteur.exchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the real files the import tests read: workbooks built with POI as Excel would save them, and CSV
 * text as bytes. In a row, a String is a text cell, a Number a number cell, a LocalDate a date cell shown as
 * 2010-11-18, and null no cell at all.
 */
final class SpreadsheetFiles {
    private SpreadsheetFiles() {
    }

    static List<Object> row(Object... cells) {
        return Arrays.asList(cells);
    }

    static Path xlsx(Path dir, String name, List<List<Object>> rows) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, xlsxBytes(rows));
        return file;
    }

    static byte[] xlsxBytes(List<List<Object>> rows) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("List");
            CellStyle dates = book.createCellStyle();
            dates.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                List<Object> cells = rows.get(r);
                for (int c = 0; c < cells.size(); c++) {
                    Object value = cells.get(c);
                    if (value instanceof String text) {
                        row.createCell(c).setCellValue(text);
                    } else if (value instanceof Number number) {
                        row.createCell(c).setCellValue(number.doubleValue());
                    } else if (value instanceof LocalDate date) {
                        row.createCell(c).setCellValue(date);
                        row.getCell(c).setCellStyle(dates);
                    }
                }
            }
            book.write(out);
            return out.toByteArray();
        }
    }

    /** The workbook as Excel saves it with "Encrypt with Password": an OLE2 container around the encrypted zip. */
    static Path encryptedXlsx(Path dir, String name, List<List<Object>> rows) throws Exception {
        byte[] plain = xlsxBytes(rows);
        Path file = dir.resolve(name);
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("secret");
            try (OutputStream data = encryptor.getDataStream(fs)) {
                data.write(plain);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }
        return file;
    }

    static Path csv(Path dir, String name, String text) throws IOException {
        return bytes(dir, name, text.getBytes(StandardCharsets.UTF_8));
    }

    static Path bytes(Path dir, String name, byte[] content) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, content);
        return file;
    }
}
