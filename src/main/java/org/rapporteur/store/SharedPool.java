package org.rapporteur.store;

import org.rapporteur.model.Access;
import org.rapporteur.model.SharedLogin;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderNameCase;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultConfiguration;
import org.jooq.tools.jdbc.JDBCUtils;
import org.rapporteur.text.Sentence;

/**
 * A shared store's connections: a HikariCP pool to the PostgreSQL server, which replaces connections the network
 * broke and opens new ones once the server answers again, and the jOOQ context in the server's dialect.
 *
 * <p>Opening checks the login, sets the database up or upgrades it with the same Flyway scripts as the local store
 * (plus {@code db/postgresql}: live changes and roles) when the login may, and reads what the login may change.
 */
final class SharedPool implements AutoCloseable {
    /** The last script of db/migration and db/postgresql together; StoreTest holds it to the scripts there. */
    static final String SCHEMA_VERSION = "5.2";
    /**
     * How long an edit waits for a connection: long enough for a server across a room's Wi-Fi (the pool keeps
     * connections open, so this is rarely a new one), short enough that a dropped network stops the writer for no
     * more than a moment before the edit is kept on the laptop (SharedLink).
     */
    static final long CONNECT_TIMEOUT_MILLIS = 1_500;
    private static final int POOL_SIZE = 4;

    private final HikariDataSource pool;
    private final DSLContext dsl;
    private final Access access;

    private SharedPool(HikariDataSource pool, DSLContext dsl, Access access) {
        this.pool = pool;
        this.dsl = dsl;
        this.access = access;
    }

    /**
     * @param clientId this app instance's name in the change notifications ({@code rapporteur.client}), so that its
     *                 own changes can be told from the others'
     */
    static SharedPool open(SharedLogin login, String clientId) {
        if (!SharedLogin.isServerUrl(login.url())) {
            throw new StoreException(StoreException.Reason.FAILED, Sentence.of("store.sharedBadUrl", login.url()));
        }
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config(login, clientId));
        } catch (RuntimeException e) {
            throw SharedErrors.opening(e, login);
        }
        try {
            SQLDialect dialect;
            try (Connection connection = pool.getConnection()) {
                dialect = JDBCUtils.dialect(connection);
            }
            if (!Store.isCurrent(pool, "public", SCHEMA_VERSION)) {
                migrate(pool, login);
            }
            DSLContext dsl = DSL.using(new DefaultConfiguration().set(pool).set(dialect).set(settings())
                    .set(new ServerText()));
            return new SharedPool(pool, dsl, access(dsl));
        } catch (SQLException | RuntimeException e) {
            pool.close();
            throw e instanceof StoreException se ? se : SharedErrors.opening(e, login);
        }
    }

    /**
     * jOOQ's classes were generated from H2, which names tables and columns in capitals; PostgreSQL folds them to
     * small letters, so names are rendered quoted in small letters.
     */
    static Settings settings() {
        return new Settings().withRenderNameCase(RenderNameCase.LOWER);
    }

    private static HikariConfig config(SharedLogin login, String clientId) {
        HikariConfig config = new HikariConfig();
        config.setConnectionInitSql("SET rapporteur.client = '" + clientId.replaceAll("[^A-Za-z0-9-]", "") + "'");
        config.setJdbcUrl(login.url());
        config.setUsername(login.user());
        config.setPassword(login.password());
        config.setMaximumPoolSize(POOL_SIZE);
        config.setMinimumIdle(1);
        config.setConnectionTimeout(CONNECT_TIMEOUT_MILLIS);
        config.setValidationTimeout(1_000);
        config.setKeepaliveTime(30_000);
        config.setPoolName("rapporteur-shared");
        // A write that the network swallowed must not hang the writer: the driver gives up after these.
        config.addDataSourceProperty("connectTimeout", "3");
        config.addDataSourceProperty("socketTimeout", "20");
        config.addDataSourceProperty("tcpKeepAlive", "true");
        config.addDataSourceProperty("ApplicationName", "Rapporteur");
        return config;
    }

    private static void migrate(DataSource pool, SharedLogin login) {
        try {
            Flyway.configure()
                    .dataSource(pool)
                    .locations("classpath:db/migration", "classpath:db/postgresql")
                    .failOnMissingLocations(true)
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw SharedErrors.migrating(e, login);
        }
    }

    /** What PostgreSQL lets this login change, asked of it (the grants of db/postgresql's roles script). */
    private static Access access(DSLContext dsl) {
        var r = dsl.fetchOne("SELECT has_table_privilege('meeting', 'UPDATE'), has_table_privilege('entry', 'UPDATE'),"
                + " has_table_privilege('election', 'INSERT'), has_table_privilege('floor_request', 'INSERT')");
        return new Access(r.get(0, Boolean.class), r.get(1, Boolean.class), r.get(2, Boolean.class),
                r.get(3, Boolean.class));
    }

    DataSource dataSource() {
        return pool;
    }

    DSLContext dsl() {
        return dsl;
    }

    Access access() {
        return access;
    }

    @Override
    public void close() {
        pool.close();
    }
}
