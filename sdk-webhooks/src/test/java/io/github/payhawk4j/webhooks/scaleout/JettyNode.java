package io.github.payhawk4j.webhooks.scaleout;

import io.github.payhawk4j.webhooks.WebhookReceiver;
import io.github.payhawk4j.webhooks.servlet.PayhawkWebhookFilter;
import jakarta.servlet.DispatcherType;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

import java.net.URI;
import java.util.EnumSet;
import java.util.Map;

/**
 * One node of a receiving cluster: an embedded Jetty 12 on a free loopback port, with a
 * {@link PayhawkWebhookFilter} per path in front of a {@link WebhookReceiver} (a dispatcher or an inbox).
 */
final class JettyNode implements AutoCloseable {

    private final Server server;
    private final URI base;

    private JettyNode(Server server, URI base) {
        this.server = server;
        this.base = base;
    }

    /** Starts Jetty with a filter for each path (e.g. {@code /dispatch} → a dispatcher). */
    static JettyNode start(Map<String, WebhookReceiver> receivers) throws Exception {
        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler("/");
        receivers.forEach((path, receiver) -> context.addFilter(new FilterHolder(new PayhawkWebhookFilter(receiver)),
                path, EnumSet.of(DispatcherType.REQUEST)));
        server.setHandler(context);
        server.start();
        return new JettyNode(server, URI.create("http://127.0.0.1:" + connector.getLocalPort()));
    }

    /** The URL of {@code pathAndQuery} on this node. */
    URI uri(String pathAndQuery) {
        return base.resolve(pathAndQuery);
    }

    /** The port the node listens on. */
    int port() {
        return base.getPort();
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }
}
