package org.rapporteur.service;

/**
 * What became of a save of what was typed into an entry.
 *
 * @param entryId the entry the words are in now: the one typed into, or its copy when they crossed someone else's,
 *                or (while the server is away) the id the entry is known by on this laptop until it is sent
 * @param version the entry's stored version now (that of the editing's start while the words wait on this laptop)
 */
public record EntrySaved(long entryId, int version, Outcome outcome) {
    /** How the words were kept. */
    public enum Outcome {
        /** In the entry, in the store. */
        SAVED,
        /** Someone else saved the same entry meanwhile: theirs stays in it, these words went into a copy after it. */
        KEPT_AS_COPY,
        /** The shared meeting's server cannot be reached: kept on this laptop, sent in order once it answers. */
        KEPT_ON_THIS_LAPTOP
    }
}
