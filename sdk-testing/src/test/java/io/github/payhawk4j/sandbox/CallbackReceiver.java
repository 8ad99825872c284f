package io.github.payhawk4j.sandbox;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;

/** A webhook receiver on 127.0.0.1 for tests: records every POST and answers with scripted statuses. */
final class CallbackReceiver implements AutoCloseable {

    /** One request as it arrived. */
    record Received(String method, String pathAndQuery, Map<String, List<String>> headers, byte[] body) {

        String header(String name) {
            return headers.entrySet().stream()
                    .filter(entry -> entry.getKey().equalsIgnoreCase(name))
                    .map(entry -> entry.getValue().get(0))
                    .findFirst().orElse(null);
        }

        String bodyText() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private final HttpServer server;
    private final List<Received> received = new ArrayList<>();
    private final Deque<Integer> scriptedStatuses = new ConcurrentLinkedDeque<>();
    private volatile int defaultStatus = 200;

    CallbackReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            try (exchange; InputStream in = exchange.getRequestBody()) {
                byte[] body = in.readAllBytes();
                Map<String, List<String>> headers = new HashMap<>();
                exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, List.copyOf(values)));
                String query = exchange.getRequestURI().getRawQuery();
                String pathAndQuery = exchange.getRequestURI().getRawPath() + (query == null ? "" : "?" + query);
                synchronized (received) {
                    received.add(new Received(exchange.getRequestMethod(), pathAndQuery, Map.copyOf(headers), body));
                    received.notifyAll();
                }
                Integer scripted = scriptedStatuses.pollFirst();
                exchange.sendResponseHeaders(scripted != null ? scripted : defaultStatus, -1);
            }
        });
        server.start();
    }

    /** The URL of {@code pathAndQuery} on this receiver, e.g. {@code http://127.0.0.1:1234/hooks}. */
    String url(String pathAndQuery) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + pathAndQuery;
    }

    /** Answers the next requests with these statuses, then with the default again. */
    void answerNext(int... statuses) {
        for (int status : statuses) {
            scriptedStatuses.addLast(status);
        }
    }

    /** Answers every unscripted request with {@code status}. */
    void answerAlways(int status) {
        defaultStatus = status;
    }

    /** Everything received so far. */
    List<Received> received() {
        synchronized (received) {
            return List.copyOf(received);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
