package org.rapporteur.model;

/** The result of a vote. */
public record VoteCount(int inFavour, int against, int abstentions) {

    public VoteCount {
        if (inFavour < 0 || against < 0 || abstentions < 0) {
            throw new IllegalArgumentException("A vote count cannot be negative");
        }
    }
}
