package io.github.payhawk4j.webhooks.reliability;

import io.github.payhawk4j.webhooks.WebhookDispatcher;
import io.github.payhawk4j.webhooks.servlet.PayhawkWebhookFilter;
import jakarta.servlet.DispatcherType;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/**
 * An embedded Jetty 12 on a free loopback port with {@link PayhawkWebhookFilter} in front of every path, and a
 * java.net.http client that posts to it. Close it to stop the server.
 */
final class WebhookServer implements AutoCloseable {

    private final Server server;
    private final int port;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private WebhookServer(Server server, int port) {
        this.server = server;
        this.port = port;
    }

    /** Starts Jetty with a filter answering every request through {@code dispatcher}. */
    static WebhookServer start(WebhookDispatcher dispatcher) throws Exception {
        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler("/");
        context.addFilter(new FilterHolder(new PayhawkWebhookFilter(dispatcher)), "/*", EnumSet.of(DispatcherType.REQUEST));
        server.setHandler(context);
        server.start();
        return new WebhookServer(server, connector.getLocalPort());
    }

    /** Posts {@code body} to {@code pathAndQuery} with every value of every header, each on its own line. */
    HttpResponse<String> post(String pathAndQuery, Map<String, List<String>> headers, HttpRequest.BodyPublisher body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + pathAndQuery))
                .timeout(Duration.ofSeconds(30))
                .POST(body);
        headers.forEach((name, values) -> values.forEach(value -> request.header(name, value)));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Posts {@code body} as a byte array (with its {@code Content-Length}). */
    HttpResponse<String> post(String pathAndQuery, Map<String, List<String>> headers, byte[] body)
            throws IOException, InterruptedException {
        return post(pathAndQuery, headers, HttpRequest.BodyPublishers.ofByteArray(body));
    }

    /** A status and body read off a plain socket. */
    record RawResponse(int status, String body) {
    }

    /**
     * Sends {@code head} (request line and headers; the empty line that ends them is added) and then
     * {@code bodyPart} over a plain socket, then sends nothing more and reads the response. For requests the server
     * must answer before their body has all arrived: having sent no more than the server reads, the client cannot
     * lose the answer to a reset caused by unread bytes, as a client that goes on sending the body can.
     */
    RawResponse sendAndStop(String head, byte[] bodyPart) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout((int) Duration.ofSeconds(60).toMillis());
            OutputStream out = socket.getOutputStream();
            out.write((head + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(bodyPart);
            out.flush();
            InputStream in = new BufferedInputStream(socket.getInputStream());
            String statusLine = readLine(in);
            int contentLength = 0;
            for (String header = readLine(in); !header.isEmpty(); header = readLine(in)) {
                if (header.regionMatches(true, 0, "Content-Length:", 0, 15)) {
                    contentLength = Integer.parseInt(header.substring(15).trim());
                }
            }
            String body = new String(in.readNBytes(contentLength), StandardCharsets.UTF_8);
            return new RawResponse(Integer.parseInt(statusLine.split(" ")[1]), body);
        }
    }

    private static String readLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new EOFException("connection closed after \"" + line + "\"");
            }
            if (b != '\r') {
                line.append((char) b);
            }
        }
        return line.toString();
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }
}
