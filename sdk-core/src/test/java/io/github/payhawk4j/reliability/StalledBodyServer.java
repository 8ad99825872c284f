package io.github.payhawk4j.reliability;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A loopback HTTP server that answers every request with {@code 200} headers announcing a 1,000-byte body, sends
 * a few bytes of it and then goes silent, keeping the connection open: the case WireMock's faults do not cover.
 * Records the request line of every request, on every connection. Close it to drop all connections.
 */
final class StalledBodyServer implements AutoCloseable {

    private static final byte[] STALLED_RESPONSE = ("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
            + "Content-Length: 1000\r\n\r\n{\"id\":\"12").getBytes(StandardCharsets.US_ASCII);

    private final ServerSocket server;
    private final List<Socket> connections = new CopyOnWriteArrayList<>();
    private final List<String> requestLines = new CopyOnWriteArrayList<>();
    private final Thread acceptor;

    private StalledBodyServer(ServerSocket server) {
        this.server = server;
        this.acceptor = new Thread(this::serve, "stalled-body-server");
        this.acceptor.setDaemon(true);
    }

    /** Starts the server on a free loopback port. */
    static StalledBodyServer start() throws IOException {
        StalledBodyServer stalling = new StalledBodyServer(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()));
        stalling.acceptor.start();
        return stalling;
    }

    /** {@code http://127.0.0.1:<port>}. */
    String baseUrl() {
        return "http://127.0.0.1:" + server.getLocalPort();
    }

    /** The request lines received so far, e.g. {@code GET /api/v3/accounts/acme/expenses/1207 HTTP/1.1}. */
    List<String> requestLines() {
        return List.copyOf(requestLines);
    }

    private void serve() {
        while (!server.isClosed()) {
            try {
                Socket connection = server.accept();
                connections.add(connection);
                Thread answering = new Thread(() -> answer(connection), "stalled-body-connection");
                answering.setDaemon(true);
                answering.start();
            } catch (IOException closed) {
                return;
            }
        }
    }

    /** Answers every request that arrives on {@code connection}, in case the client sends more than one on it. */
    private void answer(Socket connection) {
        try {
            InputStream in = connection.getInputStream();
            OutputStream out = connection.getOutputStream();
            for (String requestLine = readRequestHead(in); !requestLine.isEmpty(); requestLine = readRequestHead(in)) {
                requestLines.add(requestLine);
                out.write(STALLED_RESPONSE);
                out.flush();
            }
        } catch (IOException closed) {
            // The client gave up on the connection.
        }
    }

    /**
     * Reads one request (head, and as many body bytes as its {@code Content-Length} says) and returns its request
     * line; empty at the end of the stream.
     */
    private static String readRequestHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        byte[] end = {'\r', '\n', '\r', '\n'};
        for (int b = in.read(); b >= 0; b = in.read()) {
            head.write(b);
            matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
            if (matched == end.length) {
                String text = head.toString(StandardCharsets.US_ASCII);
                in.readNBytes(contentLength(text));
                return text.substring(0, text.indexOf("\r\n"));
            }
        }
        return "";
    }

    private static int contentLength(String head) {
        for (String line : head.split("\r\n")) {
            if (line.regionMatches(true, 0, "Content-Length:", 0, "Content-Length:".length())) {
                return Integer.parseInt(line.substring("Content-Length:".length()).trim());
            }
        }
        return 0;
    }

    /**
     * Waits up to {@code limit} for {@code count} requests to have arrived, and returns the request lines then; it
     * returns as soon as they are there, so only a request that never arrives waits the whole limit.
     */
    List<String> awaitRequestLines(int count, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (requestLines.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        return requestLines();
    }

    @Override
    public void close() throws IOException {
        server.close();
        for (Socket connection : connections) {
            connection.close();
        }
    }
}
