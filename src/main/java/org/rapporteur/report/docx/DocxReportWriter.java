package org.rapporteur.report.docx;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.rapporteur.report.Block;
import org.rapporteur.report.BlockStyle;
import org.rapporteur.report.Masthead;
import org.rapporteur.report.Report;

/**
 * Writes a composed report as a Word document, from the template that ships with the application: its
 * styles (Times New Roman 11 pt, Title, Heading 1–3, List Bullet with a real bullet list, Header, …), its
 * page and its headers (none on the first page, "- 2 -" with a PAGE field on the others). Every paragraph
 * gets the template's style for its block and no formatting of its own, so a secretariat restyles the whole
 * report by changing a style, and Word's navigation pane and table of contents see its headings.
 */
public final class DocxReportWriter {
    static final String TEMPLATE = "report-template.docx";

    /** The template's paragraph style for each kind of block; Normal is the template's default. */
    static final Map<BlockStyle, String> STYLE_IDS = styleIds();

    /** The masthead's two columns on a 6.5-inch text width: the meeting, then the classification (twips). */
    private static final int[] MASTHEAD_COLUMNS = {5760, 3600};
    private static final int TEXT_WIDTH = 9360;

    public void write(Report report, OutputStream out) throws IOException {
        try (InputStream template = DocxReportWriter.class.getResourceAsStream(TEMPLATE)) {
            if (template == null) {
                throw new IllegalStateException("The report template " + TEMPLATE + " is missing from the application");
            }
            try (XWPFDocument doc = new XWPFDocument(template)) {
                emptyBody(doc);
                setLanguage(doc, report.locale());
                masthead(doc, report.masthead());
                blocks(doc, report.blocks());
                doc.getProperties().getCoreProperties().setTitle(XmlText.clean(title(report)));
                doc.write(out);
            }
        }
    }

    private static Map<BlockStyle, String> styleIds() {
        Map<BlockStyle, String> ids = new EnumMap<>(BlockStyle.class);
        ids.put(BlockStyle.TITLE, "Title");
        ids.put(BlockStyle.HEADING_1, "Heading1");
        ids.put(BlockStyle.HEADING_2, "Heading2");
        ids.put(BlockStyle.HEADING_3, "Heading3");
        ids.put(BlockStyle.ANNEX_TITLE, "AnnexTitle");
        ids.put(BlockStyle.DAY, "MeetingDay");
        ids.put(BlockStyle.CHAIR_LINE, "ChairLine");
        ids.put(BlockStyle.BODY, "Normal");
        ids.put(BlockStyle.SPEAKER, "SpeakerLine");
        ids.put(BlockStyle.BULLET, "ListBullet");
        ids.put(BlockStyle.TABLE_HEADER, "TableHeading");
        ids.put(BlockStyle.TABLE_ROW, "TableText");
        return Map.copyOf(ids);
    }

    /** The template's body holds one empty paragraph so Word opens it; the section (page, headers) stays. */
    private static void emptyBody(XWPFDocument doc) {
        for (int i = doc.getBodyElements().size() - 1; i >= 0; i--) {
            doc.removeBodyElement(i);
        }
    }

    /** Spelling and hyphenation follow the report's language, set once on the style every other is based on. */
    private static void setLanguage(XWPFDocument doc, Locale locale) {
        XWPFStyle normal = doc.getStyles().getStyle("Normal");
        CTRPr run = normal.getCTStyle().isSetRPr() ? normal.getCTStyle().getRPr() : normal.getCTStyle().addNewRPr();
        (run.sizeOfLangArray() > 0 ? run.getLangArray(0) : run.addNewLang()).setVal(languageTag(locale));
    }

    /** Word wants a language with its region; a bare language gets the region its OAS documents use. */
    private static String languageTag(Locale locale) {
        if (!locale.getCountry().isEmpty()) {
            return locale.toLanguageTag();
        }
        return switch (locale.getLanguage()) {
            case "es" -> "es-ES";
            case "fr" -> "fr-FR";
            case "pt" -> "pt-BR";
            default -> "en-US";
        };
    }

    /** A table without borders: the meeting at the left, the classification at the right. */
    private static void masthead(XWPFDocument doc, Masthead masthead) {
        XWPFTable table = doc.createTable(1, 2);
        table.setStyleID("MastheadTable");
        layout(table, MASTHEAD_COLUMNS);
        XWPFTableRow row = table.getRow(0);
        lines(row.getCell(0), masthead.meeting(), "MastheadMeeting", "Masthead");
        lines(row.getCell(1), masthead.classification(), "Classification", "Classification");
    }

