package org.rapporteur.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP relay between the app and the tests' PostgreSQL whose cable the test can pull: {@link #cut()} breaks every
 * connection through it and refuses new ones, {@link #restore()} lets them through again — the network of a
 * conference room going away and coming back, without touching the server.
 */
public final class CuttableProxy implements AutoCloseable {
    private final ServerSocket listening;
    private final String host;
    private final int port;
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private volatile boolean cut;
    private volatile boolean closed;

    private CuttableProxy(String host, int port) throws IOException {
        this.host = host;
        this.port = port;
        this.listening = new ServerSocket();
        listening.setReuseAddress(true);
        listening.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        Thread accepting = new Thread(this::accept, "test-proxy");
        accepting.setDaemon(true);
        accepting.start();
    }

    /** A relay to the tests' server. */
    public static CuttableProxy toTestServer() throws IOException {
        String[] server = SharedTestDatabase.server().split(":");
        return new CuttableProxy(server[0], Integer.parseInt(server[1]));
    }

    /** The JDBC URL of {@code database} through this relay. */
    public String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + listening.getLocalPort() + "/" + database;
    }

    public void cut() {
        cut = true;
        open.forEach(CuttableProxy::quietlyClose);
        open.clear();
    }

    public void restore() {
        cut = false;
    }

    private void accept() {
        while (!closed) {
            try {
                Socket client = listening.accept();
                if (cut) {
                    client.close();
                    continue;
                }
                Socket server = new Socket(host, port);
                open.add(client);
                open.add(server);
                pipe(client, server);
                pipe(server, client);
            } catch (IOException e) {
                if (closed) {
                    return;
                }
            }
        }
    }

    private void pipe(Socket from, Socket to) {
        Thread t = new Thread(() -> {
            byte[] buffer = new byte[16 * 1024];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                for (int n; (n = in.read(buffer)) >= 0; ) {
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (IOException ignored) {
                // One side went: both go.
            } finally {
                quietlyClose(from);
                quietlyClose(to);
            }
        }, "test-proxy-pipe");
        t.setDaemon(true);
        t.start();
    }

    private static void quietlyClose(Socket s) {
        try {
            s.close();
        } catch (IOException ignored) {
            // Closing anyway.
        }
    }

    @Override
    public void close() throws IOException {
        closed = true;
        cut();
        listening.close();
    }
}
