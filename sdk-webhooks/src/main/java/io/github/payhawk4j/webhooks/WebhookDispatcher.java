package io.github.payhawk4j.webhooks;

import io.github.payhawk4j.client.PayhawkClient;
import io.github.payhawk4j.webhooks.delivery.DeliveryClaim;
import io.github.payhawk4j.webhooks.delivery.DeliveryStore;
import io.github.payhawk4j.webhooks.delivery.DeliveryStoreFullException;
import io.github.payhawk4j.webhooks.delivery.InMemoryDeliveryStore;
import io.github.payhawk4j.webhooks.delivery.TransactionalDeliveryStore;
import io.github.payhawk4j.webhooks.event.UnknownEvent;
import io.github.payhawk4j.webhooks.event.WebhookEvent;
import io.github.payhawk4j.webhooks.event.WebhookPayloadException;
import io.github.payhawk4j.webhooks.internal.DeliveryMdc;
import io.github.payhawk4j.webhooks.internal.GuardedWebhookListener;
import io.github.payhawk4j.webhooks.internal.PrintableText;
import io.github.payhawk4j.webhooks.observation.DeliveryHandled;
import io.github.payhawk4j.webhooks.observation.DeliveryInfo;
import io.github.payhawk4j.webhooks.observation.DeliveryRejected;
import io.github.payhawk4j.webhooks.observation.WebhookListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.sql.Connection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Turns a webhook HTTP request into an answer: verify, parse, drop duplicates, run the matching handler.
 * Build it once and share it; it is immutable and thread-safe.
 *
 * <pre>{@code
 * WebhookDispatcher dispatcher = WebhookDispatcher.builder()
 *         .verifier(verifier)
 *         .client(client)
 *         .on(ExpenseApproved.class, (event, context) -> ledger.book(context.expense()))
 *         .on(PaymentEvent.class, (event, context) -> payments.refresh(event.expenseId()))
 *         .build();
 *
 * WebhookResponse response = dispatcher.handle(pathAndQuery, headers, body);
 * }</pre>
 *
 * <h2>Answers</h2>
 * <ul>
 *   <li>200 {@code processed}: the handler returned normally (also the fallback for unhandled and unknown
 *       events, reported as {@code unhandled}); 200 {@code duplicate}: the delivery was already processed.</li>
 *   <li>400 {@code invalid_payload}: the signature is valid but the body is not a delivery envelope.</li>
 *   <li>401 (error code = the lower-cased {@link WebhookVerificationException.Reason}): verification failed, or
 *       ({@code account_not_served}) the delivery is for an account the dispatcher does not
 *       {@link Builder#servesAccounts(String...) serve}.</li>
 *   <li>503 {@code no_usable_key}: verification could not run because the key source has no key (reason
 *       {@code NO_USABLE_KEY}, e.g. Payhawk's key could not be fetched); the receiver's problem, so retryable.</li>
 *   <li>409 {@code delivery_in_progress}: the same delivery is being handled right now by another request;
 *       the sender should retry later. A conflict, not a 503, because this server is healthy.</li>
 *   <li>503 {@code store_full} with {@code Retry-After}: the delivery store has no room for a new delivery
 *       without forgetting one whose copies could still verify ({@link DeliveryStoreFullException}).</li>
 *   <li>413 {@code body_too_large}: the body exceeds {@link Builder#maxBodyBytes(int)}.</li>
 *   <li>500 {@code processing_failed}: the handler (or the delivery store) failed; the claim is released so
 *       Payhawk's retry is processed again.</li>
 * </ul>
 *
 * <h2>Routing</h2>
 * A handler registered for the event's own record class wins; otherwise the first registered group
 * interface (such as {@code ExpenseEvent}, or {@code WebhookEvent} itself) the event implements, in
 * registration order; otherwise the {@link Builder#onUnhandled(WebhookHandler) fallback}, which also receives
 * {@link UnknownEvent}s unless a handler was registered for them.
 */
public final class WebhookDispatcher implements WebhookReceiver {

    /** Default for {@link Builder#maxBodyBytes(int)}: 1 MiB. */
    public static final int DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
    /** Default for {@link Builder#bodyReadTimeout(Duration)}: 10 seconds. */
    public static final Duration DEFAULT_BODY_READ_TIMEOUT = Duration.ofSeconds(10);

    private static final Logger LOG = LoggerFactory.getLogger(WebhookDispatcher.class);
    private static final WebhookHandler<WebhookEvent> IGNORE = (event, context) -> { };

    private final WebhookVerifier verifier;
    private final PayhawkClient client;
    private final DeliveryStore deliveryStore;
    private final Map<Class<?>, WebhookHandler<?>> handlers;
    private final WebhookHandler<WebhookEvent> unhandled;
    private final WebhookErrorHook errorHook;
    private final int maxBodyBytes;
    private final Duration bodyReadTimeout;
    /** The accounts served, or empty for every account. */
    private final Set<String> servedAccounts;
    /** The store that confirms in the handler's transaction, when handlers run in one; otherwise null. */
    private final TransactionalDeliveryStore transactionalStore;
    private final WebhookListener rawListener;
    private final GuardedWebhookListener listener;

    private WebhookDispatcher(Builder builder) {
        this.verifier = Objects.requireNonNull(builder.verifier,
                "verifier is required: WebhookDispatcher.builder().verifier(WebhookVerifier.builder()...build())");
        this.client = builder.client;
        this.deliveryStore = builder.deliveryStore != null ? builder.deliveryStore : defaultStore(verifier.tolerance());
        requireRetentionCovers(deliveryStore.retention(), verifier.tolerance());
        this.handlers = new LinkedHashMap<>(builder.handlers);
        this.unhandled = builder.unhandled != null ? builder.unhandled : IGNORE;
        this.errorHook = builder.errorHook;
        this.maxBodyBytes = builder.maxBodyBytes;
        this.bodyReadTimeout = builder.bodyReadTimeout;
        this.servedAccounts = Set.copyOf(builder.servedAccounts);
        if (builder.handlersInTransaction && !(deliveryStore instanceof TransactionalDeliveryStore)) {
            throw new IllegalStateException("handlersInTransaction(true) needs a TransactionalDeliveryStore such as"
                    + " JdbcDeliveryStore, but the delivery store is a " + deliveryStore.getClass().getSimpleName());
        }
        this.transactionalStore = builder.handlersInTransaction ? (TransactionalDeliveryStore) deliveryStore : null;
        this.rawListener = builder.listener;
        this.listener = new GuardedWebhookListener(builder.listener);
    }

    /** An in-memory store that remembers processed ids longer than a copy of them can verify. */
    private static DeliveryStore defaultStore(Duration tolerance) {
        Duration copiesVerifyFor = tolerance.multipliedBy(2);
        if (copiesVerifyFor.compareTo(InMemoryDeliveryStore.DEFAULT_MIN_RETENTION) < 0) {
            return new InMemoryDeliveryStore();
        }
        Duration retention = copiesVerifyFor.plusMinutes(1);
        Duration ttl = retention.compareTo(InMemoryDeliveryStore.DEFAULT_TTL) > 0
                ? retention : InMemoryDeliveryStore.DEFAULT_TTL;
        return InMemoryDeliveryStore.builder().minRetention(retention).ttl(ttl).build();
    }

    /**
     * A copy of a delivery verifies for up to twice the tolerance after the delivery was processed (its timestamp
     * may be a tolerance ahead of the clock); a store that forgets sooner would let that copy be processed again.
     */
    private static void requireRetentionCovers(Duration retention, Duration tolerance) {
        Objects.requireNonNull(retention, "DeliveryStore.retention() returned null");
        if (retention.compareTo(tolerance.multipliedBy(2)) <= 0) {
            throw new IllegalStateException("the delivery store remembers a processed delivery for " + retention
                    + " (DeliveryStore.retention()), but with the verifier's tolerance of " + tolerance
                    + " a replayed copy of a delivery can pass verification for up to twice that after it was"
                    + " processed, and would be processed again; make the store remember ids longer than "
                    + tolerance.multipliedBy(2) + " (for InMemoryDeliveryStore: its ttl and minRetention)"
                    + " or lower the verifier's tolerance");
        }
    }

    /**
     * How long after a delivery was processed a copy of it can still pass verification: twice the verifier's
     * tolerance, since the delivery's timestamp may be up to one tolerance ahead of the clock. Whatever remembers
     * processed delivery ids (a delivery store, an inbox table) must keep them longer than this, or a replayed copy
     * would be processed again.
     */
    public Duration replayWindow() {
        return verifier.tolerance().multipliedBy(2);
    }

    /**
     * The listener set with {@link Builder#listener(WebhookListener)}; receivers built on this dispatcher, like
     * {@code WebhookInbox}, tell it what happens to the deliveries they handle themselves.
     */
    public WebhookListener listener() {
        return rawListener;
    }

    /** Starts configuring a dispatcher; {@link Builder#verifier(WebhookVerifier)} is required. */
    public static Builder builder() {
        return new Builder();
    }

    /** The largest body accepted, in bytes; a larger one is answered 413 unread by the servlet filter. */
    @Override
    public int maxBodyBytes() {
        return maxBodyBytes;
    }

    /**
     * The longest time a whole delivery body may take to arrive; the servlet filter answers 408 when it is exceeded,
     * so that a slow or stalled sender cannot hold the receiver.
     */
    @Override
    public Duration bodyReadTimeout() {
        return bodyReadTimeout;
    }

    /**
     * Handles one delivery and says what to answer. Never throws: every failure becomes a response
     * (an unexpected one a 500), except a {@link VirtualMachineError}, which is rethrown.
     *
     * @param pathAndQuery the path the delivery was addressed to, plus {@code "?"} and the query if any, exactly
     *                     as sent (not decoded), e.g. {@code /payhawk/webhooks?tenant=acme}
     * @param headers      the request headers; names are matched case-insensitively
     * @param body         the raw body bytes as received
     * @return the status and JSON body to answer with
     */
    @Override
    public WebhookResponse handle(String pathAndQuery, Map<String, List<String>> headers, byte[] body) {
        return verifyThen(pathAndQuery, headers, body, this::dispatch);
    }

    /**
     * Checks a delivery exactly like {@link #handle(String, Map, byte[])} (size, signature, timestamp, envelope) and
     * answers a rejected one the same way, but hands a verified event to {@code next} instead of the handlers, and
     * answers what {@code next} returns. For receivers that act on verified deliveries otherwise, like
     * {@code WebhookInbox}, which stores them for its workers.
     *
     * @param next decides the answer to a verified delivery; an exception it throws becomes a 500
     */
    public WebhookResponse verifyThen(String pathAndQuery, Map<String, List<String>> headers, byte[] body,
                                      Function<WebhookEvent, WebhookResponse> next) {
        Objects.requireNonNull(next, "next");
        listener.tell(WebhookListener::received);
        if (pathAndQuery == null || headers == null || body == null) {
            return rejected(400, "invalid_request", "the request lacks a path, headers or body");
        }
        if (body.length > maxBodyBytes) {
            LOG.warn("Rejected webhook delivery to {}: body of {} bytes exceeds the limit of {} bytes",
                    pathOnly(pathAndQuery), body.length, maxBodyBytes);
            return rejected(413, "body_too_large",
                    "the body exceeds the limit of " + maxBodyBytes + " bytes");
        }
        WebhookEvent event;
        try {
            event = verifier.verify(pathAndQuery, headers, body);
        } catch (WebhookVerificationException e) {
            LOG.warn("Rejected webhook delivery to {}: {}", pathOnly(pathAndQuery), PrintableText.of(e.getMessage()));
            if (e.reason() == WebhookVerificationException.Reason.NO_USABLE_KEY) {
                // Not the sender's fault: this receiver has no key (e.g. the key fetch failed). Ask for a retry.
                return rejected(503, "no_usable_key",
                        "the receiver has no key to verify deliveries with; retry later");
            }
            return rejected(401, e.reason().name().toLowerCase(Locale.ROOT),
                    "the delivery failed signature verification");
        } catch (WebhookPayloadException e) {
            LOG.warn("Rejected webhook delivery to {}: {}", pathOnly(pathAndQuery), PrintableText.of(e.getMessage()));
            return rejected(400, "invalid_payload", "the body is not a valid Payhawk delivery");
        } catch (RuntimeException e) {
            LOG.warn("Webhook delivery to {} could not be verified", pathOnly(pathAndQuery), e);
            return rejected(500, "processing_failed", processingFailed());
        }
        if (!servedAccounts.isEmpty() && !servedAccounts.contains(event.accountId())) {
            LOG.warn("Rejected webhook delivery {} to {}: it is for account {}, which this dispatcher does not serve",
                    PrintableText.of(event.deliveryId()), pathOnly(pathAndQuery), PrintableText.of(event.accountId()));
            return rejected(401, WebhookVerificationException.Reason.ACCOUNT_NOT_SERVED.name()
                    .toLowerCase(Locale.ROOT), "the delivery is for an account this receiver does not serve");
        }
        listener.tell(l -> l.verified(DeliveryInfo.of(event)));
        try {
            return Objects.requireNonNull(next.apply(event), "the answer to a verified delivery");
        } catch (RuntimeException e) {
            return failed(event, e, Duration.ZERO);
        }
    }

    /**
     * Runs the handler a verified event routes to, with a {@link HandlerContext} like the one {@code handle} gives,
     * whose {@link HandlerContext#connection()} is {@code transaction}. No verification, no de-duplication, no error
     * hook, no listener: for a caller that verified and claimed the delivery itself, like {@code WebhookInbox}'s
     * workers. While the handler runs, the slf4j MDC holds the delivery's id, event type and account.
     *
     * @param event       the verified event
     * @param transaction the connection of the transaction the handler runs in, or {@code null} for none
     * @throws Exception whatever the handler threw
     */
    public void runHandler(WebhookEvent event, Connection transaction) throws Exception {
        Objects.requireNonNull(event, "event");
        DeliveryMdc mdc = mdcOf(event);
        try {
            handlerFor(event).handle(event, HandlerContext.inTransaction(event, client, transaction));
        } finally {
            mdc.close();
        }
    }

    /**
     * Runs an event that was not delivered but synthesized from the API by a catch-up (package
     * {@code io.github.payhawk4j.webhooks.catchup}) through the same de-duplication and handlers as a delivery:
     * claim its delivery id in the delivery store, run the handler (in the store's transaction when handlers run in
     * one), confirm, and tell the listener {@code duplicate}, {@code handled} or {@code failed} (not {@code received}
     * or {@code verified}: nothing was received; the delivery id tells a catch-up apart). The handler's
     * {@link HandlerContext#isCatchUp()} is true. Nothing is verified: the caller built the event from the API's
     * answers.
     *
     * <p>Give a synthesized event a delivery id that is the same every time the same change is synthesized (the
     * catch-up uses {@code catch-up:} and the event's business key), so a second catch-up of an overlapping window
     * answers {@code duplicate} instead of running the handler again.
     *
     * @param synthesized the event, with a delivery id of its own
     * @return 200 {@code processed} (or {@code unhandled}), 200 {@code duplicate}, 409 {@code delivery_in_progress},
     *         503 {@code store_full} or 500 {@code processing_failed}, as for a delivery
     */
    public WebhookResponse dispatchCatchUp(WebhookEvent synthesized) {
        Objects.requireNonNull(synthesized, "synthesized");
        Objects.requireNonNull(synthesized.deliveryId(), "a synthesized event needs a delivery id to be de-duplicated by");
        return dispatch(synthesized, true);
    }

    private WebhookResponse dispatch(WebhookEvent event) {
        return dispatch(event, false);
    }

    private WebhookResponse dispatch(WebhookEvent event, boolean catchUp) {
        String deliveryId = event.deliveryId();
        DeliveryClaim claim;
        try {
            // Without an id there is nothing to de-duplicate by; handle it, it is verified.
            claim = deliveryId == null ? DeliveryClaim.CLAIMED
                    : Objects.requireNonNull(deliveryStore.claim(deliveryId), "DeliveryStore.claim returned null");
        } catch (DeliveryStoreFullException e) {
            return rejected(503, "store_full", storeFull(event, e));
        } catch (RuntimeException e) {
            return failed(event, e, Duration.ZERO);
        }
        if (claim == DeliveryClaim.ALREADY_PROCESSED) {
            LOG.debug("Webhook delivery {} ({}): duplicate, skipped", deliveryId, event.eventType());
            listener.tell(l -> l.duplicate(DeliveryInfo.of(event)));
            return WebhookResponse.success("duplicate");
        }
        if (claim == DeliveryClaim.IN_PROGRESS) {
            LOG.debug("Webhook delivery {} ({}): in progress elsewhere, asked to retry", deliveryId, event.eventType());
            return rejected(409, "delivery_in_progress",
                    "this delivery is being processed by another request; retry later");
        }

        WebhookHandler<WebhookEvent> handler = handlerFor(event);
        long start = System.nanoTime();
        DeliveryMdc mdc = mdcOf(event);
        try {
            if (transactionalStore != null && deliveryId != null) {
                // The handler's writes and the record that the delivery was processed commit together.
                transactionalStore.runAndConfirm(deliveryId, transaction ->
                        handler.handle(event, catchUp ? HandlerContext.forCatchUp(event, client, transaction)
                                : HandlerContext.inTransaction(event, client, transaction)));
            } else {
                handler.handle(event, catchUp ? HandlerContext.forCatchUp(event, client, null)
                        : client != null ? HandlerContext.of(event, client) : HandlerContext.withoutClient(event));
            }
        } catch (Throwable e) {
            release(deliveryId);
            if (e instanceof VirtualMachineError fatal) {
                throw fatal;
            }
            return failed(event, e, since(start));
        } finally {
            mdc.close();
        }
        if (transactionalStore == null) {
            confirm(event);
        }
        Duration took = since(start);
        listener.tell(l -> l.handled(new DeliveryHandled(DeliveryInfo.of(event), took, null)));
        String outcome = handler == unhandled ? "unhandled" : "processed";
        LOG.debug("Webhook delivery {} ({}): {}", deliveryId, event.eventType(), outcome);
        return WebhookResponse.success(outcome);
    }

    @SuppressWarnings("unchecked") // on() pairs every class with a handler of a supertype of it
    private WebhookHandler<WebhookEvent> handlerFor(WebhookEvent event) {
        WebhookHandler<?> exact = handlers.get(event.getClass());
        if (exact != null) {
            return (WebhookHandler<WebhookEvent>) exact;
        }
        for (Map.Entry<Class<?>, WebhookHandler<?>> registered : handlers.entrySet()) {
            if (registered.getKey().isInstance(event)) {
                return (WebhookHandler<WebhookEvent>) registered.getValue();
            }
        }
        return unhandled;
    }

    private void confirm(WebhookEvent event) {
        if (event.deliveryId() == null) {
            return;
        }
        try {
            deliveryStore.confirm(event.deliveryId());
        } catch (RuntimeException e) {
            // The handler's work is done; answering 500 would only make it run again.
            LOG.warn("Webhook delivery {} ({}) was processed but could not be recorded; a copy of it may be "
                    + "processed again", event.deliveryId(), event.eventType(), e);
        }
    }

    private void release(String deliveryId) {
        if (deliveryId == null) {
            return;
        }
        try {
            deliveryStore.release(deliveryId);
        } catch (RuntimeException e) {
            LOG.warn("Webhook delivery {} could not be released; its retry may be refused until the claim expires",
                    deliveryId, e);
        }
    }

    private WebhookResponse rejected(int status, String code, String message) {
        return rejected(status, code, WebhookResponse.error(status, code, message));
    }

    private WebhookResponse rejected(int status, String code, WebhookResponse answer) {
        listener.tell(l -> l.rejected(new DeliveryRejected(status, code)));
        return answer;
    }

    private static DeliveryMdc mdcOf(WebhookEvent event) {
        return DeliveryMdc.of(event.deliveryId(), event.eventType().value(), event.accountId());
    }

    private static Duration since(long startNanos) {
        return Duration.ofNanos(Math.max(0, System.nanoTime() - startNanos));
    }

    private WebhookResponse failed(WebhookEvent event, Throwable failure, Duration took) {
        listener.tell(l -> l.failed(new DeliveryHandled(DeliveryInfo.of(event), took, failure)));
        LOG.warn("Webhook delivery {} ({}) failed; answering 500 so it is retried", event.deliveryId(),
                event.eventType(), failure);
        if (errorHook != null) {
            try {
                errorHook.onError(event, failure);
            } catch (Throwable hookFailure) {
                if (hookFailure instanceof VirtualMachineError fatal) {
                    throw fatal;
                }
                LOG.warn("The webhook error hook failed for delivery {}", event.deliveryId(), hookFailure);
            }
        }
        return processingFailed();
    }

    private static WebhookResponse storeFull(WebhookEvent event, DeliveryStoreFullException full) {
        long seconds = full.retryAfter().getSeconds() + (full.retryAfter().getNano() > 0 ? 1 : 0);
        LOG.warn("Webhook delivery {} ({}) refused with 503, retry after {}s: {}", event.deliveryId(),
                event.eventType(), seconds, full.getMessage());
        return WebhookResponse.error(503, "store_full", "the receiver cannot take new deliveries right now; retry later")
                .withHeader("Retry-After", Long.toString(seconds));
    }

    private static WebhookResponse processingFailed() {
        return WebhookResponse.error(500, "processing_failed", "the delivery was not processed; retry later");
    }

    // Query strings may carry tenant tokens; logs get the path only.
    private static String pathOnly(String pathAndQuery) {
        int query = pathAndQuery.indexOf('?');
        return PrintableText.of(query < 0 ? pathAndQuery : pathAndQuery.substring(0, query));
    }

    /** Configures a {@link WebhookDispatcher}. Not thread-safe; build once. */
    public static final class Builder {
        private WebhookVerifier verifier;
        private PayhawkClient client;
        private DeliveryStore deliveryStore;
        private final Map<Class<?>, WebhookHandler<?>> handlers = new LinkedHashMap<>();
        private WebhookHandler<WebhookEvent> unhandled;
        private WebhookErrorHook errorHook;
        private int maxBodyBytes = DEFAULT_MAX_BODY_BYTES;
        private Duration bodyReadTimeout = DEFAULT_BODY_READ_TIMEOUT;
        private Set<String> servedAccounts = Set.of();
        private boolean handlersInTransaction;
        private WebhookListener listener = WebhookListener.none();

        private Builder() {
        }

        /**
         * Told what happens to each delivery (received, verified or rejected with its reason, duplicate, handled,
         * failed), for metrics; default none. What it throws is logged and ignored.
         */
        public Builder listener(WebhookListener listener) {
            this.listener = Objects.requireNonNull(listener, "listener");
            return this;
        }

        /** Verifies signatures and parses events. Required. */
        public Builder verifier(WebhookVerifier verifier) {
            this.verifier = Objects.requireNonNull(verifier, "verifier");
            return this;
        }

        /**
         * The client {@link HandlerContext} fetches expenses, suppliers, deposits and purchase orders with.
         * Optional; without it those accessors throw {@link IllegalStateException}.
         */
        public Builder client(PayhawkClient client) {
            this.client = Objects.requireNonNull(client, "client");
            return this;
        }

        /**
         * Where processed deliveries are remembered, to skip duplicates and replays. Its
         * {@link DeliveryStore#retention() retention} must be longer than twice the verifier's tolerance, or
         * {@link #build()} refuses it. Default: a new {@link InMemoryDeliveryStore} with its default bound and
         * time-to-live, and a minimum retention that covers the verifier's tolerance.
         */
        public Builder deliveryStore(DeliveryStore deliveryStore) {
            this.deliveryStore = Objects.requireNonNull(deliveryStore, "deliveryStore");
            return this;
        }

        /**
         * Registers the handler for an event record (such as {@code ExpenseApproved}) or a group interface
         * (such as {@code ExpenseEvent}). See the class documentation for which handler wins.
         *
         * @throws IllegalArgumentException if a handler is already registered for {@code eventClass}
         */
        public <E extends WebhookEvent> Builder on(Class<E> eventClass, WebhookHandler<? super E> handler) {
            Objects.requireNonNull(eventClass, "eventClass");
            Objects.requireNonNull(handler, "handler");
            if (handlers.containsKey(eventClass)) {
                throw new IllegalArgumentException("a handler for " + eventClass.getSimpleName()
                        + " is already registered; combine them into one handler");
            }
            handlers.put(eventClass, handler);
            return this;
        }

        /**
         * Handles events no {@link #on(Class, WebhookHandler) registered handler} matches, including
         * {@link UnknownEvent}s (event types newer than this SDK). Default: ignore them and answer 200.
         */
        public Builder onUnhandled(WebhookHandler<WebhookEvent> handler) {
            this.unhandled = Objects.requireNonNull(handler, "handler");
            return this;
        }

        /** Told about every delivery whose handler failed; see {@link WebhookErrorHook}. */
        public Builder onError(WebhookErrorHook errorHook) {
            this.errorHook = Objects.requireNonNull(errorHook, "errorHook");
            return this;
        }

        /**
         * Binds the dispatcher to the Payhawk accounts it serves: a verified delivery for any other account is
         * answered 401 {@code account_not_served} and never handled. Use it wherever one host serves several
         * accounts (tenants), each with its own dispatcher: the signature does not cover the {@code Host} header, so
         * a delivery for one tenant can be re-sent to another tenant's host on the same path. Default: every account.
         *
         * @throws IllegalArgumentException if no id is given or an id is blank
         */
        public Builder servesAccounts(String... accountIds) {
            return servesAccounts(Arrays.asList(Objects.requireNonNull(accountIds, "accountIds")));
        }

        /** Like {@link #servesAccounts(String...)}, for ids in a collection. */
        public Builder servesAccounts(Collection<String> accountIds) {
            Objects.requireNonNull(accountIds, "accountIds");
            Set<String> ids = new LinkedHashSet<>();
            for (String id : accountIds) {
                Objects.requireNonNull(id, "accountIds must not contain null");
                if (id.isBlank()) {
                    throw new IllegalArgumentException("account ids must not be blank");
                }
                ids.add(id);
            }
            if (ids.isEmpty()) {
                throw new IllegalArgumentException("servesAccounts needs at least one account id");
            }
            this.servedAccounts = ids;
            return this;
        }

        /**
         * Whether handlers run in the database transaction that records the delivery as processed (default false).
         * Then {@link HandlerContext#connection()} is that transaction's connection: what the handler writes
         * through it commits together with the delivery record, or rolls back with it if the handler throws, so
         * each delivery's effects happen exactly once, even across crashes. Needs a
         * {@link TransactionalDeliveryStore} such as {@code JdbcDeliveryStore} (checked by {@link #build()}).
         */
        public Builder handlersInTransaction(boolean handlersInTransaction) {
            this.handlersInTransaction = handlersInTransaction;
            return this;
        }

        /** The largest body accepted, in bytes (default 1 MiB); larger is 413. */
        public Builder maxBodyBytes(int maxBodyBytes) {
            if (maxBodyBytes < 1) {
                throw new IllegalArgumentException("maxBodyBytes must be at least 1, was " + maxBodyBytes);
            }
            this.maxBodyBytes = maxBodyBytes;
            return this;
        }

        /**
         * The longest time a whole delivery body may take to arrive, counted from when its headers were read
         * (default 10 seconds; Payhawk's deliveries are a few hundred bytes). The servlet filter answers 408
         * {@code body_timeout} when it is exceeded; a framework that reads the body itself should do the same.
         *
         * @throws IllegalArgumentException if the timeout is not positive
         */
        public Builder bodyReadTimeout(Duration timeout) {
            Objects.requireNonNull(timeout, "timeout");
            if (timeout.isZero() || timeout.isNegative()) {
                throw new IllegalArgumentException("bodyReadTimeout must be positive, was " + timeout);
            }
            this.bodyReadTimeout = timeout;
            return this;
        }

        /**
         * The dispatcher.
         *
         * @throws NullPointerException  if no verifier was set
         * @throws IllegalStateException if the delivery store forgets processed ids while copies of them could still
         *                               verify (its retention is not longer than twice the verifier's tolerance)
         * @throws IllegalStateException also if handlers should run in a transaction the delivery store cannot offer
         */
        public WebhookDispatcher build() {
            return new WebhookDispatcher(this);
        }
    }
}
