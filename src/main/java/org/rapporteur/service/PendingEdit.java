package org.rapporteur.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.rapporteur.model.Entry;

/**
 * An edit to a shared meeting that can wait on this laptop while the server is away: what the rapporteur does
 * while typing — starting an entry and typing into it. Kept as JSON in the laptop's own store (PendingEdits) and
 * sent in order when the server answers again.
 */
sealed interface PendingEdit {
    /**
     * A new entry at {@code position} in an item.
     *
     * @param tempId the id the entry goes by on this laptop until the server gives it its own (negative)
     */
    record AddEntry(long itemId, int position, Entry entry, long tempId) implements PendingEdit {
    }

    /** What was typed into an entry, made from its version {@code entry.version()}. */
    record TypedEntry(Entry entry) implements PendingEdit {
    }

    ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule()).build();

    default String kind() {
        return getClass().getSimpleName();
    }

    default String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An edit that cannot be written as JSON: " + this, e);
        }
    }

    static PendingEdit fromJson(String kind, String json) {
        try {
            return switch (kind) {
                case "AddEntry" -> JSON.readValue(json, AddEntry.class);
                case "TypedEntry" -> JSON.readValue(json, TypedEntry.class);
                default -> throw new IllegalArgumentException("No such kind of kept edit: " + kind);
            };
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("A kept edit that cannot be read: " + kind, e);
        }
    }
}
