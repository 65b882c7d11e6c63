package org.rapporteur.model;

import java.util.Objects;

/**
 * Someone who takes the floor, chairs a session or is nominated.
 *
 * @param honorific    "Mr.", "Mrs.", "Ambassador", "Brigadier General"…; may be null
 * @param title        the function, as the report gives it ("Vice-Minister of the Interior of Chile")
 * @param delegationId null for secretariat staff and guests who belong to no delegation
 */
public record Person(Long id, String name, String honorific, String title, Long delegationId) {

    public Person {
        Objects.requireNonNull(name, "name");
    }

    /** "Ambassador Jorge Skinner-Klée", or just the name when there is no honorific. */
    public String nameWithHonorific() {
        return honorific == null || honorific.isBlank() ? name : honorific + " " + name;
    }

    public Person withId(Long newId) {
        return new Person(newId, name, honorific, title, delegationId);
    }
}
