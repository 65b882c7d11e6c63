package org.rapporteur.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.rapporteur.model.SharedLogin;

/**
 * Hears the changes other laptops make to a shared meeting: a connection of its own that LISTENs on
 * rapporteur_changes (db/postgresql/V5_1), on a daemon thread. It also asks the server something every second, so
 * that a network gone away is noticed within a few seconds even when nobody writes; it then says so and connects
 * again every second until the server answers, and says that too (a change may have been missed meanwhile, so it
 * then announces meeting 0: read everything again).
 */
public final class ChangeFeed implements AutoCloseable {
    /** What the feed hears; called on its own thread. */
    public interface Listener {
        /** Another app instance committed a change to {@code meetingId} (0: to something, read all again). */
        void changed(long meetingId);

        /** The server can be reached ({@code true}) or not. Said on every change of state, and first once. */
        void reachable(boolean up);
    }

    static final String CHANNEL = "rapporteur_changes";
    private static final Logger LOG = Logger.getLogger(ChangeFeed.class.getName());
    private static final long PING_MILLIS = 1_000;
    private static final int WAIT_MILLIS = 200;

    private final SharedLogin login;
    private final String clientId;
    private final Listener listener;
    private final Thread thread;
    private volatile boolean closed;
    private volatile Connection connection;
    private Boolean up;

    private ChangeFeed(SharedLogin login, String clientId, Listener listener) {
        this.login = login;
        this.clientId = clientId;
        this.listener = listener;
        this.thread = new Thread(this::run, "rapporteur-change-feed");
        thread.setDaemon(true);
    }

    /** Starts hearing {@code login}'s server; {@code clientId}'s own changes are passed over. */
    public static ChangeFeed start(SharedLogin login, String clientId, Listener listener) {
        ChangeFeed feed = new ChangeFeed(login, clientId, listener);
        feed.thread.start();
        return feed;
    }

    private void run() {
        while (!closed) {
            try (Connection c = connect(); Statement ping = c.createStatement()) {
                connection = c;
                ping.execute("LISTEN " + CHANNEL);
                say(true);
                PGConnection pg = c.unwrap(PGConnection.class);
                long lastPing = System.nanoTime();
                while (!closed) {
                    PGNotification[] heard = pg.getNotifications(WAIT_MILLIS);
                    if (heard != null) {
                        for (PGNotification n : heard) {
                            hear(n.getParameter());
                        }
                    }
                    if (System.nanoTime() - lastPing > PING_MILLIS * 1_000_000) {
                        ping.execute("SELECT 1");
                        lastPing = System.nanoTime();
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (closed) {
                    return;
                }
                LOG.log(Level.FINE, "The shared meeting's server cannot be heard; trying again", e);
                say(false);
                pause();
            }
        }
    }

    private void hear(String payload) {
        int colon = payload.indexOf(':');
        String meeting = colon < 0 ? payload : payload.substring(0, colon);
        String from = colon < 0 ? "" : payload.substring(colon + 1);
        if (from.equals(clientId)) {
            return;
        }
        long id;
        try {
            id = Long.parseLong(meeting);
        } catch (NumberFormatException e) {
            id = 0;
        }
        tell(id);
    }

    /** A listener that fails must not pass for the server gone (the feed would drop and reconnect for ever). */
    private void tell(long meetingId) {
        try {
            listener.changed(meetingId);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "A listener of the shared meeting's changes failed", e);
        }
    }

    private void say(boolean reachable) {
        if (up == null || up != reachable) {
            boolean wasDown = Boolean.FALSE.equals(up);
            up = reachable;
            try {
                listener.reachable(reachable);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "A listener of the shared meeting's server failed", e);
            }
            if (reachable && wasDown) {
                tell(0);
            }
        }
    }

    private Connection connect() throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", login.user());
        p.setProperty("password", login.password());
        p.setProperty("connectTimeout", "3");
        p.setProperty("socketTimeout", "3");
        p.setProperty("tcpKeepAlive", "true");
        p.setProperty("ApplicationName", "Rapporteur (changes)");
        return DriverManager.getConnection(login.url(), p);
    }

    private void pause() {
        try {
            Thread.sleep(PING_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closed = true;
        }
    }

    /** Stops hearing; the connection goes. */
    @Override
    public void close() {
        closed = true;
        Connection c = connection;
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // Closing anyway.
            }
        }
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
