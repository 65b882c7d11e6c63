package org.rapporteur.report.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.rapporteur.report.SpeakingStatistics;

/**
 * The speaking statistics as an Excel sheet a secretariat can sort and chart: one row per delegation or speaker,
 * interventions, points of order, and the time as a real duration (a number Excel shows as h:mm:ss and can add
 * up), then a total row.
 */
public final class StatisticsWorkbook {

    /** The sheet's words, in the reader's language. */
    public record Labels(String sheet, String speaker, String interventions, String pointsOfOrder, String time,
                         String total) {
    }

    public void write(List<SpeakingStatistics.Row> rows, Labels labels, OutputStream out) throws IOException {
        try (Workbook book = new XSSFWorkbook()) {
            Sheet sheet = book.createSheet(WorkbookUtil.createSafeSheetName(labels.sheet()));
            CellStyle head = book.createCellStyle();
            Font bold = book.createFont();
            bold.setBold(true);
            head.setFont(bold);
            CellStyle duration = book.createCellStyle();
            duration.setDataFormat(book.createDataFormat().getFormat("[h]:mm:ss"));
            CellStyle totalDuration = book.createCellStyle();
            totalDuration.cloneStyleFrom(duration);
            totalDuration.setFont(bold);

            Row header = sheet.createRow(0);
            List<String> names = List.of(labels.speaker(), labels.interventions(), labels.pointsOfOrder(), labels.time());
            for (int c = 0; c < names.size(); c++) {
                header.createCell(c).setCellValue(names.get(c));
                header.getCell(c).setCellStyle(head);
            }
            int r = 1;
            int interventions = 0;
            int points = 0;
            long seconds = 0;
            for (SpeakingStatistics.Row row : rows) {
                Row line = sheet.createRow(r++);
                line.createCell(0).setCellValue(row.speaker());
                line.createCell(1).setCellValue(row.interventions());
                line.createCell(2).setCellValue(row.pointsOfOrder());
                line.createCell(3).setCellValue(days(row.time().toSeconds()));
                line.getCell(3).setCellStyle(duration);
                interventions += row.interventions();
                points += row.pointsOfOrder();
                seconds += row.time().toSeconds();
            }
            Row total = sheet.createRow(r);
            total.createCell(0).setCellValue(labels.total());
            total.createCell(1).setCellValue(interventions);
            total.createCell(2).setCellValue(points);
            total.createCell(3).setCellValue(days(seconds));
            for (int c = 0; c < 3; c++) {
                total.getCell(c).setCellStyle(head);
            }
            total.getCell(3).setCellStyle(totalDuration);
            sheet.createFreezePane(0, 1);
            for (int c = 0; c < names.size(); c++) {
                sheet.autoSizeColumn(c);
            }
            book.write(out);
        }
    }

    /** Excel keeps a duration as a fraction of a day. */
    private static double days(long seconds) {
        return seconds / 86_400.0;
    }
}
