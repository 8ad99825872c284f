package io.github.payhawk4j.examples.benchmarks;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A local stand-in for the Payhawk API on the JDK's built-in HTTP server: each registered path
 * (without query) always answers 200 with the same bytes, and requests are counted per path.
 *
 * <p>Run it with {@code -Dsun.net.httpserver.nodelay=true} (the benchmarks' forks do): without
 * {@code TCP_NODELAY} the server's separate header and body writes meet the client's delayed ACK,
 * and every response waits about 40 ms, for the SDK and the baseline alike.
 */
public final class FixedResponseApiServer implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService executor;
    private final Map<String, AtomicLong> requests = new ConcurrentHashMap<>();

    private FixedResponseApiServer(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /**
     * Starts a server on a free loopback port.
     *
     * @param responses   path to answer, e.g. {@code /api/v3/rsa-public-key}, mapped to its body
     * @param contentType the content type of every answer
     */
    public static FixedResponseApiServer start(Map<String, byte[]> responses, String contentType) {
        Map<String, List<byte[]>> inParts = new HashMap<>();
        responses.forEach((path, body) -> inParts.put(path, List.of(body)));
        return startWithParts(inParts, contentType);
    }

    /**
     * Starts a server whose answers are written part after part (parts may repeat one array many times, so a large
     * body need not be held whole: see {@link ExpenseFixture#pageParts}).
     *
     * @param responses   path to answer mapped to the parts of its body
     * @param contentType the content type of every answer
     */
    public static FixedResponseApiServer startWithParts(Map<String, List<byte[]>> responses, String contentType) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
            ExecutorService executor = Executors.newFixedThreadPool(2);
            server.setExecutor(executor);
            FixedResponseApiServer api = new FixedResponseApiServer(server, executor);
            responses.forEach((path, body) -> {
                AtomicLong count = new AtomicLong();
                api.requests.put(path, count);
                server.createContext(path, exchange -> answer(exchange, path, body, contentType, count));
            });
            server.start();
            return api;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void answer(HttpExchange exchange, String path, List<byte[]> body, String contentType, AtomicLong count)
            throws IOException {
        try (exchange) {
            try (InputStream request = exchange.getRequestBody()) {
                request.readAllBytes();
            }
            if (!exchange.getRequestURI().getPath().equals(path)) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            count.incrementAndGet();
            exchange.getResponseHeaders().set("Content-Type", contentType);
            long length = 0;
            for (byte[] part : body) {
                length += part.length;
            }
            exchange.sendResponseHeaders(200, length);
            try (OutputStream out = exchange.getResponseBody()) {
                for (byte[] part : body) {
                    out.write(part);
                }
            }
        }
    }

    /** The base URL to give a client, e.g. {@code http://127.0.0.1:41234}. */
    public String baseUrl() {
        return "http://" + server.getAddress().getAddress().getHostAddress() + ":" + server.getAddress().getPort();
    }

    /** How many requests {@code path} has answered. */
    public long requestsTo(String path) {
        AtomicLong count = requests.get(path);
        return count == null ? 0 : count.get();
    }

    /** Stops the server at once. */
    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
