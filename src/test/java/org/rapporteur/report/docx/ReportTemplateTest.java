package org.rapporteur.report.docx;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/** The template the application ships is the one its sources describe, and carries the styles the writer needs. */
class ReportTemplateTest {

    private static byte[] shipped() throws IOException {
        try (InputStream in = DocxReportWriter.class.getResourceAsStream(DocxReportWriter.TEMPLATE)) {
            assertNotNull(in, "the template is missing from the application's resources");
            return in.readAllBytes();
        }
    }

    @Test
    void theShippedTemplateHoldsExactlyThePartsOfItsSources() throws IOException {
        Map<String, byte[]> inZip = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(shipped()))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                inZip.put(e.getName(), zip.readAllBytes());
            }
        }
        Map<String, byte[]> sources = ReportTemplateSources.parts();
        assertEquals(List.copyOf(sources.keySet()), List.copyOf(inZip.keySet()),
                "the template's parts differ from its sources: run ReportTemplateSources again");
        sources.forEach((name, bytes) -> assertArrayEquals(bytes, inZip.get(name),
                name + " differs from its source: run ReportTemplateSources again"));
    }

    @Test
    void everyStyleTheWriterUsesIsInTheTemplateUnderWordsOwnNamesWhereWordHasOne() throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(shipped()))) {
            XWPFStyles styles = doc.getStyles();
            assertAll(DocxReportWriter.STYLE_IDS.values().stream().map(id -> () -> assertNotNull(styles.getStyle(id), id)));
            assertAll(List.of("Header", "Footer", "Masthead", "MastheadMeeting", "Classification", "MastheadTable", "ReportTable")
                    .stream().map(id -> () -> assertNotNull(styles.getStyle(id), id)));
            assertAll(() -> assertEquals("heading 1", styles.getStyle("Heading1").getName()),
                    () -> assertEquals("heading 2", styles.getStyle("Heading2").getName()),
                    () -> assertEquals("heading 3", styles.getStyle("Heading3").getName()),
                    () -> assertEquals("List Bullet", styles.getStyle("ListBullet").getName()),
                    () -> assertEquals("Title", styles.getStyle("Title").getName()),
                    () -> assertEquals("header", styles.getStyle("Header").getName()));
        }
    }

    @Test
    void theHeadingsCarryTheirOutlineLevelsSoNavigationAndATableOfContentsSeeThem() throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(shipped()))) {
            XWPFStyles styles = doc.getStyles();
            assertAll(() -> assertEquals(BigInteger.ZERO, outline(styles.getStyle("Heading1"))),
                    () -> assertEquals(BigInteger.ONE, outline(styles.getStyle("Heading2"))),
                    () -> assertEquals(BigInteger.TWO, outline(styles.getStyle("Heading3"))),
                    () -> assertEquals("Heading1", styles.getStyle("AnnexTitle").getBasisStyleID()));
        }
    }

    private static BigInteger outline(XWPFStyle style) {
        return style.getCTStyle().getPPr().getOutlineLvl().getVal();
    }

    @Test
    void theListBulletAndSpeakerLineStylesAreARealBulletList() throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(shipped()))) {
            for (String id : List.of("ListBullet", "SpeakerLine")) {
                CTNumPr numPr = doc.getStyles().getStyle(id).getCTStyle().getPPr().getNumPr();
                assertNotNull(numPr, id + " has no numbering");
                BigInteger abstractId = doc.getNumbering().getAbstractNumID(numPr.getNumId().getVal());
                CTLvl level = doc.getNumbering().getAbstractNum(abstractId).getCTAbstractNum().getLvlArray(0);
                assertAll(() -> assertEquals(STNumberFormat.BULLET, level.getNumFmt().getVal(), id),
                        () -> assertEquals("\u2022", level.getLvlText().getVal(), id));
            }
            assertTrue(doc.getStyles().getStyle("SpeakerLine").getCTStyle().getPPr().isSetKeepNext(),
                    "a speaker's line stays with the summary below it");
        }
    }

    @Test
    void everythingIsTimesNewRomanElevenPoint() throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(shipped()))) {
            var defaults = doc.getStyles().getDefaultRunStyle();
            assertAll(() -> assertEquals("Times New Roman", defaults.getRPr().getRFontsArray(0).getAscii()),
                    () -> assertEquals("Times New Roman", defaults.getRPr().getRFontsArray(0).getHAnsi()),
                    () -> assertEquals(11.0, defaults.getFontSizeAsDouble().doubleValue()));
            assertEquals(0, doc.getStyles().getStyle("Heading1").getCTStyle().getRPr().sizeOfRFontsArray(),
                    "a heading has no font of its own");
        }
    }
}
