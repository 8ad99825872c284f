package io.github.payhawk4j.webhooks.servlet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * One HTTP/1.1 connection written byte by byte, for what java.net.http will not do: send a {@code Host} header of
 * the test's choosing, or send part of a body and then stall. Close it to close the socket.
 */
final class RawHttpConnection implements AutoCloseable {

    private final Socket socket;
    private final OutputStream out;

    RawHttpConnection(int port, Duration readTimeout) throws IOException {
        this.socket = new Socket(InetAddress.getLoopbackAddress(), port);
        this.socket.setSoTimeout(Math.toIntExact(readTimeout.toMillis()));
        this.out = socket.getOutputStream();
    }

    /** Sends text as ISO-8859-1 bytes (request line and headers; end lines with CRLF yourself). */
    RawHttpConnection send(String text) throws IOException {
        return send(text.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** Sends bytes and flushes them. */
    RawHttpConnection send(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
        return this;
    }

    /** Whether the server has sent anything (or closed the connection) yet. */
    boolean hasResponse() throws IOException {
        return socket.getInputStream().available() > 0 || socket.isInputShutdown();
    }

    /**
     * Reads until the server closes the connection or has sent a full response with {@code Content-Length}, and
     * returns it as text; throws {@link SocketTimeoutException} if nothing completes within the read timeout.
     */
    String readResponse() throws IOException {
        InputStream in = socket.getInputStream();
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        byte[] buffer = new byte[4096];
        int read;
        while ((read = in.read(buffer)) >= 0) {
            received.write(buffer, 0, read);
            if (isComplete(received.toString(StandardCharsets.ISO_8859_1))) {
                break;
            }
        }
        return received.toString(StandardCharsets.UTF_8);
    }

    /** The status code of a response read by {@link #readResponse()}. */
    static int status(String response) {
        return Integer.parseInt(response.substring("HTTP/1.1 ".length(), "HTTP/1.1 ".length() + 3));
    }

    private static boolean isComplete(String soFar) {
        int headersEnd = soFar.indexOf("\r\n\r\n");
        if (headersEnd < 0) {
            return false;
        }
        for (String line : soFar.substring(0, headersEnd).split("\r\n")) {
            if (line.regionMatches(true, 0, "Content-Length:", 0, "Content-Length:".length())) {
                int length = Integer.parseInt(line.substring("Content-Length:".length()).trim());
                return soFar.length() - headersEnd - 4 >= length;
            }
        }
        return false;
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
