package se.tryggve.publicdata;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;

/**
 * The recorded files under {@code src/test/resources/publicdata} (invented, in the shape of the real
 * services' answers), with Huddinge's kommun code 0126 replaced by a test municipality's code, and a
 * local HTTP server (loopback, free port) that serves them in place of the police, SCB and Kolada.
 */
final class Recorded {

    private Recorded() {
    }

    static String file(String name) {
        try (InputStream in = Recorded.class.getResourceAsStream("/publicdata/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file as if published for the municipality with this code (0126 → code). */
    static String forCode(String name, String code) {
        return file(name).replace("0126", code);
    }

    /** A local server answering fixed bodies by path (query ignored) and remembering each request. */
    static final class Server implements AutoCloseable {
        record Request(String path, String query, String userAgent) {
        }

        final HttpServer server;
        final Map<String, String> bodies = new ConcurrentHashMap<>();
        final List<Request> requests = new CopyOnWriteArrayList<>();

        Server() throws IOException {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/", exchange -> {
                String path = exchange.getRequestURI().getPath();
                requests.add(new Request(path, exchange.getRequestURI().getQuery(), exchange.getRequestHeaders().getFirst("User-Agent")));
                String body = bodies.get(path);
                if (body == null) {
                    exchange.sendResponseHeaders(404, -1);
                    exchange.close();
                    return;
                }
                byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, bytes.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            });
            server.start();
        }

        String url(String path) {
            return "http://127.0.0.1:" + server.getAddress().getPort() + path;
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }
}
