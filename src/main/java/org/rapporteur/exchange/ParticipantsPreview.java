package org.rapporteur.exchange;

import java.util.List;

/** What a participants list would add, shown to the person before anything is applied. */
public record ParticipantsPreview(List<ParticipantRow> rows, List<RowProblem> problems) {

    public ParticipantsPreview {
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
    }
}