    private static void lines(XWPFTableCell cell, List<String> lines, String firstStyle, String otherStyle) {
        XWPFParagraph paragraph = cell.getParagraphs().get(0);
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                paragraph = cell.addParagraph();
            }
            paragraph.setStyle(i == 0 ? firstStyle : otherStyle);
            text(paragraph, lines.get(i));
        }
    }

    private static void blocks(XWPFDocument doc, List<Block> blocks) {
        List<Block> rows = new ArrayList<>();
        for (Block block : blocks) {
            if (block.style().isTableRow()) {
                rows.add(block);
                continue;
            }
            if (!rows.isEmpty()) {
                table(doc, rows);
                rows.clear();
            }
            XWPFParagraph paragraph = doc.createParagraph();
            paragraph.setStyle(STYLE_IDS.get(block.style()));
            text(paragraph, block.text());
        }
        if (!rows.isEmpty()) {
            table(doc, rows);
        }
    }

    /** Consecutive rows as one table in the template's table style; its heading rows repeat on each page. */
    private static void table(XWPFDocument doc, List<Block> rows) {
        int columns = rows.stream().mapToInt(r -> r.cells().size()).max().orElse(1);
        XWPFTable table = doc.createTable(rows.size(), columns);
        table.setStyleID("ReportTable");
        int[] widths = widths(rows, columns);
        layout(table, widths);
        for (int r = 0; r < rows.size(); r++) {
            Block block = rows.get(r);
            XWPFTableRow row = table.getRow(r);
            if (block.style() == BlockStyle.TABLE_HEADER) {
                row.setRepeatHeader(true);
            }
            for (int c = 0; c < columns; c++) {
                XWPFParagraph paragraph = row.getCell(c).getParagraphs().get(0);
                paragraph.setStyle(STYLE_IDS.get(block.style()));
                text(paragraph, c < block.cells().size() ? block.cells().get(c) : "");
            }
        }
    }

    /**
     * Column widths in proportion to the longest text of each column, none narrower than a sixth of the
     * page: a symbol's column stays narrow beside a title's, a count's beside a delegation's name.
     */
    private static int[] widths(List<Block> rows, int columns) {
        int[] longest = new int[columns];
        for (Block row : rows) {
            for (int c = 0; c < row.cells().size(); c++) {
                longest[c] = Math.max(longest[c], row.cells().get(c).length());
            }
        }
        int sum = 0;
        for (int c = 0; c < columns; c++) {
            longest[c] = Math.max(longest[c], 1);
            sum += longest[c];
        }
        int narrowest = TEXT_WIDTH / 6;
        int[] widths = new int[columns];
        int used = 0;
        for (int c = 0; c < columns; c++) {
            widths[c] = Math.max(narrowest, TEXT_WIDTH * longest[c] / sum);
            used += widths[c];
        }
        // The widest column gives back what the minimums took, so the table spans the text width exactly.
        int widest = 0;
        for (int c = 1; c < columns; c++) {
            widest = widths[c] > widths[widest] ? c : widest;
        }
        widths[widest] -= used - TEXT_WIDTH;
        return widths;
    }

    /** Fixed column widths; the borders, if any, come from the table's style, not from the table itself. */
    private static void layout(XWPFTable table, int[] widths) {
        CTTblPr properties = table.getCTTbl().getTblPr() != null ? table.getCTTbl().getTblPr() : table.getCTTbl().addNewTblPr();
        if (properties.isSetTblBorders()) {
            properties.unsetTblBorders();
        }
        int total = 0;
        for (int w : widths) {
            total += w;
        }
        (properties.isSetTblW() ? properties.getTblW() : properties.addNewTblW()).setW(BigInteger.valueOf(total));
        properties.getTblW().setType(STTblWidth.DXA);
        (properties.isSetTblLayout() ? properties.getTblLayout() : properties.addNewTblLayout()).setType(STTblLayoutType.FIXED);
        CTTblGrid grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid() : table.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int w : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(w));
        }
        for (XWPFTableRow row : table.getRows()) {
            for (int c = 0; c < row.getTableCells().size() && c < widths.length; c++) {
                row.getCell(c).setWidth(String.valueOf(widths[c]));
            }
        }
    }

    /** The text in one run; line breaks and tabs become Word's own, characters XML cannot hold are dropped. */
    private static void text(XWPFParagraph paragraph, String text) {
        String clean = XmlText.clean(text);
        if (clean.isEmpty()) {
            return;
        }
        XWPFRun run = paragraph.createRun();
        String[] lines = clean.split("\n", -1);
        for (int l = 0; l < lines.length; l++) {
            if (l > 0) {
                run.addBreak();
            }
            String[] pieces = lines[l].split("\t", -1);
            for (int p = 0; p < pieces.length; p++) {
                if (p > 0) {
                    run.addTab();
                }
                if (!pieces[p].isEmpty()) {
                    run.setText(pieces[p], run.getCTR().sizeOfTArray());
                }
            }
        }
    }

    private static String title(Report report) {
        return report.blocks().stream().filter(b -> b.style() == BlockStyle.TITLE).map(Block::text).findFirst()
                .orElse("");
    }
}
