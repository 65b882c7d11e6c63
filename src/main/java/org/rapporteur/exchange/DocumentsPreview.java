package org.rapporteur.exchange;

import java.util.List;

/** What a documents list would add, shown to the person before anything is applied. */
public record DocumentsPreview(List<DocumentRow> rows, List<RowProblem> problems) {

    public DocumentsPreview {
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
    }
}
