package org.rapporteur.text;

/** A failure that carries a sentence for a person, to be read in their language. */
public interface Said {
    Sentence sentence();
}
