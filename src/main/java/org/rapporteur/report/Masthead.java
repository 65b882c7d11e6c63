package org.rapporteur.report;

import java.util.List;

/**
 * The block at the top of the report's first page, as an OAS document has it: the meeting at the top left
 * (its name, its dates, its venue), the classification at the top right (series, the report's symbol, its date,
 * the language it was drafted in). Each list holds only the lines that are known; none is made up.
 */
public record Masthead(List<String> meeting, List<String> classification) {

    public Masthead {
        meeting = List.copyOf(meeting);
        classification = List.copyOf(classification);
    }
}
