package org.rapporteur.model;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * One intervention or presentation, as the rapporteur logs it.
 *
 * @param personId     who spoke, when known by name; may be null when only the delegation is recorded
 * @param delegationId on behalf of which delegation; may be null (secretariat staff, guests)
 * @param speakerTitle the speaker's title as given at this entry, when it differs from the person's
 * @param subject      the title of a presentation ("Platform Mexico"); may be null
 * @param documentIds  the documents cited, in the order given
 * @param summary      what was said, free text; paragraphs separated by blank lines
 * @param startedAt    venue-local wall-clock time the speaker took the floor; may be null
 * @param version      the stored version this entry was read at (0 when new); every save raises it, and a save
 *                     made from an older one than the store holds crossed someone else's (a shared meeting)
 */
public record Entry(Long id, EntryKind kind, Long personId, Long delegationId, String speakerTitle,
                    String subject, List<Long> documentIds, String summary,
                    LocalDateTime startedAt, LocalDateTime endedAt, int version) {

    public Entry {
        Objects.requireNonNull(kind, "kind");
        documentIds = documentIds == null ? List.of() : List.copyOf(documentIds);
    }

    /** An entry not read from a store (version 0): new, imported, or made by a test. */
    public Entry(Long id, EntryKind kind, Long personId, Long delegationId, String speakerTitle, String subject,
                 List<Long> documentIds, String summary, LocalDateTime startedAt, LocalDateTime endedAt) {
        this(id, kind, personId, delegationId, speakerTitle, subject, documentIds, summary, startedAt, endedAt, 0);
    }

    /** The same entry as read at another stored version. */
    public Entry withVersion(int newVersion) {
        return new Entry(id, kind, personId, delegationId, speakerTitle, subject, documentIds, summary, startedAt,
                endedAt, newVersion);
    }

    public List<String> summaryParagraphs() {
        return Texts.paragraphs(summary);
    }

    public Entry withId(Long newId) {
        return new Entry(newId, kind, personId, delegationId, speakerTitle, subject, documentIds, summary,
                startedAt, endedAt, version);
    }
}
