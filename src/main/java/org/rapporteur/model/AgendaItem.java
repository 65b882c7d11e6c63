package org.rapporteur.model;

import java.util.List;

/**
 * An agenda item within a part of the report, with everything that happened under it.
 *
 * @param title        may be null: a ceremony's entries stand in one untitled item
 * @param documentId   the document the item is about; may be null
 * @param introduction the rapporteur's lead-in text ("Presentations were made by:"); may be null
 */
public record AgendaItem(Long id, String title, Long documentId, String introduction, List<Entry> entries,
                         List<FloorRequest> speakers, List<Election> elections, List<Adoption> adoptions,
                         List<Proposal> proposals) {

    public AgendaItem {
        entries = entries == null ? List.of() : List.copyOf(entries);
        speakers = speakers == null ? List.of() : List.copyOf(speakers);
        elections = elections == null ? List.of() : List.copyOf(elections);
        adoptions = adoptions == null ? List.of() : List.copyOf(adoptions);
        proposals = proposals == null ? List.of() : List.copyOf(proposals);
    }

    public boolean hasTitle() {
        return title != null && !title.isBlank();
    }
}
