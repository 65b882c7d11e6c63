package org.rapporteur.ui.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.h2.engine.Constants;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.service.Backend;
import org.rapporteur.service.TestBackends;
import org.rapporteur.service.Workers;
import org.testfx.api.FxRobot;

/**
 * Nothing listens: with the window up, a meeting open and the store written to, this process has no socket
 * listening on any port (no H2 TCP server, no web console), and H2 is at the version without the 2.x
 * corruption bugs fixed before it.
 */
class NothingListensTest {
    @TempDir
    Path store;

    private RunningApp app;

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            app.stop();
        }
    }

    @Test
    void theRunningAppOpensNoListeningSocketAndStartsNoDatabaseServer() throws Exception {
        assumeTrue(Files.isDirectory(Path.of("/proc/self/fd")), "reads Linux's /proc");
        try (Backend backend = TestBackends.open(store, Workers.sameThread())) {
            backend.meetings().addSample().join();
        }
        app = new RunningApp(store).start();
        Driving.openFirstMeeting(new FxRobot());
        app.context().meetings().join().sync().join();
        if (!TestBackends.onPostgresql()) {
            app.context().backups().join().backUpNow().join();     // a shared meeting's backups are its server's
        }

        assertEquals(List.of(), listeningSocketsOfThisProcess(), "sockets this process listens on");
        assertTrue(Thread.getAllStackTraces().keySet().stream().map(Thread::getName)
                .noneMatch(name -> name.contains("H2 TCP") || name.contains("H2 Console") || name.contains("H2 PG")),
                "no H2 server thread");
    }

    @Test
    void h2IsAtTheVersionThisProjectTrusts() {
        assertEquals(2, Constants.VERSION_MAJOR);
        assertTrue(Constants.VERSION_MINOR > 5 || Constants.VERSION_MINOR == 5 && Constants.BUILD_ID >= 252,
                "H2 " + Constants.VERSION_MAJOR + "." + Constants.VERSION_MINOR + "." + Constants.BUILD_ID);
    }

    /** Lines of /proc/net/{tcp,tcp6,udp,udp6} in LISTEN state (or bound UDP) whose inode is one of our descriptors. */
    private static List<String> listeningSocketsOfThisProcess() throws IOException {
        Set<String> ours = new HashSet<>();
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            for (Path fd : fds.toList()) {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    if (target.startsWith("socket:[")) {
                        ours.add(target.substring("socket:[".length(), target.length() - 1));
                    }
                } catch (IOException gone) {
                    // A descriptor closed while we looked.
                }
            }
        }
        List<String> listening = new java.util.ArrayList<>();
        for (String table : List.of("tcp", "tcp6", "udp", "udp6")) {
            Path file = Path.of("/proc/net", table);
            if (!Files.exists(file)) {
                continue;
            }
            for (String line : Files.readAllLines(file).subList(1, Files.readAllLines(file).size())) {
                String[] f = line.trim().split("\\s+");
                boolean listens = table.startsWith("tcp") ? f[3].equals("0A") : f[3].equals("07");
                if (listens && ours.contains(f[9])) {
                    listening.add(table + " " + f[1]);
                }
            }
        }
        return listening;
    }
}
