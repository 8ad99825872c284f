package io.github.payhawk4j.examples.partnerapp;

import io.github.payhawk4j.client.PayhawkClient;
import io.github.payhawk4j.examples.erp.ErpLedger;
import io.github.payhawk4j.examples.erp.ProcessedEvents;
import io.github.payhawk4j.webhooks.WebhookDispatcher;
import io.github.payhawk4j.webhooks.WebhookHandler;
import io.github.payhawk4j.webhooks.WebhookReceiver;
import io.github.payhawk4j.webhooks.WebhookVerifier;
import io.github.payhawk4j.webhooks.catchup.CatchUp;
import io.github.payhawk4j.webhooks.delivery.InMemoryDeliveryStore;
import io.github.payhawk4j.webhooks.event.ExpenseReviewed;
import io.github.payhawk4j.webhooks.event.PaymentFailed;
import io.github.payhawk4j.webhooks.event.PaymentSettled;
import io.github.payhawk4j.webhooks.event.SupplierEvent;
import io.github.payhawk4j.webhooks.event.WebhookEvent;
import io.github.payhawk4j.webhooks.inbox.InboxStatistics;
import io.github.payhawk4j.webhooks.inbox.WebhookInbox;
import io.github.payhawk4j.webhooks.key.ApiPublicKeySource;
import io.github.payhawk4j.webhooks.observation.WebhookListener;
import io.github.payhawk4j.webhooks.servlet.PayhawkWebhookFilter;
import jakarta.servlet.DispatcherType;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A partner web app on embedded Jetty that keeps an ERP in sync with Payhawk through webhooks:
 * {@link PayhawkWebhookFilter} on the callback path verifies each delivery against the key Payhawk publishes
 * ({@link ApiPublicKeySource}), drops duplicates and runs the four ERP use cases
 * ({@link PostInvoiceOnReview}, {@link RecordSettlementOnPayment}, {@link UpsertSupplierOnChange},
 * {@link NotifyOnFailedPayment}). It also serves the journal entries its links point to.
 *
 * <p>With {@link Builder#inbox(Function)} deliveries go through a durable {@link WebhookInbox}: the request is
 * answered as soon as the verified delivery is stored, and the inbox's workers run the handlers afterwards,
 * retrying a failed one with backoff. Without it, the handlers run before the request is answered and a failure
 * is answered 500 for Payhawk to retry.
 *
 * <pre>{@code
 * try (InboxDatabase database = InboxDatabase.inMemory();
 *      PartnerApp app = PartnerApp.builder().client(client).ledger(ledger)
 *              .inbox(dispatcher -> WebhookInbox.builder(database.dataSource(), dispatcher).build())
 *              .start()) {
 *     client.webhooks().ensure(EventType.EXPENSE_REVIEWED, app.callbackUrl());
 * }
 * }</pre>
 */
public final class PartnerApp implements AutoCloseable {

    /** The default path deliveries are posted to. */
    public static final String DEFAULT_WEBHOOK_PATH = "/payhawk/webhooks";

    private final Server server;
    private final String baseUrl;
    private final String callbackUrl;
    private final DeliveryCounters counters;
    private final WebhookInbox inbox;
    private final CatchUp catchUp;

    private PartnerApp(Server server, String baseUrl, String callbackUrl, DeliveryCounters counters,
                       WebhookInbox inbox, CatchUp catchUp) {
        this.server = server;
        this.baseUrl = baseUrl;
        this.callbackUrl = callbackUrl;
        this.counters = counters;
        this.inbox = inbox;
        this.catchUp = catchUp;
    }

    /** A builder; {@link Builder#client} and {@link Builder#ledger} are required. */
    public static Builder builder() {
        return new Builder();
    }

    /** The app's own address, e.g. {@code http://127.0.0.1:49152}. */
    public String baseUrl() {
        return baseUrl;
    }

    /** The URL to subscribe with: the registered one if configured, else this app's webhook path. */
    public String callbackUrl() {
        return callbackUrl;
    }

    /**
     * Closes gaps in deliveries through this app's own handlers (and their once-per-event trail), for a
     * {@code SubscriptionMonitor}.
     */
    public CatchUp catchUp() {
        return catchUp;
    }

    /** What the webhook endpoint has seen so far. */
    public DeliveryCounts deliveryCounts() {
        return counters.snapshot();
    }

    /** What the inbox table holds right now; empty when the app has no inbox. */
    public Optional<InboxStatistics> inboxStatistics() {
        return Optional.ofNullable(inbox).map(WebhookInbox::statistics);
    }

    /**
     * Waits until the inbox holds no pending or running delivery (a failed one waiting for its retry is pending),
     * polling its table; at once when the app has no inbox.
     *
     * @return whether it got there within {@code timeout}
     * @throws InterruptedException if interrupted while waiting
     */
    public boolean awaitInboxDrained(Duration timeout) throws InterruptedException {
        if (inbox == null) {
            return true;
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            InboxStatistics statistics = inbox.statistics();
            if (statistics.pending() == 0 && statistics.running() == 0) {
                return true;
            }
            if (System.nanoTime() >= deadline) {
                return false;
            }
            Thread.sleep(20);
        }
    }

    /**
     * Stops Jetty and its threads (requests in flight get a moment to finish), then the inbox's workers, which
     * finish or hand back what they run.
     */
    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("the partner app did not stop cleanly", e);
        } finally {
            if (inbox != null) {
                inbox.close();
            }
        }
    }

    /** Configures and starts a {@link PartnerApp}. */
    public static final class Builder {
        private PayhawkClient client;
        private ErpLedger ledger;
        private String host = "127.0.0.1";
        private int port;
        private String webhookPath = DEFAULT_WEBHOOK_PATH;
        private String registeredCallbackUrl;
        private String erpBaseUrl;
        private FaultInjection faults = FaultInjection.none();
        private Consumer<String> progress = line -> { };
        private Function<WebhookDispatcher, WebhookInbox> inboxFactory;
        private WebhookListener deliveryListener = WebhookListener.none();
        private BooleanSupplier down = () -> false;

        private Builder() {
        }

        /** The client used to fetch Payhawk's key and the resources events refer to, and to write links back. */
        public Builder client(PayhawkClient value) {
            this.client = Objects.requireNonNull(value, "client");
            return this;
        }

        /** The ERP the handlers write to. */
        public Builder ledger(ErpLedger value) {
            this.ledger = Objects.requireNonNull(value, "ledger");
            return this;
        }

        /** The interface to listen on (default 127.0.0.1). */
        public Builder host(String value) {
            this.host = Objects.requireNonNull(value, "host");
            return this;
        }

        /** The port (default 0: any free port). */
        public Builder port(int value) {
            if (value < 0 || value > 65535) {
                throw new IllegalArgumentException("port must be 0 to 65535, was " + value);
            }
            this.port = value;
            return this;
        }

        /** The path deliveries are posted to (default {@value #DEFAULT_WEBHOOK_PATH}). */
        public Builder webhookPath(String value) {
            if (!Objects.requireNonNull(value, "webhookPath").startsWith("/")) {
                throw new IllegalArgumentException("webhookPath must start with /, was " + value);
            }
            this.webhookPath = value;
            return this;
        }

        /**
         * The callback URL registered with Payhawk, when it differs from this app's own address (a tunnel or
         * proxy in front of it). Its path is the one Payhawk signs, and {@link PartnerApp#callbackUrl()} returns it.
         */
        public Builder registeredCallbackUrl(String value) {
            this.registeredCallbackUrl = Objects.requireNonNull(value, "registeredCallbackUrl");
            return this;
        }

        /** Where ERP links written back to Payhawk point (default: this app's own address). */
        public Builder erpBaseUrl(String value) {
            this.erpBaseUrl = Objects.requireNonNull(value, "erpBaseUrl");
            return this;
        }

        /** Deliberate handler failures, for demonstrating retries (default: none). */
        public Builder faultInjection(FaultInjection value) {
            this.faults = Objects.requireNonNull(value, "faultInjection");
            return this;
        }

        /**
         * Receives deliveries through a durable inbox: {@code factory} builds it around the app's dispatcher
         * (its verifier and handlers), e.g. {@code dispatcher -> WebhookInbox.builder(dataSource, dispatcher).build()};
         * the app starts its workers and closes it. Default: no inbox, the dispatcher answers each delivery itself.
         */
        public Builder inbox(Function<WebhookDispatcher, WebhookInbox> factory) {
            this.inboxFactory = Objects.requireNonNull(factory, "inbox");
            return this;
        }

        /** Told what happens to each delivery, e.g. a {@code ReceivedDeliveries} for a monitor (default: nothing). */
        public Builder deliveryListener(WebhookListener value) {
            this.deliveryListener = Objects.requireNonNull(value, "deliveryListener");
            return this;
        }

        /** While this says true, the webhook endpoint answers every request 503, as an app that is down. */
        public Builder unavailableWhile(BooleanSupplier value) {
            this.down = Objects.requireNonNull(value, "unavailableWhile");
            return this;
        }

        /** Told one line whenever a handler did something. */
        public Builder progress(Consumer<String> value) {
            this.progress = Objects.requireNonNull(value, "progress");
            return this;
        }

        /**
         * Binds the port and starts serving.
         *
         * @throws UncheckedIOException if the port cannot be bound
         */
        public PartnerApp start() {
            Objects.requireNonNull(client, "client is required");
            Objects.requireNonNull(ledger, "ledger is required");
            QueuedThreadPool threads = new QueuedThreadPool(16, 2);
            threads.setName("partner-app");
            Server server = new Server(threads);
            ServerConnector connector = new ServerConnector(server, 1, 1);
            connector.setHost(host);
            connector.setPort(port);
            server.addConnector(connector);
            WebhookInbox inbox = null;
            try {
                // Bound before the handlers are built, so links can name the port actually chosen.
                connector.open();
                String ownBaseUrl = "http://" + host + ":" + connector.getLocalPort();
                DeliveryCounters counters = new DeliveryCounters();
                ErpDocumentLinks links = new ErpDocumentLinks(erpBaseUrl != null ? erpBaseUrl : ownBaseUrl);
                WebhookDispatcher dispatcher = dispatcher(links, counters);
                WebhookReceiver receiver = dispatcher;
                if (inboxFactory != null) {
                    inbox = Objects.requireNonNull(inboxFactory.apply(dispatcher), "the inbox factory returned null");
                    inbox.start();
                    receiver = inbox;
                }
                WebhookReceiver counting = new CountingReceiver(receiver, counters, progress);
                PayhawkWebhookFilter webhookFilter = registeredCallbackUrl != null
                        ? new PayhawkWebhookFilter(counting, registeredCallbackUrl)
                        : new PayhawkWebhookFilter(counting);

                ServletContextHandler context = new ServletContextHandler();
                context.setContextPath("/");
                EnumSet<DispatcherType> requests = EnumSet.of(DispatcherType.REQUEST);
                context.addFilter(new FilterHolder(new UnavailableFilter(down)), webhookPath, requests);
                context.addFilter(new FilterHolder(new ReceivedRequestsFilter(counters)), webhookPath, requests);
                context.addFilter(new FilterHolder(webhookFilter), webhookPath, requests);
                context.addServlet(new ServletHolder(new JournalEntryServlet(ledger)),
                        ErpDocumentLinks.JOURNAL_PATH + "*");
                server.setHandler(context);
                server.start();
                String callback = registeredCallbackUrl != null ? registeredCallbackUrl : ownBaseUrl + webhookPath;
                return new PartnerApp(server, ownBaseUrl, callback, counters, inbox, CatchUp.of(dispatcher, client));
            } catch (IOException e) {
                stopQuietly(server, inbox);
                throw new UncheckedIOException("could not listen on " + host + ":" + port, e);
            } catch (Exception e) {
                stopQuietly(server, inbox);
                throw new IllegalStateException("the partner app did not start", e);
            }
        }

        private WebhookDispatcher dispatcher(ErpDocumentLinks links, DeliveryCounters counters) {
            WebhookVerifier verifier = WebhookVerifier.builder()
                    .publicKeySource(ApiPublicKeySource.of(client))
                    .build();
            return WebhookDispatcher.builder()
                    .verifier(verifier)
                    .client(client)
                    .listener(deliveryListener)
                    // Used when there is no inbox; an inbox de-duplicates in its table instead.
                    .deliveryStore(new InMemoryDeliveryStore())
                    .on(ExpenseReviewed.class, wrap(new PostInvoiceOnReview(ledger, links, progress), counters))
                    .on(PaymentSettled.class, wrap(new RecordSettlementOnPayment(ledger, progress), counters))
                    .on(PaymentFailed.class, wrap(new NotifyOnFailedPayment(ledger, progress), counters))
                    .on(SupplierEvent.class, wrap(new UpsertSupplierOnChange(ledger, progress), counters))
                    .build();
        }

        private <E extends WebhookEvent> WebhookHandler<E> wrap(WebhookHandler<E> handler, DeliveryCounters counters) {
            ProcessedEvents trail = ledger.processedEvents();
            return new CountingHandler<>(
                    new FaultInjectingHandler<>(new AuditedHandler<>(handler, trail, progress), faults, progress), counters);
        }

        private static void stopQuietly(Server server, WebhookInbox inbox) {
            try {
                server.stop();
            } catch (Exception ignored) {
                // Start already failed; that failure is the one reported.
            } finally {
                if (inbox != null) {
                    inbox.close();
                }
            }
        }
    }
}
