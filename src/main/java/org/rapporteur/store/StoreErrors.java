package org.rapporteur.store;

import org.jooq.exception.DataAccessException;

/** Turns a database failure during ordinary work into a {@link StoreException} a person can read. */
final class StoreErrors {
    private StoreErrors() {
    }

    static StoreException translate(DataAccessException e, String whatWasBeingDone) {
        String detail = Store.firstLine(e.getCause() != null ? e.getCause().getMessage() : e.getMessage());
        if (detail.toLowerCase(java.util.Locale.ROOT).contains("no space left")) {
            return new StoreException(StoreException.Reason.NOT_WRITABLE,
                    "The disk is full: Rapporteur could not " + whatWasBeingDone + ". Free some space; nothing already saved is lost.", e);
        }
        return new StoreException(StoreException.Reason.FAILED,
                "Rapporteur could not " + whatWasBeingDone + ": " + detail, e);
    }
}
