package org.rapporteur.exchange;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rapporteur.model.DocumentKind;
import org.rapporteur.model.TextLimits;
import org.rapporteur.text.Sentence;

/**
 * Reads a list of the meeting's documents into a preview: from a spreadsheet (.xlsx or .csv with a symbol
 * and a title column), or from a list pasted out of an e-mail or a Word document, one document a line.
 * Nothing is written anywhere; the person confirms the preview, and only a whole preview is applied.
 */
public final class DocumentsImport {
    static final List<String> SYMBOL = List.of("Symbol", "Signatura", "Cote", "Símbolo", "Document", "Documento");
    static final List<String> TITLE = List.of("Title", "Título", "Titre");

    /**
     * Where a pasted line's symbol ends: a tab, as a table copied from Word or Excel has; in a line without
     * one, two spaces or more, or a dash between spaces. A single space does not, since symbols hold spaces
     * ("doc. 2/10 Rev.1", "AG/RES. 2540 (XL-O/10)").
     */
    private static final Pattern TABBED = Pattern.compile("([^\\t]*)\\t+(.*)");
    private static final Pattern SPACED = Pattern.compile("(.+?)(?:[ \\u00A0]{2,}|[ \\u00A0]+[-–—][ \\u00A0]+)(.*)");
    /** Word's list bullets, which come along when a bulleted list is copied. */
    private static final Pattern BULLET = Pattern.compile("^[•·▪◦●○■□➢►*][\\p{Z}\\s]+");
    private static final Pattern WORKING = Pattern.compile("/doc\\.", Pattern.CASE_INSENSITIVE);
    private static final Pattern INFORMATION = Pattern.compile("/inf\\.", Pattern.CASE_INSENSITIVE);
    /** "RES." as a word of its own: "AG/RES. 2540", "CIM/RES. 1", not the end of a longer word. */
    private static final Pattern RESOLUTION = Pattern.compile("^(?:AG|CP)/RES|(?<![\\p{L}])RES\\.", Pattern.CASE_INSENSITIVE);

    private final List<DocumentRow> rows = new ArrayList<>();
    private final List<RowProblem> problems = new ArrayList<>();
    /** The row each symbol was first read in, to report a second one. */
    private final Map<String, Integer> firstLines = new HashMap<>();

    private DocumentsImport() {
    }

    /**
     * Reads a documents list from a spreadsheet.
     *
     * @throws ImportException when the file is not a list Rapporteur can read, or has no column of symbols
     */
    public static DocumentsPreview read(Path file) throws ImportException {
        List<SheetRow> sheet = SheetReader.read(file);
        String fileName = String.valueOf(file.getFileName());
        if (sheet.stream().allMatch(SheetRow::isBlank)) {
            throw new ImportException("import.empty", fileName);
        }
        HeaderMatcher header = HeaderMatcher.find(sheet, SYMBOL);
        if (header == null) {
            throw new ImportException("import.noSymbolColumn", fileName, String.valueOf(HeaderMatcher.ROWS_SEARCHED));
        }
        int symbolColumn = header.column(SYMBOL);
        int titleColumn = header.column(TITLE);
        DocumentsImport documents = new DocumentsImport();
        sheet.stream()
                .filter(r -> r.line() > header.line() && !r.isBlank())
                .forEach(r -> documents.add(r.line(), r.cell(symbolColumn), r.cell(titleColumn)));
        return documents.preview();
    }

    /**
     * Reads a pasted list: one document a line, "SYMBOL", "SYMBOL&lt;tab&gt;Title", "SYMBOL  Title" or
     * "SYMBOL – Title"; blank lines are skipped, and so is a first line of headings ("Symbol  Title").
     */
    public static DocumentsPreview parsePasted(String text) {
        DocumentsImport documents = new DocumentsImport();
        String[] lines = text == null ? new String[0] : text.split("\\R", -1);
        boolean headingsPossible = true;
        for (int i = 0; i < lines.length; i++) {
            String line = BULLET.matcher(lines[i].strip()).replaceFirst("");
            if (ImportText.isBlank(line)) {
                continue;
            }
            Matcher parts = line.indexOf('\t') >= 0 ? TABBED.matcher(line) : SPACED.matcher(line);
            String symbol = parts.matches() ? parts.group(1) : line;
            String title = parts.matches() ? parts.group(2) : null;
            if (!(headingsPossible && isHeadings(symbol, title))) {
                documents.add(i + 1, symbol, title);
            }
            headingsPossible = false;
        }
        return documents.preview();
    }

    /**
     * The series a symbol belongs to, as OAS symbols spell it: "…/doc. 2/10" a working document, "…/INF.12/10"
     * an information document, "AG/RES. 2540 (XL-O/10)" a resolution.
     */
    public static DocumentKind kindOf(String symbol) {
        String s = symbol == null ? "" : symbol;
        if (WORKING.matcher(s).find()) {
            return DocumentKind.WORKING_DOCUMENT;
        }
        if (INFORMATION.matcher(s).find()) {
            return DocumentKind.INFORMATION_DOCUMENT;
        }
        if (RESOLUTION.matcher(s).find()) {
            return DocumentKind.RESOLUTION;
        }
        return DocumentKind.OTHER;
    }

    private static boolean isHeadings(String symbol, String title) {
        SheetRow row = new SheetRow(1, title == null ? List.of(symbol) : List.of(symbol, title));
        HeaderMatcher header = HeaderMatcher.find(List.of(row), SYMBOL);
        return header != null && header.column(SYMBOL) == 0;
    }

    private void add(int line, String writtenSymbol, String writtenTitle) {
        String symbol = ImportText.clean(writtenSymbol);
        String title = ImportText.clean(writtenTitle);
        List<Sentence> wrong = new ArrayList<>();
        if (symbol == null) {
            wrong.add(Sentence.of("import.noSymbol"));
        }
        RowChecks.fits(wrong, symbol, TextLimits.CODE, "import.column.symbol");
        RowChecks.fits(wrong, title, TextLimits.TITLE, "import.column.documentTitle");
        if (!wrong.isEmpty()) {
            wrong.forEach(why -> problems.add(new RowProblem(line, why)));
            return;
        }
        Integer first = firstLines.putIfAbsent(symbol.toLowerCase(Locale.ROOT), line);
        if (first != null) {
            problems.add(new RowProblem(line, Sentence.of("import.duplicateSymbol", symbol, String.valueOf(first))));
            return;
        }
        rows.add(new DocumentRow(line, symbol, title, kindOf(symbol)));
    }

    private DocumentsPreview preview() {
        return new DocumentsPreview(rows, problems);
    }
}
