package io.github.payhawk4j.sandbox;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** The JDK HTTP server the sandbox API listens on, bound to the loopback address only. */
final class SandboxServer implements AutoCloseable {

    private static final int WORKER_THREADS = 8;
    /**
     * The JDK server writes response headers and body separately; with Nagle's algorithm on, the body
     * then waits for the client's delayed ACK, about 40 ms per request, which would make a 15-per-second
     * rate limit unreachable and tests slow. The JDK reads this switch once, when its first server starts.
     */
    private static final String NO_DELAY_PROPERTY = "sun.net.httpserver.nodelay";

    private final HttpServer server;
    private final ExecutorService workers;

    private SandboxServer(HttpServer server, ExecutorService workers) {
        this.server = server;
        this.workers = workers;
    }

    /** Starts serving {@code handler} on {@code port} (0 for any free port) of 127.0.0.1. */
    static SandboxServer start(int port, HttpHandler handler) {
        if (System.getProperty(NO_DELAY_PROPERTY) == null) {
            System.setProperty(NO_DELAY_PROPERTY, "true");
        }
        AtomicInteger count = new AtomicInteger();
        ExecutorService workers = Executors.newFixedThreadPool(WORKER_THREADS, task -> {
            Thread thread = new Thread(task, "payhawk-sandbox-http-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
            server.createContext("/", handler);
            server.setExecutor(workers);
            server.start();
            return new SandboxServer(server, workers);
        } catch (IOException e) {
            workers.shutdownNow();
            throw new UncheckedIOException("The sandbox could not listen on port " + port, e);
        }
    }

    /** {@code http://127.0.0.1:<port>}, without a trailing slash. */
    String baseUrl() {
        InetSocketAddress address = server.getAddress();
        String host = address.getAddress().getHostAddress();
        if (address.getAddress() instanceof Inet6Address) {
            host = "[" + host + "]";
        }
        return "http://" + host + ":" + address.getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
        try {
            workers.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
