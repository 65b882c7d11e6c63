package org.rapporteur.report.docx;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.rapporteur.service.TestBackends;
import org.rapporteur.report.ReportOptions;
import org.rapporteur.service.Backend;
import org.rapporteur.service.Workers;

/**
 * The golden test: the sample meeting, stored, exported to Word by the service and reopened, gives back the
 * seed report — the real rapporteur's report it was entered from — paragraph by paragraph, in order, and adds
 * only what is listed below. Whitespace is normalized; a seed line starting with "· " must be a list paragraph.
 *
 * <p>Three short lists say where the export and the seed part, each entry with its reason: the seed's own slips
 * the export corrects, the seed paragraphs the export words otherwise, and the paragraphs the export adds.
 */
class ReportGoldenTest {
    private static final String SEED = "/seed/rapporteur-report-mispa-iii-experts.txt";

    /** The seed's own slips, corrected in the export: a fragment of a seed paragraph and what it reads there. */
    private static final Map<String, String> SEED_SLIPS = new LinkedHashMap<>();

    static {
        // A comma is missing between two delegations of the attendance sentence.
        SEED_SLIPS.put("El Salvador Grenada,", "El Salvador, Grenada,");
        // The speaker's line of the third session drops her accent and second surname; the export names her as the list does.
        SEED_SLIPS.put("Adriana Mejia, Director of the Department of Public Security, Secretariat of Multidimensional Security",
                "Adriana Mejía Hernández, Director of the Department of Public Security, Secretariat of Multidimensional Security");
        // So does the closing ceremony's list of speakers.
        SEED_SLIPS.put("Adriana Mejía, Director of the Department of Public Security, Secretariat for Multidimensional Security",
                "Adriana Mejía Hernández, Director of the Department of Public Security, Secretariat for Multidimensional Security");
        // (A fourth slip is mended when the seed is read: the line of Adrian Acosta breaks before its symbol.)
    }

    /** Seed paragraphs the export words otherwise, after the slips above: the seed's, then the export's. */
    private static final Map<String, String> WORDED_OTHERWISE = new LinkedHashMap<>();

    static {
        // The three elections are DecisionProse's sentences, one wording for every seconded nomination; the seed varies
        // it ("The proposal was seconded", "This nomination …", "as the Vice Chair", "as the meeting's Rapporteur"), and its
        // "Vice Minister" and "the Head of Delegation … as" are slips the generated form does not repeat.
        WORDED_OTHERWISE.put("The delegation of Uruguay nominated Rodrigo Ubilla Mackenney, Vice Minister of the Interior of Chile, as"
                        + " the Chair of this meeting. The proposal was seconded by the delegation of the Dominican Republic and adopted by"
                        + " acclamation.",
                "The delegation of Uruguay nominated Rodrigo Ubilla Mackenney, Vice-Minister of the Interior of Chile, as the Chair of"
                        + " this meeting. The nomination was seconded by the delegation of the Dominican Republic and adopted by"
                        + " acclamation.");
        WORDED_OTHERWISE.put("The delegation of Mexico nominated Mr. Glen Linder, Head of the Canadian Delegation,"
                        + " as the Vice Chair. This nomination was seconded by the delegation of Guatemala and adopted by acclamation.",
                "The delegation of Mexico nominated Mr. Glen Linder, Head of the Canadian Delegation, as the Vice Chair of this meeting."
                        + " The nomination was seconded by the delegation of Guatemala and adopted by acclamation.");
        WORDED_OTHERWISE.put("The delegation of St. Kitts and Nevis nominated Jeremy Long, the Head of Delegation for the United States"
                        + " as the meeting's Rapporteur. This nomination was seconded by the delegation of Colombia and adopted by"
                        + " acclamation.",
                "The delegation of St. Kitts and Nevis nominated Jeremy Long, Head of Delegation for the United States, as the"
                        + " Rapporteur of this meeting. The nomination was seconded by the delegation of Colombia and adopted by"
                        + " acclamation.");
        // Every other delegation's line gives its name as a list does; so does this one.
        WORDED_OTHERWISE.put("The Dominican Republic (MISPA-III/RE/INF.10/10)", "Dominican Republic (MISPA-III/RE/INF.10/10)");
        // A presentation's line names who presented it, as all the others do; the subject stays in the summary below it.
        WORDED_OTHERWISE.put("Platform Mexico (MISPA-III/RE/INF.19/10)", "Mexico (MISPA-III/RE/INF.19/10)");
        // A speech's line says it is one, at the closing as at the opening ceremony; the seed leaves it out there.
        WORDED_OTHERWISE.put("Adriana Mejía Hernández, Director of the Department of Public Security, Secretariat for Multidimensional"
                        + " Security of the OAS",
                "Speech by Adriana Mejía Hernández, Director of the Department of Public Security, Secretariat for Multidimensional"
                        + " Security of the OAS");
        WORDED_OTHERWISE.put("Ambassador Jorge Skinner-Klée, Permanent Representative of Guatemala to the OAS and Chair of the Committee"
                        + " on Hemispheric Security",
                "Speech by Ambassador Jorge Skinner-Klée, Permanent Representative of Guatemala to the OAS and Chair of the Committee"
                        + " on Hemispheric Security");
        WORDED_OTHERWISE.put("Rodrigo Ubilla Mackenney, Vice-Minister of the Interior of Chile",
                "Speech by Rodrigo Ubilla Mackenney, Vice-Minister of the Interior of Chile");
    }

