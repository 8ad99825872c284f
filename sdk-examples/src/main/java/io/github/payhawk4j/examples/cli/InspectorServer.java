package io.github.payhawk4j.examples.cli;

import io.github.payhawk4j.webhooks.WebhookDispatcher;
import io.github.payhawk4j.webhooks.servlet.PayhawkWebhookFilter;
import jakarta.servlet.DispatcherType;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumSet;

/**
 * The inspector's embedded Jetty 12: an {@link AnswerReporter} on every path, then a
 * {@link PayhawkWebhookFilter} on the webhook path. Listening when {@link #start} returns; {@link #close()}
 * stops it.
 */
final class InspectorServer implements AutoCloseable {

    private final Server server;
    private final String host;
    private final String path;

    private InspectorServer(Server server, String host, String path) {
        this.server = server;
        this.host = host;
        this.path = path;
    }

    /**
     * Starts listening on {@code host:port} (port 0: any free one).
     *
     * @throws UncheckedIOException if the port cannot be opened, e.g. because it is in use
     */
    static InspectorServer start(String host, int port, String path, WebhookDispatcher dispatcher,
                                 AnswerReporter reporter) {
        ServletContextHandler context = new ServletContextHandler("/");
        context.addFilter(new FilterHolder(reporter), "/*", EnumSet.of(DispatcherType.REQUEST));
        context.addFilter(new FilterHolder(new PayhawkWebhookFilter(dispatcher)), path,
                EnumSet.of(DispatcherType.REQUEST));
        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost(host);
        connector.setPort(port);
        server.addConnector(connector);
        server.setHandler(context);
        try {
            server.start();
        } catch (Exception e) {
            try {
                server.stop();
            } catch (Exception stopFailure) {
                e.addSuppressed(stopFailure);
            }
            if (e instanceof IOException io) {
                throw new UncheckedIOException("cannot listen on " + host + ":" + port + " (" + io.getMessage()
                        + "); choose another --port", io);
            }
            throw new IllegalStateException("the receiver did not start: " + e, e);
        }
        return new InspectorServer(server, host, path);
    }

    /** The port listened on. */
    int port() {
        return ((ServerConnector) server.getConnectors()[0]).getLocalPort();
    }

    /** The URL deliveries are expected at, e.g. {@code http://127.0.0.1:8787/payhawk/webhooks}. */
    String url() {
        String shownHost = host.equals("0.0.0.0") ? "127.0.0.1" : host.contains(":") ? "[" + host + "]" : host;
        return "http://" + shownHost + ":" + port() + path;
    }

    /** Stops listening. */
    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("the receiver did not stop cleanly: " + e, e);
        }
    }
}
