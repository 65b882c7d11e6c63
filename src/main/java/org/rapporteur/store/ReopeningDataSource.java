package org.rapporteur.store;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.h2.api.ErrorCode;
import org.h2.engine.Database;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * The store's connections, from a pool that is replaced when H2 has closed the database under it.
 *
 * <p>When a write fails at the disk (a full disk, a removed USB stick), H2 stops the database to protect the
 * file, and every pooled connection is dead from then on. Handing out a fresh pool instead lets the next edit
 * open the file again (H2 recovers it to the last commit) as soon as the disk can take it, with no restart.
 */
final class ReopeningDataSource implements DataSource {
    private static final Logger LOG = Logger.getLogger(ReopeningDataSource.class.getName());
    private static final int MAX_CONNECTIONS = 8;

    private final String url;
    private volatile JdbcConnectionPool pool;

    ReopeningDataSource(String url) {
        this.url = url;
        this.pool = newPool(url);
    }

    private static JdbcConnectionPool newPool(String url) {
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sa", "");
        pool.setMaxConnections(MAX_CONNECTIONS);
        return pool;
    }

    @Override
    public Connection getConnection() throws SQLException {
        try {
            Connection connection = pool.getConnection();
            if (open(connection)) {
                return connection;
            }
            connection.close();
        } catch (SQLException e) {
            if (e.getErrorCode() != ErrorCode.DATABASE_IS_CLOSED && e.getErrorCode() != ErrorCode.DATABASE_CALLED_AT_SHUTDOWN) {
                throw e;
            }
        }
        return reopen().getConnection();
    }

    /**
     * Whether the database behind {@code connection} still has its file open. H2 keeps the session of a database
     * it stopped after a failed write, so {@code isValid} says yes; its store says it is closed. This reads H2's
     * engine classes, which exist only in the embedded mode this store uses.
     */
    private static boolean open(Connection connection) {
        try {
            if (connection.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal session) {
                Database database = session.getDatabase();
                return !database.isClosing() && (database.getStore() == null || !database.getStore().getMvStore().isClosed());
            }
            return connection.isValid(0);
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }

    private synchronized JdbcConnectionPool reopen() {
        JdbcConnectionPool old = pool;
        LOG.warning("The database was closed under the store (a failed write); opening it again");
        old.dispose();
        pool = newPool(url);
        return pool;
    }

    void dispose() {
        pool.dispose();
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
        return getConnection();
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // No driver log: failures reach the log through the store's exceptions.
    }

    @Override
    public void setLoginTimeout(int seconds) {
        // The embedded database has no login to wait for.
    }

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        throw new SQLException("Not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return false;
    }
}
