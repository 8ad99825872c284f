package io.github.payhawk4j.examples.snippets;

import io.github.payhawk4j.webhooks.WebhookDispatcher;
import io.github.payhawk4j.webhooks.WebhookVerifier;
import io.github.payhawk4j.webhooks.event.ExpenseApproved;
import io.github.payhawk4j.webhooks.servlet.PayhawkWebhookFilter;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterRegistration;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.server.Server;

import java.util.EnumSet;
import java.util.List;
import java.util.function.Supplier;

/** The servlet filter code shown in docs/servlet-filter.md; {@code ServletFilterSnippetsTest} runs the Jetty one. */
final class ServletFilterSnippets {

    private ServletFilterSnippets() {
    }

    static Server embeddedJetty(WebhookDispatcher dispatcher, int port) throws Exception {
        // tag::jetty[]
        ServletContextHandler context = new ServletContextHandler("/");
        context.addFilter(new FilterHolder(new PayhawkWebhookFilter(dispatcher)),
                "/payhawk/webhooks", EnumSet.of(DispatcherType.REQUEST));

        Server server = new Server(port);
        server.setHandler(context);
        server.start();
        // end::jetty[]
        return server;
    }

    /** Registers the filter programmatically, e.g. from a listener or a {@code ServletContainerInitializer}. */
    static final class AddFilterListener implements ServletContextListener {
        private final Supplier<WebhookDispatcher> dispatchers;

        AddFilterListener(Supplier<WebhookDispatcher> dispatchers) {
            this.dispatchers = dispatchers;
        }

        @Override
        public void contextInitialized(ServletContextEvent event) {
            WebhookDispatcher dispatcher = dispatchers.get();
            // tag::add-filter[]
            ServletContext servletContext = event.getServletContext();
            FilterRegistration.Dynamic webhooks =
                    servletContext.addFilter("payhawk-webhooks", new PayhawkWebhookFilter(dispatcher));
            webhooks.addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), false, "/payhawk/webhooks");
            // end::add-filter[]
        }
    }

    /** Publishes the dispatcher for a filter declared in web.xml. */
    static final class WebXmlListener implements ServletContextListener {
        private final Supplier<WebhookDispatcher> dispatchers;

        WebXmlListener(Supplier<WebhookDispatcher> dispatchers) {
            this.dispatchers = dispatchers;
        }

        @Override
        public void contextInitialized(ServletContextEvent event) {
            WebhookDispatcher dispatcher = dispatchers.get();
            // tag::web-xml-listener[]
            event.getServletContext().setAttribute(PayhawkWebhookFilter.DEFAULT_DISPATCHER_ATTRIBUTE, dispatcher);
            // end::web-xml-listener[]
        }
    }

    static List<WebhookDispatcher> oneDispatcherPerAccount(WebhookVerifier verifier, List<String> acmeBooked,
                                                           List<String> globexBooked) {
        // tag::accounts[]
        WebhookDispatcher acme = WebhookDispatcher.builder()
                .verifier(verifier)                          // one verifier (and key source) shared by all tenants
                .servesAccounts("acc_acme")                  // a delivery for any other account: 401
                .on(ExpenseApproved.class, (event, context) -> acmeBooked.add(event.expenseId()))
                .build();
        WebhookDispatcher globex = WebhookDispatcher.builder()
                .verifier(verifier)
                .servesAccounts("acc_globex")
                .on(ExpenseApproved.class, (event, context) -> globexBooked.add(event.expenseId()))
                .build();
        // end::accounts[]
        return List.of(acme, globex);
    }

    static PayhawkWebhookFilter behindProxy(WebhookDispatcher dispatcher) {
        // tag::proxy[]
        // Registered with Payhawk: https://erp.example.com/payhawk/webhooks?tenant=acme
        // The proxy forwards it to:  http://10.0.0.7:8080/internal/hooks?tenant=acme
        PayhawkWebhookFilter filter =
                new PayhawkWebhookFilter(dispatcher, "https://erp.example.com/payhawk/webhooks?tenant=acme");
        // end::proxy[]
        return filter;
    }
}