    /**
     * Agenda items the seed writes as list items, where it writes others ("Election of officers") as plain lines:
     * the export gives every item's title the sub-heading style.
     */
    private static final Set<String> ITEM_TITLES = Set.of(
            "Consolidated report on the activities of the OAS Secretariat for Multidimensional Security.",
            "Progress report on the Feasibility Study of best ways to strengthen regional training and education for personnel with"
                    + " responsibility for public security matters.",
            "Proposal by the country hosting MISPA III (Trinidad and Tobago)",
            "Presentation by the Department of Public Security on the Inter-American Security Observatory Project"
                    + " (MISPA-III/RE/INF.2/10)");

    /** What the export adds to the seed's paragraphs, in order. */
    private static final List<String> ADDED = List.of(
            // The first page's masthead: the meeting, its dates and venue; the classification known (no series or symbol).
            "Meeting of Government Experts in Preparation for MISPA III", "November 18-19, 2010", "Santiago, Chile", "Original: English",
            // The title.
            "REPORT OF THE RAPPORTEUR",
            // The organizations marked present, which spoke in the sessions but which the seed's attendance leaves out.
            "The following organizations were also represented: AMERIPOL, Inter-American Development Bank, and INTERPOL.",
            // The proposal's recorded outcome, generated; the seed only has the Chair's words about it.
            "The proposal of Trinidad and Tobago was forwarded to the Committee on Hemispheric Security to begin negotiating the documents"
                    + " for MISPA III.");

    /** A seed paragraph: its text and whether the seed writes it as a list item. */
    private record SeedParagraph(String text, boolean bullet) {
    }

    /** An exported paragraph: its text, its style and whether it is a list paragraph. */
    private record Exported(String text, String style, boolean listItem) {
    }

    @TempDir
    static Path temp;

    private static XWPFDocument doc;
    private static List<Exported> exported;
    private static List<SeedParagraph> seed;
    private static final Set<String> slipsUsed = new HashSet<>();

    @BeforeAll
    static void exportTheSampleAndReadTheSeed() throws IOException {
        Path file = temp.resolve("report.docx");
        try (Backend backend = TestBackends.open(temp.resolve("store"), Workers.sameThread())) {
            long id = backend.meetings().addSample().join();
            long start = System.nanoTime();
            backend.reports().exportDocx(id, file, ReportOptions.plain()).join();
            System.out.printf("exported the sample report in %d ms%n", (System.nanoTime() - start) / 1_000_000);
        }
        doc = new XWPFDocument(Files.newInputStream(file));
        exported = paragraphs(doc);
        seed = seedParagraphs();
    }

