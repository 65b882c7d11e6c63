package org.rapporteur.service;

import java.util.HashMap;
import java.util.Map;
import org.rapporteur.model.Entry;
import org.rapporteur.store.Store;
import org.rapporteur.store.StoreException;

/**
 * Saves of what is typed into entries, with the optimistic check that keeps two laptops from overwriting each
 * other (writer thread only). The editor says which version of the entry it started from ({@code entry.version()});
 * the first save of that editing is made from it, each later one from the version the one before gave. When the
 * store holds another version, someone else saved the entry meanwhile: their text stays, these words go into a copy
 * right after it, and the rest of this editing goes on into that copy — neither text is lost.
 *
 * <p>It also knows the ids entries started while the server was away go by ({@link #known}), once they are sent.
 */
final class EntrySaves {
    /** One editing of an entry: its id as the editor knows it, and the version it started from. */
    private record Editing(long entryId, int startVersion) {
    }

    /** Where an editing's words go now and the version they are saved from. */
    private record Target(long entryId, int version) {
    }

    private final Store store;
    private final Map<Editing, Target> editings = new HashMap<>();
    private final Map<Long, Long> sentIds = new HashMap<>();

    EntrySaves(Store store) {
        this.store = store;
    }

    long add(long itemId, int position, Entry entry, long tempId) {
        long id = store.editor().addEntry(itemId, position, entry);
        if (tempId != 0) {
            sentIds.put(tempId, id);
        }
        return id;
    }

    EntrySaved type(Entry typed) {
        Editing editing = new Editing(typed.id(), typed.version());
        Target target = editings.getOrDefault(editing, new Target(known(typed.id()), typed.version()));
        long id = known(target.entryId());
        try {
            int version = store.editor().updateTypedEntry(typed.withId(id), target.version());
            editings.put(editing, new Target(id, version));
            return new EntrySaved(id, version, EntrySaved.Outcome.SAVED);
        } catch (StoreException e) {
            if (e.reason() != StoreException.Reason.CONFLICT) {
                throw e;
            }
            long copy = store.editor().addEntryAfter(id, typed.withId(null).withVersion(0));
            editings.put(editing, new Target(copy, 0));
            return new EntrySaved(copy, 0, EntrySaved.Outcome.KEPT_AS_COPY);
        }
    }

    /** The store's id of an entry known on this laptop by {@code id} (itself, unless it was started offline). */
    long known(long id) {
        return sentIds.getOrDefault(id, id);
    }
}
