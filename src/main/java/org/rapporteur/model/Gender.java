package org.rapporteur.model;

/**
 * A person's grammatical gender, for the words that agree with them in Spanish, French and Portuguese
 * ("Presidenta", "la Relatora", "élue", "eleita"); English has none to agree. Unspecified reads as the
 * languages' generic (masculine) form.
 */
public enum Gender {
    UNSPECIFIED, FEMININE, MASCULINE
}