    private static List<SeedParagraph> seedParagraphs() throws IOException {
        String text;
        try (InputStream in = ReportGoldenTest.class.getResourceAsStream(SEED)) {
            assertNotNull(in, "the seed report is missing from the test resources");
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> lines = new ArrayList<>();
        for (String line : text.lines().map(ReportGoldenTest::spaces).filter(l -> !l.isEmpty()).toList()) {
            // The seed breaks one speaker's line before its symbol: "(MISPA-III/RE/INF.17/10)" alone on the next line.
            if (line.startsWith("(") && !lines.isEmpty() && lines.getLast().startsWith("\u00b7")) {
                lines.set(lines.size() - 1, lines.getLast() + " " + line);
                slipsUsed.add("a line broken before its symbol");
            } else {
                lines.add(line);
            }
        }
        List<SeedParagraph> paragraphs = new ArrayList<>();
        for (String line : lines) {
            boolean bullet = line.startsWith("\u00b7");
            String body = bullet ? spaces(line.substring(1)) : line;
            for (Map.Entry<String, String> slip : SEED_SLIPS.entrySet()) {
                if (body.contains(slip.getKey())) {
                    body = body.replace(slip.getKey(), slip.getValue());
                    slipsUsed.add(slip.getKey());
                }
            }
            paragraphs.add(new SeedParagraph(body, bullet));
        }
        return paragraphs;
    }

    /** Every paragraph of the body in order, those in tables' cells included. */
    private static List<Exported> paragraphs(XWPFDocument doc) {
        List<Exported> all = new ArrayList<>();
        for (IBodyElement element : doc.getBodyElements()) {
            if (element instanceof XWPFParagraph p) {
                all.add(exported(doc, p));
            } else if (element instanceof XWPFTable table) {
                for (XWPFTableRow row : table.getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) {
                        cell.getParagraphs().forEach(p -> all.add(exported(doc, p)));
                    }
                }
            }
        }
        return all;
    }

    private static Exported exported(XWPFDocument doc, XWPFParagraph p) {
        return new Exported(spaces(p.getText()), p.getStyleID(), numbering(doc, p) != null);
    }

    /** The paragraph's list numbering: its own, or its style's, or that of a style it is based on. */
    private static CTNumPr numbering(XWPFDocument doc, XWPFParagraph p) {
        if (p.getCTP().getPPr() != null && p.getCTP().getPPr().getNumPr() != null) {
            return p.getCTP().getPPr().getNumPr();
        }
        for (var style = p.getStyleID() == null ? null : doc.getStyles().getStyle(p.getStyleID()); style != null;
                style = style.getBasisStyleID() == null ? null : doc.getStyles().getStyle(style.getBasisStyleID())) {
            if (style.getCTStyle().getPPr() != null && style.getCTStyle().getPPr().getNumPr() != null) {
                return style.getCTStyle().getPPr().getNumPr();
            }
        }
        return null;
    }

    private static String spaces(String text) {
        return text.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    }

    /** Each seed paragraph's place in the export, in order; -1 where it is missing. */
    private static int[] matches() {
        int[] at = new int[seed.size()];
        int from = 0;
        for (int s = 0; s < seed.size(); s++) {
            String wanted = WORDED_OTHERWISE.getOrDefault(seed.get(s).text(), seed.get(s).text());
            at[s] = -1;
            for (int e = from; e < exported.size(); e++) {
                if (exported.get(e).text().equals(wanted)) {
                    at[s] = e;
                    from = e + 1;
                    break;
                }
            }
        }
        return at;
    }

    @Test
    void everyParagraphOfTheSeedIsInTheExportInTheSeedsOrder() {
        int[] at = matches();
        List<String> missing = new ArrayList<>();
        for (int s = 0; s < seed.size(); s++) {
            if (at[s] < 0) {
                missing.add(seed.get(s).text());
            }
        }
        System.out.printf("%d seed paragraphs, %d found in order, %d of them worded otherwise as listed%n", seed.size(),
                seed.size() - missing.size(), seed.stream().filter(p -> WORDED_OTHERWISE.containsKey(p.text())).count());
        assertAll(() -> assertEquals(123, seed.size(), "the seed's non-empty paragraphs, its broken line mended"),
                () -> assertEquals(List.of(), missing, "seed paragraphs missing from the export, or out of order"));
    }

    @Test
    void theExportAddsOnlyTheListedParagraphs() {
        Set<Integer> matched = new HashSet<>();
        for (int e : matches()) {
            matched.add(e);
        }
        List<String> added = new ArrayList<>();
        for (int e = 0; e < exported.size(); e++) {
            if (!matched.contains(e)) {
                added.add(exported.get(e).text());
            }
        }
        assertEquals(ADDED, added);
    }

    @Test
    void everyListOfDifferencesIsStillNeeded() {
        Set<String> seedTexts = new HashSet<>();
        seed.forEach(p -> seedTexts.add(p.text()));
        assertAll(() -> assertEquals(SEED_SLIPS.size() + 1, slipsUsed.size(), "a slip no longer in the seed: " + slipsUsed),
                () -> assertEquals(Set.of(), difference(WORDED_OTHERWISE.keySet(), seedTexts), "worded otherwise, but not in the seed"),
                () -> assertEquals(Set.of(), difference(ITEM_TITLES, seedTexts), "item titles not in the seed"));
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> d = new HashSet<>(a);
        d.removeAll(b);
        return d;
    }

