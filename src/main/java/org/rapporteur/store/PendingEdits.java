package org.rapporteur.store;

import static org.rapporteur.store.jooq.Tables.PENDING_EDIT;

import java.time.LocalDateTime;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;

/**
 * Edits to a shared meeting that its server has not taken yet, kept in this laptop's own store (its H2 file) in
 * the order they were made, until they are sent. Each call is one transaction, forced to the disk before it
 * returns (the store's writer does that for every other write; this one has no writer of its own).
 */
public final class PendingEdits {
    /** One kept edit: what kind it is and its JSON. */
    public record Kept(long id, String kind, String payload) {
    }

    private final Store store;
    private final DSLContext dsl;

    PendingEdits(Store store) {
        this.store = store;
        this.dsl = store.dsl();
    }

    /** Keeps an edit at the end of the queue for {@code serverKey}; returns its place (id). */
    public long add(String serverKey, String kind, String payload) {
        try {
            long id = dsl.insertInto(PENDING_EDIT, PENDING_EDIT.SERVER_KEY, PENDING_EDIT.KIND, PENDING_EDIT.PAYLOAD,
                            PENDING_EDIT.QUEUED_AT)
                    .values(serverKey, kind, payload, LocalDateTime.now())
                    .returning(PENDING_EDIT.ID).fetchOne().getId();
            store.sync();
            return id;
        } catch (DataAccessException e) {
            throw StoreErrors.translate(e, "store.action.keep");
        }
    }

    /** Replaces the JSON of a kept edit (a later save of the same text supersedes it). */
    public void replace(long id, String payload) {
        try {
            dsl.update(PENDING_EDIT).set(PENDING_EDIT.PAYLOAD, payload).where(PENDING_EDIT.ID.eq(id)).execute();
            store.sync();
        } catch (DataAccessException e) {
            throw StoreErrors.translate(e, "store.action.keep");
        }
    }

    /** The edits kept for {@code serverKey}, oldest first. */
    public List<Kept> list(String serverKey) {
        try {
            return dsl.select(PENDING_EDIT.ID, PENDING_EDIT.KIND, PENDING_EDIT.PAYLOAD).from(PENDING_EDIT)
                    .where(PENDING_EDIT.SERVER_KEY.eq(serverKey)).orderBy(PENDING_EDIT.ID)
                    .fetch(r -> new Kept(r.value1(), r.value2(), r.value3()));
        } catch (DataAccessException e) {
            throw StoreErrors.translate(e, "store.action.keep");
        }
    }

    /** The server took it: it goes. */
    public void remove(long id) {
        try {
            dsl.deleteFrom(PENDING_EDIT).where(PENDING_EDIT.ID.eq(id)).execute();
            store.sync();
        } catch (DataAccessException e) {
            throw StoreErrors.translate(e, "store.action.keep");
        }
    }
}
