package io.github.payhawk4j.webhooks.inbox;

import io.github.payhawk4j.webhooks.HandlerContext;
import io.github.payhawk4j.webhooks.WebhookDispatcher;
import io.github.payhawk4j.webhooks.WebhookHeaders;
import io.github.payhawk4j.webhooks.WebhookReceiver;
import io.github.payhawk4j.webhooks.WebhookResponse;
import io.github.payhawk4j.webhooks.delivery.DeliveryStorageException;
import io.github.payhawk4j.webhooks.event.WebhookEvent;
import io.github.payhawk4j.webhooks.internal.GuardedWebhookListener;
import io.github.payhawk4j.webhooks.internal.Jdbc;
import io.github.payhawk4j.webhooks.internal.SqlIdentifier;
import io.github.payhawk4j.webhooks.observation.DeliveryInfo;
import io.github.payhawk4j.webhooks.observation.DeliveryRejected;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A durable webhook inbox: the HTTP request only verifies the delivery and stores it, exactly as received, in a
 * database table, and is answered 200 in milliseconds whatever the handlers cost; worker threads on every node
 * then run the {@link WebhookDispatcher}'s handlers on the stored deliveries.
 *
 * <pre>{@code
 * WebhookDispatcher dispatcher = WebhookDispatcher.builder().verifier(verifier).client(client)
 *         .on(ExpenseApproved.class, (event, context) -> ledger.book(context.connection(), context.expense()))
 *         .build();
 * WebhookInbox inbox = WebhookInbox.builder(dataSource, dispatcher).workers(4).build();
 * inbox.start();                                   // on every node that should process deliveries
 * servletContext.addFilter("payhawk", new PayhawkWebhookFilter(inbox)).addMappingForUrlPatterns(null, false, "/payhawk/webhooks");
 * ...
 * inbox.close();                                   // on shutdown: finishes or hands back what is in flight
 * }</pre>
 *
 * <h2>Accepting</h2>
 * {@link #handle} checks the delivery exactly like the dispatcher (size, signature, timestamp, envelope, with the
 * same answers for a rejected one: nothing unverified is ever stored) and inserts it; the delivery id is the
 * table's unique key. Answers: 200 {@code accepted}; 200 {@code duplicate} when a delivery with that id was
 * accepted before (and not yet purged); 503 {@code inbox_unavailable} when the database cannot take it, so Payhawk
 * sends it again; nothing accepted before is affected.
 *
 * <h2>Processing</h2>
 * Workers lease due rows with {@code SELECT ... FOR UPDATE SKIP LOCKED}, so nodes never wait for each other, and run
 * the handler the dispatcher routes the event to, with the same {@link HandlerContext}. By default the handler runs
 * in the transaction that marks the row done ({@link Builder#handlersInTransaction(boolean)}): what it writes through
 * {@link HandlerContext#connection()} commits exactly once. A handler that throws is tried again after an
 * exponential backoff with jitter; after {@link Builder#maxAttempts(int)} attempts the delivery is parked as dead
 * with its last error ({@link #deadDeliveries()} lists and replays them). Deliveries about the same resource (an
 * expense and its payments, a supplier, a purchase order, a deposit) never run at the same time on any node, and run
 * in the order they were accepted; a dead one stops holding the later ones back. A node that dies loses nothing:
 * its leased rows are taken over when their {@link Builder#lease(Duration) lease} expires.
 *
 * <p>The table ({@value #DEFAULT_TABLE}) is created by you from the DDL on the classpath
 * ({@code META-INF/payhawk4j/sql/inbox-postgresql.sql}, {@code inbox-h2.sql}); the inbox runs on
 * PostgreSQL and H2. Thread-safe.
 */
public final class WebhookInbox implements WebhookReceiver, AutoCloseable {

    /** The default table name. */
    public static final String DEFAULT_TABLE = "payhawk_webhook_inbox";

    private static final Logger LOG = LoggerFactory.getLogger(WebhookInbox.class);

    private final WebhookDispatcher dispatcher;
    private final GuardedWebhookListener listener;
    private final InboxTable table;
    private final Builder settings;
    private final Clock clock;
    private final AtomicReference<InboxWorkers> workers = new AtomicReference<>();
    private volatile boolean closed;

    private WebhookInbox(Builder builder) {
        if (builder.retention.compareTo(builder.dispatcher.replayWindow()) <= 0) {
            throw new IllegalStateException("the inbox keeps done deliveries for " + builder.retention
                    + " (retention), but a replayed copy of a delivery can pass verification for up to "
                    + builder.dispatcher.replayWindow() + " after it was processed, and would be processed again;"
                    + " make the retention longer than that or lower the verifier's tolerance");
        }
        this.dispatcher = builder.dispatcher;
        this.listener = new GuardedWebhookListener(dispatcher.listener());
        this.table = new InboxTable(new Jdbc(builder.dataSource), builder.tableName);
        this.settings = builder;
        this.clock = builder.clock;
    }

    /**
     * Starts configuring an inbox.
     *
     * @param dataSource where the inbox table is; a pooled data source with room for the workers plus the
     *                   concurrent requests
     * @param dispatcher verifies the deliveries and routes them to their handlers (its delivery store is not used:
     *                   the inbox table de-duplicates)
     */
    public static Builder builder(DataSource dataSource, WebhookDispatcher dispatcher) {
        return new Builder(Objects.requireNonNull(dataSource, "dataSource"),
                Objects.requireNonNull(dispatcher, "dispatcher"));
    }

    /**
     * Verifies a delivery and stores it for the workers; see the class documentation for the answers.
     * Works whether or not this node's workers are started.
     */
    @Override
    public WebhookResponse handle(String pathAndQuery, Map<String, List<String>> headers, byte[] body) {
        return dispatcher.verifyThen(pathAndQuery, headers, body, event -> accept(event, pathAndQuery, headers, body));
    }

    private WebhookResponse accept(WebhookEvent event, String pathAndQuery, Map<String, List<String>> headers,
                                   byte[] body) {
        AcceptedDelivery delivery = new AcceptedDelivery(event.deliveryId(), event.accountId(),
                event.eventType().value(), ResourceKey.of(event), pathAndQuery,
                header(headers, WebhookHeaders.TIMESTAMP), header(headers, WebhookHeaders.SIGNATURE), body);
        String oversized = delivery.oversizedField();
        if (oversized != null) {
            LOG.warn("Rejected webhook delivery {}: its {} is longer than the inbox table can hold",
                    event.deliveryId(), oversized);
            listener.tell(l -> l.rejected(new DeliveryRejected(400, "invalid_payload")));
            return WebhookResponse.error(400, "invalid_payload", "the delivery's " + oversized + " is too long");
        }
        boolean inserted;
        try {
            inserted = table.insert(delivery, clock.millis());
        } catch (SQLException e) {
            LOG.warn("Webhook delivery {} ({}) could not be stored in the inbox; answering 503 so it is sent again",
                    event.deliveryId(), event.eventType(), e);
            listener.tell(l -> l.rejected(new DeliveryRejected(503, "inbox_unavailable")));
            return WebhookResponse.error(503, "inbox_unavailable", "the delivery could not be stored; retry later");
        }
        if (!inserted) {
            LOG.debug("Webhook delivery {} ({}): duplicate, already in the inbox", event.deliveryId(), event.eventType());
            listener.tell(l -> l.duplicate(DeliveryInfo.of(event)));
            return WebhookResponse.success("duplicate");
        }
        InboxWorkers running = workers.get();
        if (running != null) {
            running.wake();
        }
        LOG.debug("Webhook delivery {} ({}): accepted into the inbox", event.deliveryId(), event.eventType());
        return WebhookResponse.success("accepted");
    }

    /** The dispatcher's body limit. */
    @Override
    public int maxBodyBytes() {
        return dispatcher.maxBodyBytes();
    }

    /** The dispatcher's body read timeout. */
    @Override
    public Duration bodyReadTimeout() {
        return dispatcher.bodyReadTimeout();
    }

    /**
     * Starts this node's workers. Call it on every node that should process deliveries (accepting needs no
     * workers); calling it again does nothing.
     *
     * @throws IllegalStateException if the inbox was closed, or its database is neither PostgreSQL nor H2
     */
    public void start() {
        if (closed) {
            throw new IllegalStateException("the inbox was closed; build a new one");
        }
        try {
            table.detectDialect();
        } catch (SQLException e) {
            // The database may come up later; the workers keep trying and log why they cannot.
            LOG.warn("Webhook inbox: the database cannot be reached yet; the workers start anyway", e);
        }
        InboxWorkers fresh = new InboxWorkers(table, dispatcher, settings,
                new RetryBackoff(settings.initialBackoff, settings.maxBackoff,
                        () -> ThreadLocalRandom.current().nextDouble()));
        if (workers.compareAndSet(null, fresh)) {
            fresh.start();
        }
    }

    /**
     * Stops this node's workers gracefully: no new deliveries are taken, running handlers get up to
     * {@link Builder#shutdownTimeout(Duration)} to finish, then are interrupted, and the deliveries of those that
     * still did not finish are handed back to the table at once, for another node (or the next start) to run.
     * Accepting goes on working. Calling it again does nothing.
     */
    @Override
    public void close() {
        closed = true;
        InboxWorkers running = workers.getAndSet(null);
        if (running != null) {
            running.stop(settings.shutdownTimeout);
        }
    }

    /** The deliveries this inbox's table holds as dead, to list and replay. */
    public DeadDeliveries deadDeliveries() {
        return new DeadDeliveries(table, clock);
    }

    /**
     * What the inbox table holds right now, across all nodes: pending, running and dead counts, and the age of the
     * oldest unfinished delivery. Worth a metric and an alert each.
     *
     * @throws DeliveryStorageException if the database cannot be read
     */
    public InboxStatistics statistics() {
        try {
            return table.statistics();
        } catch (SQLException e) {
            throw new DeliveryStorageException("could not read the webhook inbox's statistics", e);
        }
    }

    private static String header(Map<String, List<String>> headers, String name) {
        for (Map.Entry<String, List<String>> header : headers.entrySet()) {
            if (name.equalsIgnoreCase(header.getKey()) && header.getValue() != null && !header.getValue().isEmpty()) {
                return header.getValue().get(0);
            }
        }
        // The verifier accepted the delivery, so both headers are there.
        throw new IllegalStateException("verified delivery without " + name);
    }

    /** Configures a {@link WebhookInbox}. Not thread-safe; build once. */
    public static final class Builder {
        final DataSource dataSource;
        final WebhookDispatcher dispatcher;
        String tableName = DEFAULT_TABLE;
        int workers = 4;
        Duration lease = Duration.ofMinutes(5);
        Duration pollInterval = Duration.ofSeconds(1);
        int maxAttempts = 10;
        Duration initialBackoff = Duration.ofSeconds(10);
        Duration maxBackoff = Duration.ofMinutes(30);
        Duration retention = Duration.ofDays(7);
        Duration purgeInterval = Duration.ofMinutes(1);
        int purgeBatchSize = 1000;
        Duration shutdownTimeout = Duration.ofSeconds(30);
        boolean handlersInTransaction = true;
        Clock clock = Clock.systemUTC();

        private Builder(DataSource dataSource, WebhookDispatcher dispatcher) {
            this.dataSource = dataSource;
            this.dispatcher = dispatcher;
        }

        /** A snapshot, so that changing the builder later does not change a built inbox. */
        private Builder(Builder settings) {
            this(settings.dataSource, settings.dispatcher);
            tableName = settings.tableName;
            workers = settings.workers;
            lease = settings.lease;
            pollInterval = settings.pollInterval;
            maxAttempts = settings.maxAttempts;
            initialBackoff = settings.initialBackoff;
            maxBackoff = settings.maxBackoff;
            retention = settings.retention;
            purgeInterval = settings.purgeInterval;
            purgeBatchSize = settings.purgeBatchSize;
            shutdownTimeout = settings.shutdownTimeout;
            handlersInTransaction = settings.handlersInTransaction;
            clock = settings.clock;
        }

        /** The table's name, optionally schema-qualified (default {@value WebhookInbox#DEFAULT_TABLE}). */
        public Builder tableName(String tableName) {
            this.tableName = SqlIdentifier.requireTableName(tableName);
            return this;
        }

        /**
         * Handler threads on this node (default 4); each holds a database connection while its handler runs. The
         * node leases no more deliveries than it has idle workers.
         */
        public Builder workers(int workers) {
            this.workers = atLeastOne(workers, "workers");
            return this;
        }

        /**
         * How long a worker holds a delivery before another node may take it over (default 5 minutes): the time a
         * crashed node's deliveries wait. Longer than your slowest handler.
         */
        public Builder lease(Duration lease) {
            this.lease = positive(lease, "lease");
            return this;
        }

        /**
         * How often idle workers look for deliveries accepted by other nodes or due for a retry (default 1 second);
         * deliveries this node accepts are picked up at once.
         */
        public Builder pollInterval(Duration pollInterval) {
            this.pollInterval = positive(pollInterval, "pollInterval");
            return this;
        }

        /** Attempts before a delivery is parked as dead (default 10). */
        public Builder maxAttempts(int maxAttempts) {
            this.maxAttempts = atLeastOne(maxAttempts, "maxAttempts");
            return this;
        }

        /**
         * The wait after a first failure (default 10 seconds), doubled after each further one up to {@code max}
         * (default 30 minutes), of which a random point in the upper half is used.
         */
        public Builder backoff(Duration initial, Duration max) {
            this.initialBackoff = positive(initial, "initial backoff");
            this.maxBackoff = positive(max, "max backoff");
            if (max.compareTo(initial) < 0) {
                throw new IllegalArgumentException("max backoff " + max + " is shorter than the initial " + initial);
            }
            return this;
        }

        /**
         * How long done deliveries are kept (default 7 days): a copy Payhawk sends within it is a duplicate. Keep it
         * longer than Payhawk may take to send a copy; {@link #build()} refuses one not longer than the dispatcher's
         * {@link WebhookDispatcher#replayWindow() replay window}.
         */
        public Builder retention(Duration retention) {
            this.retention = positive(retention, "retention");
            return this;
        }

        /** The least time between two purges of done deliveries on this node (default 1 minute). */
        public Builder purgeInterval(Duration purgeInterval) {
            this.purgeInterval = positive(purgeInterval, "purgeInterval");
            return this;
        }

        /** The most rows one purge statement deletes (default 1,000). */
        public Builder purgeBatchSize(int purgeBatchSize) {
            this.purgeBatchSize = atLeastOne(purgeBatchSize, "purgeBatchSize");
            return this;
        }

        /** How long {@link WebhookInbox#close()} waits for running handlers before interrupting them (default 30 s). */
        public Builder shutdownTimeout(Duration shutdownTimeout) {
            this.shutdownTimeout = positive(shutdownTimeout, "shutdownTimeout");
            return this;
        }

        /**
         * Whether handlers run in the transaction that marks their delivery done (default true), so what they write
         * through {@link HandlerContext#connection()} happens exactly once. With false, handlers run outside any
         * transaction (no {@code connection()}), and a handler that succeeds just before its node dies runs again.
         */
        public Builder handlersInTransaction(boolean handlersInTransaction) {
            this.handlersInTransaction = handlersInTransaction;
            return this;
        }

        /** The clock leases, backoff and retention are measured with; inject a controllable one in tests. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** The inbox; it does not touch the database until it accepts a delivery or is started. */
        public WebhookInbox build() {
            return new WebhookInbox(new Builder(this));
        }

        private static int atLeastOne(int value, String name) {
            if (value < 1) {
                throw new IllegalArgumentException(name + " must be at least 1, was " + value);
            }
            return value;
        }

        private static Duration positive(Duration duration, String name) {
            Objects.requireNonNull(duration, name);
            if (duration.isZero() || duration.isNegative()) {
                throw new IllegalArgumentException(name + " must be positive, was " + duration);
            }
            return duration;
        }
    }
}