    @Test
    void theSeedsBulletsAreListParagraphsAndNothingElseIs() {
        int[] at = matches();
        List<String> wrong = new ArrayList<>();
        for (int s = 0; s < seed.size(); s++) {
            if (at[s] < 0) {
                continue;
            }
            SeedParagraph p = seed.get(s);
            Exported e = exported.get(at[s]);
            boolean expectList = p.bullet() && !ITEM_TITLES.contains(p.text());
            if (expectList != e.listItem()) {
                wrong.add((expectList ? "not a list paragraph: " : "a list paragraph: ") + e.text());
            }
            if (ITEM_TITLES.contains(p.text()) && !"Heading2".equals(e.style())) {
                wrong.add("an item title not styled Heading 2: " + e.text());
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void theHeadingsCarryHeadingStyles() {
        List<String> heading1 = exported.stream().filter(e -> "Heading1".equals(e.style())).map(Exported::text).toList();
        List<String> heading2 = exported.stream().filter(e -> "Heading2".equals(e.style())).map(Exported::text).toList();
        assertAll(() -> assertEquals(List.of("OPENING CEREMONY", "I. FIRST SESSION", "II. SECOND SESSION", "III. THIRD SESSION",
                        "IV. FOURTH SESSION", "V. FIFTH SESSION", "VI. SIXTH SESSION", "Preliminary Report of the Rapporteur",
                        "CLOSING CEREMONY", "Conclusion"), heading1),
                () -> assertEquals(6, heading2.size(), heading2::toString),
                () -> assertTrue(heading2.containsAll(ITEM_TITLES) && heading2.contains("Election of officers")
                        && heading2.contains("Adoption of documents"), heading2::toString),
                () -> assertEquals(List.of("REPORT OF THE RAPPORTEUR"),
                        exported.stream().filter(e -> "Title".equals(e.style())).map(Exported::text).toList()),
                () -> assertEquals(List.of("SECOND DAY:"),
                        exported.stream().filter(e -> "MeetingDay".equals(e.style())).map(Exported::text).toList()));
    }

    @Test
    void theListParagraphsAreNumberedWithARealBullet() {
        List<XWPFParagraph> bullets = doc.getParagraphs().stream()
                .filter(p -> "ListBullet".equals(p.getStyleID()) || "SpeakerLine".equals(p.getStyleID())).toList();
        long seedBullets = seed.stream().filter(p -> p.bullet() && !ITEM_TITLES.contains(p.text())).count();
        assertAll(() -> assertEquals(seedBullets, bullets.size(), "one list paragraph for each of the seed's bullets"),
                () -> assertAll(bullets.stream().map(p -> () -> {
                    BigInteger abstractId = doc.getNumbering().getAbstractNumID(numbering(doc, p).getNumId().getVal());
                    assertEquals(STNumberFormat.BULLET,
                            doc.getNumbering().getAbstractNum(abstractId).getCTAbstractNum().getLvlArray(0).getNumFmt().getVal());
                })));
    }

    @Test
    void laterPagesHaveTheCentredPageNumberFieldAndTheFirstPageNone() {
        XWPFHeader later = doc.getHeaderFooterPolicy().getDefaultHeader();
        XWPFHeader first = doc.getHeaderFooterPolicy().getFirstPageHeader();
        String laterXml = later.getParagraphs().getFirst().getCTP().xmlText();
        assertAll(() -> assertTrue(doc.getDocument().getBody().getSectPr().isSetTitlePg(), "the first page has its own header"),
                () -> assertNotNull(first, "the first page's header is there, and empty"),
                () -> assertEquals("", first.getText().strip()),
                () -> assertFalse(first.getParagraphs().getFirst().getCTP().xmlText().contains("PAGE")),
                () -> assertEquals("Header", later.getParagraphs().getFirst().getStyleID()),
                () -> assertTrue(laterXml.matches("(?s).*fldCharType=\"begin\".*instrText[^>]*> PAGE <.*fldCharType=\"end\".*"),
                        laterXml),
                () -> assertEquals("- 2 -", spaces(later.getText())));
    }
}
