package org.rapporteur.model;

import java.util.List;

/**
 * An agenda item within a part of the report, with everything that happened under it.
 *
 * @param title        may be null: a ceremony's entries stand in one untitled item
 * @param documentId   the document the item is about; may be null
 * @param introduction the rapporteur's lead-in text ("Presentations were made by:"); may be null
 * @param speakingLimitSeconds the time each speaker has on this item (e.g. 180); null when there is no limit
 * @param speakersListClosed   the chair closed the speakers list: no more requests are taken
 */
public record AgendaItem(Long id, String title, Long documentId, String introduction, List<Entry> entries,
                         List<FloorRequest> speakers, List<Election> elections, List<Adoption> adoptions,
                         List<Proposal> proposals, Integer speakingLimitSeconds, boolean speakersListClosed) {

    public AgendaItem {
        entries = entries == null ? List.of() : List.copyOf(entries);
        speakers = speakers == null ? List.of() : List.copyOf(speakers);
        elections = elections == null ? List.of() : List.copyOf(elections);
        adoptions = adoptions == null ? List.of() : List.copyOf(adoptions);
        proposals = proposals == null ? List.of() : List.copyOf(proposals);
        if (speakingLimitSeconds != null && speakingLimitSeconds <= 0) {
            throw new IllegalArgumentException("A speaking time limit must be positive, not " + speakingLimitSeconds);
        }
    }

    /** An item without a speaking time limit, its speakers list open. */
    public AgendaItem(Long id, String title, Long documentId, String introduction, List<Entry> entries,
                      List<FloorRequest> speakers, List<Election> elections, List<Adoption> adoptions,
                      List<Proposal> proposals) {
        this(id, title, documentId, introduction, entries, speakers, elections, adoptions, proposals, null, false);
    }

    /** The same item with the chair's rules for its speakers list. */
    public AgendaItem withSpeakingRules(Integer limitSeconds, boolean listClosed) {
        return new AgendaItem(id, title, documentId, introduction, entries, speakers, elections, adoptions, proposals,
                limitSeconds, listClosed);
    }

    public boolean hasTitle() {
        return title != null && !title.isBlank();
    }
}
