package io.github.payhawk4j.webhooks.reliability;

import io.github.payhawk4j.webhooks.WebhookDispatcher;
import io.github.payhawk4j.webhooks.servlet.PayhawkWebhookFilter;
import jakarta.servlet.DispatcherType;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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

    @Override
    public void close() throws Exception {
        server.stop();
    }
}
