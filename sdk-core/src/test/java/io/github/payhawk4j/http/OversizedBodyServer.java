package io.github.payhawk4j.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A loopback HTTP/1.1 server whose bodies never end, the case WireMock cannot serve: a request path ending in
 * {@code /chunked} gets a 200 with a chunked JSON body streamed until the client goes away, one ending in
 * {@code /declared} gets a 200 announcing a 300 MiB {@code Content-Length} and streaming towards it, and any other
 * path a small JSON object. It counts the body bytes it managed to write, so a test can tell that the client
 * stopped reading. Close it to drop all connections.
 */
final class OversizedBodyServer implements AutoCloseable {

    /** What {@code /declared} announces. */
    static final long DECLARED_LENGTH = 300L * 1024 * 1024;
    /** The small body of every other path. */
    static final String SMALL_BODY = "{\"id\":\"1207\"}";

    private static final byte[] CHUNK = chunk(64 * 1024);

    private final ServerSocket server;
    private final List<Socket> connections = new CopyOnWriteArrayList<>();
    private final AtomicLong bodyBytesWritten = new AtomicLong();

    private OversizedBodyServer(ServerSocket server) {
        this.server = server;
    }

    /** Starts the server on a free loopback port. */
    static OversizedBodyServer start() throws IOException {
        OversizedBodyServer oversized = new OversizedBodyServer(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()));
        Thread acceptor = new Thread(oversized::serve, "oversized-body-server");
        acceptor.setDaemon(true);
        acceptor.start();
        return oversized;
    }

    /** {@code http://127.0.0.1:<port>}. */
    String baseUrl() {
        return "http://127.0.0.1:" + server.getLocalPort();
    }

    /** Bytes of oversized bodies written so far, over all connections. */
    long bodyBytesWritten() {
        return bodyBytesWritten.get();
    }

    private void serve() {
        while (!server.isClosed()) {
            try {
                Socket connection = server.accept();
                connections.add(connection);
                Thread answering = new Thread(() -> answer(connection), "oversized-body-connection");
                answering.setDaemon(true);
                answering.start();
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void answer(Socket connection) {
        try (connection) {
            InputStream in = connection.getInputStream();
            OutputStream out = connection.getOutputStream();
            for (String path = readRequestPath(in); !path.isEmpty(); path = readRequestPath(in)) {
                if (path.endsWith("/chunked")) {
                    out.write(head("Transfer-Encoding: chunked"));
                    streamForever(out, true);
                } else if (path.endsWith("/declared")) {
                    out.write(head("Content-Length: " + DECLARED_LENGTH));
                    streamForever(out, false);
                } else {
                    out.write(head("Content-Length: " + SMALL_BODY.length()));
                    out.write(SMALL_BODY.getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                }
            }
        } catch (IOException clientWentAway) {
            // The client stopped reading and closed the connection: what the tests expect.
        }
    }

    /** Writes until the client closes the connection (which ends in an IOException). */
    private void streamForever(OutputStream out, boolean chunked) throws IOException {
        byte[] size = (Integer.toHexString(CHUNK.length) + "\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] end = "\r\n".getBytes(StandardCharsets.US_ASCII);
        while (true) {
            if (chunked) {
                out.write(size);
            }
            out.write(CHUNK);
            if (chunked) {
                out.write(end);
            }
            bodyBytesWritten.addAndGet(CHUNK.length);
        }
    }

    private static byte[] head(String lengthHeader) {
        return ("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n" + lengthHeader + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    /** Filler bytes. */
    private static byte[] chunk(int length) {
        byte[] bytes = new byte[length];
        Arrays.fill(bytes, (byte) 'x');
        return bytes;
    }

    /** Reads one request head (requests here have no body) and returns its path; empty at the end of the stream. */
    private static String readRequestPath(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        byte[] end = {'\r', '\n', '\r', '\n'};
        for (int b = in.read(); b >= 0; b = in.read()) {
            head.write(b);
            matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
            if (matched == end.length) {
                String requestLine = head.toString(StandardCharsets.US_ASCII).split("\r\n", 2)[0];
                return requestLine.split(" ")[1];
            }
        }
        return "";
    }

    @Override
    public void close() throws IOException {
        server.close();
        for (Socket connection : connections) {
            connection.close();
        }
    }
}
