package org.rapporteur.store;

import org.rapporteur.model.SharedLogin;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import javax.net.ssl.SSLException;
import org.rapporteur.text.Sentence;

/**
 * Turns what PostgreSQL and its driver say into sentences for the person at the keyboard: the server cannot be
 * reached, the password is wrong, the certificate is not trusted, the login may not do that. PostgreSQL's SQLSTATEs
 * (class 08 the connection, 28 the login, 42501 a privilege) are what is looked at, with the causes the driver gives.
 */
final class SharedErrors {
    private SharedErrors() {
    }

    /** Whether {@code e} says the server could not be reached or the connection broke (not a refused edit). */
    static boolean isConnectionLost(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof ConnectException || t instanceof SocketTimeoutException
                    || t instanceof NoRouteToHostException || t instanceof UnknownHostException
                    || t instanceof SocketException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
        }
        return false;
    }

    /** Whether PostgreSQL refused an edit because the login has no privilege for it. */
    static boolean isNotAllowed(Throwable e) {
        return hasState(e, "42501");
    }

    static StoreException opening(Throwable e, SharedLogin login) {
        if (hasState(e, "28P01") || hasState(e, "28000")) {
            return new StoreException(StoreException.Reason.NOT_ALLOWED,
                    Sentence.of("store.sharedLoginRefused", login.user(), login.where()), e);
        }
        if (hasState(e, "3D000")) {
            return new StoreException(StoreException.Reason.NOT_FOUND, Sentence.of("store.sharedNoDatabase", login.where()), e);
        }
        if (isCertificateProblem(e)) {
            return new StoreException(StoreException.Reason.NOT_ALLOWED,
                    Sentence.of("store.sharedCertificate", login.host(), detail(e)), e);
        }
        if (isConnectionLost(e)) {
            return new StoreException(StoreException.Reason.OFFLINE, Sentence.of("store.sharedUnreachable", login.where()), e);
        }
        return new StoreException(StoreException.Reason.FAILED, Sentence.of("store.sharedFailed", login.where(), detail(e)), e);
    }

    static StoreException migrating(Throwable e, SharedLogin login) {
        if (isNotAllowed(e) || StoreErrors.mentions(e, "permission denied") || StoreErrors.mentions(e, "must be owner")) {
            return new StoreException(StoreException.Reason.NOT_ALLOWED,
                    Sentence.of("store.sharedNotSetUp", login.where(), login.user()), e);
        }
        if (StoreErrors.mentions(e, "newer than") || StoreErrors.mentions(e, "not resolved locally")) {
            return new StoreException(StoreException.Reason.UNREADABLE, Sentence.of("store.sharedNewer", login.where()), e);
        }
        return opening(e, login);
    }

    private static boolean isCertificateProblem(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SSLException || t instanceof java.security.cert.CertificateException) {
                return true;
            }
        }
        return StoreErrors.mentions(e, "ssl") && (StoreErrors.mentions(e, "certificate")
                || StoreErrors.mentions(e, "hostname") || StoreErrors.mentions(e, "server does not support ssl"));
    }

    private static boolean hasState(Throwable e, String state) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && state.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** The innermost message, which is the one that names the actual problem. */
    private static String detail(Throwable e) {
        String message = null;
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null) {
                message = t.getMessage();
            }
        }
        return Store.firstLine(message);
    }
}
