package org.rapporteur.store;

import java.sql.SQLException;
import org.h2.api.ErrorCode;
import org.jooq.exception.DataAccessException;
import org.rapporteur.text.Sentence;

/** Turns a database failure during ordinary work into a {@link StoreException} a person can read. */
final class StoreErrors {
    private StoreErrors() {
    }

    /** @param actionKey the sentence naming what was being done ("store.action.save") */
    static StoreException translate(DataAccessException e, String actionKey) {
        Sentence action = Sentence.of(actionKey);
        String detail = Store.firstLine(e.getCause() != null ? e.getCause().getMessage() : e.getMessage());
        if (SharedErrors.isConnectionLost(e)) {
            return new StoreException(StoreException.Reason.OFFLINE, Sentence.of("store.sharedLost", action), e);
        }
        if (SharedErrors.isNotAllowed(e)) {
            return new StoreException(StoreException.Reason.NOT_ALLOWED, Sentence.of("store.sharedNotAllowed", action), e);
        }
        if (causedBy(e, ErrorCode.VALUE_TOO_LONG_2) || hasState(e, "22001")) {
            return new StoreException(StoreException.Reason.FAILED, Sentence.of("store.valueTooLong", action), e);
        }
        if (mentions(e, "no space left") || mentions(e, "not enough space") || mentions(e, "disk full")) {
            return new StoreException(StoreException.Reason.NOT_WRITABLE, Sentence.of("store.diskFull", action), e);
        }
        return new StoreException(StoreException.Reason.FAILED, Sentence.of("store.failed", action, detail), e);
    }

    /** Whether any cause's message says so: H2 wraps the disk's own words a few levels down. */
    static boolean mentions(Throwable e, String words) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().toLowerCase(java.util.Locale.ROOT).contains(words)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasState(Throwable e, String state) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && state.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static boolean causedBy(Throwable e, int h2ErrorCode) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getErrorCode() == h2ErrorCode) {
                return true;
            }
        }
        return false;
    }
}
