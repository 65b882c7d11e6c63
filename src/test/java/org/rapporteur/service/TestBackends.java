package org.rapporteur.service;

import java.nio.file.Path;
import org.rapporteur.model.StoreAddress;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.rapporteur.store.SharedTestDatabase;

/**
 * The store the service-level tests run on: this laptop's H2 file in the test's folder, or — with
 * {@code -Drapporteur.test.store=postgresql}, as the build's second run of them does — a shared meeting's
 * database on the tests' PostgreSQL, one per folder (so a test that reopens its folder reopens its database), with
 * the folder as the laptop's own store. The databases go when the test JVM ends.
 */
public final class TestBackends {
    public static final String PROPERTY = "rapporteur.test.store";
    private static final Map<Path, SharedTestDatabase> DATABASES = new ConcurrentHashMap<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> DATABASES.values().forEach(SharedTestDatabase::close)));
    }

    private TestBackends() {
    }

    /** Whether this run puts the tests' meetings on PostgreSQL. */
    public static boolean onPostgresql() {
        return "postgresql".equals(System.getProperty(PROPERTY));
    }

    public static Backend open(Path folder, Workers workers) {
        return open(folder, workers, Clock.systemDefaultZone());
    }

    public static Backend open(Path folder, Workers workers, Clock clock) {
        if (!onPostgresql()) {
            return Backend.open(folder, workers, clock);
        }
        return Backend.openShared(database(folder).owner(), folder, workers, clock);
    }

    /** Where a window test's app finds the meetings of {@code folder}: the folder's store, or its database. */
    public static StoreAddress address(Path folder) {
        return onPostgresql() ? StoreAddress.shared(folder, database(folder).owner()) : StoreAddress.local(folder);
    }

    private static SharedTestDatabase database(Path folder) {
        return DATABASES.computeIfAbsent(folder.toAbsolutePath(), f -> SharedTestDatabase.create());
    }

    /**
     * {@code text} as this run's store gives it back: exactly on H2; on PostgreSQL, whose text cannot hold them, each
     * NUL and each lone surrogate as U+FFFD (worked out here by code point, apart from the store's own code).
     */
    public static String asStored(String text) {
        if (!onPostgresql() || text == null) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        text.codePoints().map(cp -> cp == 0 || (cp >= 0xD800 && cp <= 0xDFFF) ? 0xFFFD : cp).forEach(out::appendCodePoint);
        return out.toString();
    }
}
