package org.rapporteur.model;

import java.util.Objects;

/**
 * Someone who takes the floor, chairs a session or is nominated.
 *
 * @param honorific    "Mr.", "Mrs.", "Ambassador", "Brigadier General"…; may be null
 * @param title        the function, as the report gives it ("Vice-Minister of the Interior of Chile")
 * @param delegationId null for secretariat staff and guests who belong to no delegation
 * @param gender       for the report's words that agree with the person ("Presidenta", "élue"); never null
 */
public record Person(Long id, String name, String honorific, String title, Long delegationId, Gender gender) {

    public Person {
        Objects.requireNonNull(name, "name");
        gender = gender == null ? Gender.UNSPECIFIED : gender;
    }

    /** A person whose grammatical gender is not recorded. */
    public Person(Long id, String name, String honorific, String title, Long delegationId) {
        this(id, name, honorific, title, delegationId, Gender.UNSPECIFIED);
    }

    /** "Ambassador Jorge Skinner-Klée", or just the name when there is no honorific. */
    public String nameWithHonorific() {
        return honorific == null || honorific.isBlank() ? name : honorific + " " + name;
    }

    public Person withId(Long newId) {
        return new Person(newId, name, honorific, title, delegationId, gender);
    }

    public Person withName(String newName) {
        return new Person(id, newName, honorific, title, delegationId, gender);
    }

    public Person withHonorific(String newHonorific) {
        return new Person(id, name, newHonorific, title, delegationId, gender);
    }

    public Person withTitle(String newTitle) {
        return new Person(id, name, honorific, newTitle, delegationId, gender);
    }

    public Person withDelegationId(Long newDelegationId) {
        return new Person(id, name, honorific, title, newDelegationId, gender);
    }

    public Person withGender(Gender newGender) {
        return new Person(id, name, honorific, title, delegationId, newGender);
    }
}
