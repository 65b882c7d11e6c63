package org.rapporteur.ui.setup;

import java.util.List;
import org.rapporteur.exchange.DocumentsPreview;
import org.rapporteur.exchange.ParticipantsPreview;
import org.rapporteur.exchange.RowProblem;
import org.rapporteur.model.Delegation;
import org.rapporteur.ui.UiText;

/**
 * What the preview of an imported list shows, in words: the rows that will be added (four columns), the
 * rows that could not be read with why, and the button's label. For a list refused whole, only the sentence.
 *
 * @param summary    "4 rows will be added; 1 could not be read."
 * @param headings   the four columns' headings
 * @param rows       the rows to add
 * @param problems   the rows left out
 * @param applyLabel "Add 4 participants"; null when there is nothing to add
 * @param failure    why the list could not be read at all; null when it could
 */
record ImportPreview(String summary, List<String> headings, List<Line> rows, List<Problem> problems,
                     String applyLabel, String failure) {

    /** A row that will be added; {@code note} is "new delegation" or empty. */
    record Line(int line, String first, String second, String third, String note) {
    }

    /** A row left out: its number and the sentence saying why. */
    record Problem(int line, String why) {
    }

    ImportPreview {
        headings = List.copyOf(headings);
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
    }

    int count() {
        return rows.size();
    }

    static ImportPreview of(ParticipantsPreview preview, UiText texts) {
        List<Line> lines = preview.rows().stream().map(r -> new Line(r.line(),
                r.honorific() == null ? r.name() : r.honorific() + " " + r.name(), nz(r.title()),
                delegation(r.delegationName(), r.matched()),
                r.newDelegation() && (r.matched() != null || r.delegationName() != null)
                        ? texts.get("setup.import.newDelegation") : "")).toList();
        int n = lines.size();
        return new ImportPreview(summary(texts, "setup.import.participantsSummary", n, preview.problems().size()),
                List.of(texts.get("setup.column.name"), texts.get("setup.column.title"),
                        texts.get("setup.column.delegation"), texts.get("setup.column.note")),
                lines, problems(preview.problems(), texts), n == 0 ? null : texts.format("setup.import.addParticipants", n),
                null);
    }

    static ImportPreview of(DocumentsPreview preview, UiText texts) {
        List<Line> lines = preview.rows().stream().map(r -> new Line(r.line(), r.symbol(), nz(r.title()),
                texts.get("setup.docKind." + r.kind().name()), "")).toList();
        int n = lines.size();
        return new ImportPreview(summary(texts, "setup.import.documentsSummary", n, preview.problems().size()),
                List.of(texts.get("setup.column.symbol"), texts.get("setup.column.title"), texts.get("setup.column.kind"),
                        ""),
                lines, problems(preview.problems(), texts), n == 0 ? null : texts.format("setup.import.addDocuments", n),
                null);
    }

    /** A list that could not be read: only the sentence why. */
    static ImportPreview failed(String sentence) {
        return new ImportPreview("", List.of("", "", "", ""), List.of(), List.of(), null, sentence);
    }

    private static String summary(UiText texts, String key, int rows, int problems) {
        return texts.format(key, rows, problems);
    }

    private static List<Problem> problems(List<RowProblem> problems, UiText texts) {
        return problems.stream().map(p -> new Problem(p.line(), p.why().in(texts.locale()))).toList();
    }

    private static String delegation(String written, Delegation matched) {
        if (matched == null) {
            return nz(written);
        }
        return written == null || matched.name().equalsIgnoreCase(written.strip()) ? matched.name()
                : written + " \u2192 " + matched.name();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
