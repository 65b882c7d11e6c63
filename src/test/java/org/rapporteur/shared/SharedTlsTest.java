package org.rapporteur.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.model.SharedLogin;
import org.rapporteur.service.Problems;
import org.rapporteur.store.SharedTestDatabase;
import org.rapporteur.store.Store;
import org.rapporteur.store.StoreException;

/**
 * A shared meeting over TLS with {@code sslmode=verify-full} (docs/shared-meeting.md): the connection is encrypted
 * and the server proves, with a certificate signed by the authority the laptop was given, that it is the one named
 * in the address. scripts/postgres-for-tests.sh gives the tests' server such a certificate for "localhost".
 */
class SharedTlsTest {
    @TempDir
    Path temp;

    private SharedTestDatabase db;

    @BeforeEach
    void create() {
        db = SharedTestDatabase.create();
    }

    @AfterEach
    void drop() {
        db.close();
    }

    private SharedLogin verifyFull(String authority) {
        String port = SharedTestDatabase.server().split(":")[1];
        return new SharedLogin("jdbc:postgresql://localhost:" + port + "/" + db.name() + "?sslmode=verify-full&sslrootcert="
                + authority, SharedTestDatabase.ADMIN, SharedTestDatabase.ADMIN);
    }

    @Test
    void verifyFullConnectsEncryptedToTheServerTheAddressNames() throws Exception {
        try (Store store = Store.openShared(verifyFull(SharedTestDatabase.authorityCertificate()));
             Connection c = store.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT ssl, version FROM pg_stat_ssl WHERE pid = pg_backend_pid()")) {
            assertTrue(r.next());
            assertTrue(r.getBoolean(1), "the connection is encrypted");
            assertTrue(r.getString(2).startsWith("TLS"), r.getString(2));
        }
    }

    @Test
    void aServerNotSignedByTheAuthorityGivenIsRefusedInASentence() throws Exception {
        // Another authority: a certificate of its own that signed nothing of the server's.
        Path stranger = temp.resolve("stranger.crt");
        Process openssl = new ProcessBuilder("openssl", "req", "-new", "-x509", "-days", "1", "-nodes", "-subj", "/CN=Stranger",
                "-keyout", temp.resolve("stranger.key").toString(), "-out", stranger.toString())
                .redirectErrorStream(true).start();
        assertEquals(0, openssl.waitFor(), new String(openssl.getInputStream().readAllBytes()));
        assertTrue(Files.size(stranger) > 0);

        StoreException refused = assertThrows(StoreException.class, () -> Store.openShared(verifyFull(stranger.toString())));
        assertEquals(StoreException.Reason.NOT_ALLOWED, refused.reason());
        String sentence = Problems.sentence(refused, Locale.ENGLISH);
        assertTrue(sentence.startsWith("The connection to localhost is not trusted"), sentence);
    }
}
