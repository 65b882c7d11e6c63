package org.rapporteur.report.docx;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.rapporteur.report.Annex;
import org.rapporteur.report.Block;
import org.rapporteur.report.BlockStyle;
import org.rapporteur.report.Masthead;
import org.rapporteur.report.Place;
import org.rapporteur.report.Report;
import org.rapporteur.report.ReportComposer;
import org.rapporteur.report.ReportOptions;
import org.rapporteur.service.SampleMeeting;

class DocxReportWriterTest {

    private static byte[] write(Report report) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DocxReportWriter().write(report, out);
        return out.toByteArray();
    }

    private static Report sample(ReportOptions options) {
        return new ReportComposer(SampleMeeting.load(), Locale.ENGLISH, options).compose();
    }

    private static Report oneBlock(String text) {
        return new Report(Locale.ENGLISH, new Masthead(List.of("A meeting"), List.of("Original: English")),
                List.of(Block.of(BlockStyle.BODY, text, Place.MEETING)));
    }

    /** The main part as a strict XML parser reads it: Word refuses what this refuses. */
    private static org.w3c.dom.Document mainPart(byte[] docx) throws Exception {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals("word/document.xml")) {
                    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
                    factory.setNamespaceAware(true);
                    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(zip.readAllBytes()));
                }
            }
        }
        throw new AssertionError("no word/document.xml");
    }

    @Test
    void textWithControlCharactersAndALoneSurrogateIsWrittenWithoutThemAndTheRestKept() throws Exception {
        byte[] docx = write(oneBlock("Brazil\u0001 noted\u0007 the \ud800draft\u000bof the Observatory Manual.\u0000"));

        mainPart(docx);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            XWPFParagraph p = doc.getParagraphs().getLast();
            assertEquals("Brazil noted the draft\nof the Observatory Manual.", p.getText());
        }
    }

    @Test
    void everyParagraphHasItsBlocksStyleAndNoFormattingOfItsOwn() throws IOException {
        Report report = sample(new ReportOptions(EnumSet.allOf(Annex.class), null));
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(write(report)))) {
            List<XWPFParagraph> paragraphs = doc.getParagraphs();
            List<Block> notInTables = report.blocks().stream().filter(b -> !b.style().isTableRow()).toList();
            assertEquals(notInTables.size(), paragraphs.size());
            for (int i = 0; i < paragraphs.size(); i++) {
                XWPFParagraph p = paragraphs.get(i);
                Block b = notInTables.get(i);
                CTPPr pPr = p.getCTP().getPPr();
                assertEquals(DocxReportWriter.STYLE_IDS.get(b.style()), p.getStyleID(), b.text());
                assertEquals(b.text(), p.getText());
                assertEquals(1, pPr.getDomNode().getChildNodes().getLength(), () -> "only the style is set on: " + b.text());
                for (XWPFRun run : p.getRuns()) {
                    assertFalse(run.getCTR().isSetRPr(), () -> "a run has formatting of its own: " + b.text());
                }
            }
        }
    }

    @Test
    void theMastheadIsATwoColumnTableOfTheTemplatesMastheadStyles() throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(write(sample(ReportOptions.plain()))))) {
            IBodyElement first = doc.getBodyElements().getFirst();
            assertTrue(first instanceof XWPFTable, "the masthead comes first");
            XWPFTable masthead = (XWPFTable) first;
            assertAll(() -> assertEquals("MastheadTable", masthead.getStyleID()),
                    () -> assertFalse(masthead.getCTTbl().getTblPr().isSetTblBorders(), "no borders of its own"),
                    () -> assertEquals(List.of("MastheadMeeting", "Masthead", "Masthead"),
                            masthead.getRow(0).getCell(0).getParagraphs().stream().map(XWPFParagraph::getStyleID).toList()),
                    () -> assertEquals(List.of("Meeting of Government Experts in Preparation for MISPA III", "November 18-19, 2010",
                            "Santiago, Chile"),
                            masthead.getRow(0).getCell(0).getParagraphs().stream().map(XWPFParagraph::getText).toList()),
                    () -> assertEquals("Original: English", masthead.getRow(0).getCell(1).getText().strip()));
        }
    }

    @Test
    void consecutiveTableRowsMakeOneTableInTheReportTableStyleWithItsHeadingRepeated() throws IOException {
        Report report = sample(new ReportOptions(EnumSet.of(Annex.STATISTICS), null));
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(write(report)))) {
            List<XWPFTable> tables = doc.getTables();
            XWPFTable statistics = tables.getLast();
            long rows = report.blocks().stream().filter(b -> b.style().isTableRow()).count();
            assertAll(() -> assertEquals(2, tables.size(), "the masthead and the statistics"),
                    () -> assertEquals("ReportTable", statistics.getStyleID()),
                    () -> assertEquals(rows, statistics.getRows().size()),
                    () -> assertTrue(statistics.getRow(0).isRepeatHeader()),
                    () -> assertEquals("Delegation", statistics.getRow(0).getCell(0).getText()),
                    () -> assertEquals("TableHeading", statistics.getRow(0).getCell(0).getParagraphs().getFirst().getStyleID()),
                    () -> assertEquals("TableText", statistics.getRow(1).getCell(0).getParagraphs().getFirst().getStyleID()));
        }
    }

    @Test
    void theReportsLanguageIsSetOnTheNormalStyle() throws IOException {
        Report spanish = new Report(Locale.forLanguageTag("es"), new Masthead(List.of("Reunión"), List.of()), List.of());
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(write(spanish)))) {
            assertEquals("es-ES", doc.getStyles().getStyle("Normal").getCTStyle().getRPr().getLangArray(0).getVal());
        }
    }

    @Test
    void theDocumentsTitleIsTheReportsTitle() throws IOException {
        try (InputStream in = new ByteArrayInputStream(write(sample(ReportOptions.plain())));
             XWPFDocument doc = new XWPFDocument(in)) {
            assertEquals("REPORT OF THE RAPPORTEUR", doc.getProperties().getCoreProperties().getTitle());
        }
    }
}
