package org.rapporteur.store;

import org.rapporteur.model.SharedLogin;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assumptions;

/**
 * A fresh database on the tests' PostgreSQL server (scripts/postgres-for-tests.sh starts one), made for one test
 * and dropped after it, with logins in the plenary's roles. The server is found at {@code RAPPORTEUR_TEST_PG}
 * (host:port, default localhost:5432) as the login rapporteur_test.
 *
 * <p>When no server answers, a test needing one is skipped, unless {@code -Drapporteur.test.postgres=required}
 * (the README's test command sets it): then it fails, so CI can never pass without the shared-meeting tests.
 */
public final class SharedTestDatabase implements AutoCloseable {
    public static final String ADMIN = "rapporteur_test";
    private static final AtomicInteger COUNT = new AtomicInteger();

    private final String name;
    private final List<String> users = new ArrayList<>();

    private SharedTestDatabase(String name) {
        this.name = name;
    }

    /** host:port of the tests' server. */
    public static String server() {
        String env = System.getenv("RAPPORTEUR_TEST_PG");
        return env == null || env.isBlank() ? "localhost:5432" : env;
    }

    /** The test authority's certificate, for sslmode=verify-full. */
    public static String authorityCertificate() {
        String env = System.getenv("RAPPORTEUR_TEST_PG_CA");
        return env == null || env.isBlank() ? "/var/lib/postgresql/rapporteur-tls/ca.crt" : env;
    }

    /** Whether the tests' server answers; when not, skips the calling test or (when required) fails it. */
    public static void assumeServer() {
        String problem = problem();
        if (problem != null) {
            String why = "No PostgreSQL for the shared-meeting tests at " + server() + " (" + problem
                    + "); scripts/postgres-for-tests.sh starts one";
            if (Boolean.getBoolean("rapporteur.test.postgres.required")
                    || "required".equals(System.getProperty("rapporteur.test.postgres"))) {
                throw new AssertionError(why);
            }
            Assumptions.abort(why);
        }
    }

    /**
     * Why the tests' server does not answer, or null when it does. For a program outside the tests (the benchmark
     * command), which has no test to skip.
     */
    public static String problem() {
        try (Connection c = admin("postgres")) {
            return c.isValid(2) ? null : "the connection is not valid";
        } catch (SQLException e) {
            return String.valueOf(e.getMessage());
        }
    }

    /** A new, empty database owned by the tests' login. */
    public static SharedTestDatabase create() {
        assumeServer();
        String name = "rapporteur_t" + ProcessHandle.current().pid() + "_" + COUNT.incrementAndGet();
        try (Connection c = admin("postgres"); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name);
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new AssertionError("Could not create the test database " + name, e);
        }
        return new SharedTestDatabase(name);
    }

    public String name() {
        return name;
    }

    public String url() {
        return "jdbc:postgresql://" + server() + "/" + name;
    }

    /** The owner's login: it sets the database up at the first open. */
    public SharedLogin owner() {
        return new SharedLogin(url(), ADMIN, ADMIN);
    }

    /**
     * A login that is a member of {@code role} (rapporteur_chair, rapporteur_secretariat, rapporteur_rapporteur),
     * as docs/shared-meeting.md makes them; the database must have been opened by its owner first (the roles
     * script makes the roles).
     */
    public SharedLogin loginAs(String role) {
        return loginAs(role, role.replace("rapporteur_", ""));
    }

    /** The same, for a second login in the same role: {@code who} tells it from the others (letters and digits). */
    public SharedLogin loginAs(String role, String who) {
        String user = name + "_" + who;
        try (Connection c = admin(name); Statement s = c.createStatement()) {
            s.execute("DROP ROLE IF EXISTS " + user);
            s.execute("CREATE ROLE " + user + " LOGIN PASSWORD 'secret' IN ROLE " + role);
            s.execute("GRANT CONNECT ON DATABASE " + name + " TO " + user);
        } catch (SQLException e) {
            throw new AssertionError("Could not create the login " + user, e);
        }
        users.add(user);
        return new SharedLogin(url(), user, "secret");
    }

    /** A plain connection as the tests' login, to look behind the app's back. */
    public Connection connect() throws SQLException {
        return admin(name);
    }

    private static Connection admin(String database) throws SQLException {
        DriverManager.setLoginTimeout(3);
        return DriverManager.getConnection("jdbc:postgresql://" + server() + "/" + database, ADMIN, ADMIN);
    }

    /**
     * Drops the database and its logins. The app's connections of a closed backend may still be on their way out:
     * the drop is tried again for a few seconds before it counts as a failure.
     */
    @Override
    public void close() {
        SQLException last = null;
        for (int attempt = 0; attempt < 20; attempt++) {
            try (Connection c = admin("postgres"); Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
                for (String user : users) {
                    s.execute("DROP ROLE IF EXISTS " + user);
                }
                return;
            } catch (SQLException e) {
                last = e;
                try {
                    Thread.sleep(250);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        throw new AssertionError("Could not drop the test database " + name, last);
    }
}
