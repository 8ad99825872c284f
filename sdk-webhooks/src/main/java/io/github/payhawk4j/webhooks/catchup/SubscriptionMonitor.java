package io.github.payhawk4j.webhooks.catchup;

import io.github.payhawk4j.client.AccountScope;
import io.github.payhawk4j.client.PayhawkClient;
import io.github.payhawk4j.model.webhook.EnsuredSubscription;
import io.github.payhawk4j.model.webhook.EventType;
import io.github.payhawk4j.model.webhook.WebhookSubscription;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * Keeps the application's webhook subscriptions active and its events gap-free. Each {@link #check()}, for every
 * required subscription: makes sure it is active ({@code webhooks().ensure(...)}, which re-creates one Payhawk
 * deactivated after failed deliveries, or one that was deleted), finds the window in which deliveries may be missing
 * and has the {@link CatchUp} close it through the same handlers.
 *
 * <pre>{@code
 * ReceivedDeliveries received = new ReceivedDeliveries();
 * WebhookDispatcher dispatcher = WebhookDispatcher.builder()...listener(received).build();
 * SubscriptionMonitor monitor = SubscriptionMonitor.builder(client)
 *         .require(EventType.EXPENSE_REVIEWED, callbackUrl)
 *         .watermarks(JdbcWatermarkStore.of(dataSource))
 *         .receivedDeliveries(received)
 *         .catchUp(CatchUp.of(dispatcher, client))
 *         .build();
 * monitor.start(scheduler, Duration.ofMinutes(5));   // or call monitor.check() from your own scheduler
 * }</pre>
 *
 * <h2>How a gap is found</h2>
 * The {@link WatermarkStore} holds, per event type, the instant up to which the application has every event: the
 * last delivery {@link ReceivedDeliveries received} (moved there at each check) or the end of the last gap closed.
 * The API says when a subscription was created, not when Payhawk deactivated it, so a gap is: the active
 * subscription was created after the watermark (or by this very check). Deliveries may then be missing from the watermark (minus
 * {@link Builder#overlap(Duration) the overlap}, for deliveries still being retried when it was taken) to the new
 * subscription's {@code createdAt}. The first check with no watermark stores the subscription's {@code createdAt}, or
 * reports a gap from the replaced subscription's creation if it had to replace one. A gap stays open, and is tried
 * again at the next check, until the catch-up closes it; only then does the watermark move past it, so a restart
 * (with {@link JdbcWatermarkStore}) loses nothing. Without a catch-up, a gap is reported once. Watermarks are
 * stamped by this host's clock and compared with Payhawk's {@code createdAt}: keep the clock in sync (NTP).
 *
 * <p>Thread-safe; checks never overlap (a second caller waits for the running one).
 */
public final class SubscriptionMonitor implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SubscriptionMonitor.class);

    /** Default for {@link Builder#overlap(Duration)}. */
    public static final Duration DEFAULT_OVERLAP = Duration.ofMinutes(5);

    private final AccountScope account;
    private final List<RequiredSubscription> required;
    private final WatermarkStore watermarks;
    private final ReceivedDeliveries received;
    private final CatchUp catchUp;
    private final Duration overlap;
    private final Clock clock;
    private final Consumer<MonitorReport> onReport;
    private final ReentrantLock checking = new ReentrantLock();
    private volatile MonitorReport lastReport;
    private ScheduledFuture<?> schedule;

    private SubscriptionMonitor(Builder builder) {
        this.account = builder.accountId != null ? builder.client.account(builder.accountId)
                : builder.client.defaultAccount();
        if (builder.required.isEmpty()) {
            throw new IllegalStateException("a SubscriptionMonitor needs at least one require(eventType, callbackUrl)");
        }
        this.required = List.copyOf(builder.required);
        this.watermarks = builder.watermarks != null ? builder.watermarks : new InMemoryWatermarkStore();
        this.received = builder.received;
        this.catchUp = builder.catchUp;
        this.overlap = builder.overlap;
        this.clock = builder.clock;
        this.onReport = builder.onReport;
    }

    /** Starts configuring a monitor that calls the API through {@code client}. */
    public static Builder builder(PayhawkClient client) {
        return new Builder(client);
    }

    /**
     * Checks every required subscription once, closes the gaps found, and tells {@link Builder#onReport(Consumer)}.
     * Never throws for a failed API call, store or handler: the subscription's check says {@code FAILED} and the
     * next check tries again.
     */
    public MonitorReport check() {
        checking.lock();
        try {
            Instant now = clock.instant();
            List<SubscriptionCheck> checks = new ArrayList<>();
            for (RequiredSubscription subscription : required) {
                checks.add(checkOne(subscription));
            }
            MonitorReport report = new MonitorReport(now, checks);
            lastReport = report;
            tell(report);
            return report;
        } finally {
            checking.unlock();
        }
    }

    /** The report of the last {@link #check()}, if there was one; for a health check. */
    public Optional<MonitorReport> lastReport() {
        return Optional.ofNullable(lastReport);
    }

    /**
     * Runs {@link #check()} on {@code scheduler} now and then every {@code interval} (after the previous one ended).
     * The scheduler stays yours; {@link #close()} cancels the checks.
     *
     * @throws IllegalStateException if already started
     */
    public synchronized void start(ScheduledExecutorService scheduler, Duration interval) {
        Objects.requireNonNull(scheduler, "scheduler");
        if (Objects.requireNonNull(interval, "interval").isZero() || interval.isNegative()) {
            throw new IllegalArgumentException("interval must be positive, was " + interval);
        }
        if (schedule != null) {
            throw new IllegalStateException("the monitor is already started");
        }
        schedule = scheduler.scheduleWithFixedDelay(this::checkLogged, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Cancels the scheduled checks, if started; a check running now finishes. */
    @Override
    public synchronized void close() {
        if (schedule != null) {
            schedule.cancel(false);
            schedule = null;
        }
    }

    private void checkLogged() {
        try {
            check();
        } catch (RuntimeException e) {
            // A scheduled task that throws is never run again; keep checking.
            LOG.warn("Webhook subscription check failed", e);
        }
    }

    private SubscriptionCheck checkOne(RequiredSubscription need) {
        String accountId = account.accountId();
        EventType type = need.eventType();
        try {
            EnsuredSubscription ensured = account.webhooks().ensure(type, need.callbackUrl());
            WebhookSubscription active = ensured.subscription();
            SubscriptionCheck.Status status = ensured.created()
                    ? SubscriptionCheck.Status.CREATED : SubscriptionCheck.Status.ACTIVE;
            Instant resumedAt = active.createdAt();
            Optional<Instant> stored = watermarks.watermark(accountId, type);
            Optional<DeliveryGap> gap = gapOf(need, ensured, stored);
            Optional<CatchUpResult> caughtUp = Optional.empty();
            if (gap.isPresent()) {
                LOG.warn("Deliveries of {} to {} may be missing from {} to {} (subscription {} {})", type,
                        need.callbackUrl(), gap.get().from(), gap.get().to(), active.id(),
                        status == SubscriptionCheck.Status.CREATED ? "created now" : "created after the watermark");
                caughtUp = Optional.ofNullable(catchUp).map(c -> c.close(gap.get()));
                boolean settled = caughtUp.map(result -> result.outcome() != CatchUpResult.Outcome.FAILED).orElse(true);
                if (settled) {
                    watermarks.advance(accountId, type, resumedAt);
                }
            } else if (stored.isEmpty()) {
                watermarks.advance(accountId, type, resumedAt);
            }
            boolean open = caughtUp.map(result -> result.outcome() == CatchUpResult.Outcome.FAILED).orElse(false);
            if (!open && received != null) {
                received.lastReceived(accountId, type).ifPresent(last -> watermarks.advance(accountId, type, last));
            }
            return new SubscriptionCheck(need, status, Optional.of(active), gap, caughtUp, Optional.empty());
        } catch (RuntimeException e) {
            LOG.warn("Could not check the subscription of {} to {}; trying again at the next check", need.callbackUrl(),
                    type, e);
            return new SubscriptionCheck(need, SubscriptionCheck.Status.FAILED, Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.of(e.toString()));
        }
    }

    /** The window deliveries may be missing in: the active subscription was created after the watermark. */
    private Optional<DeliveryGap> gapOf(RequiredSubscription need, EnsuredSubscription ensured,
                                        Optional<Instant> stored) {
        Instant resumedAt = ensured.subscription().createdAt();
        String accountId = account.accountId();
        if (stored.isEmpty()) {
            return ensured.deliveryGapSince().map(since -> new DeliveryGap(accountId, need.eventType(),
                    need.callbackUrl(), earliest(since, resumedAt), resumedAt));
        }
        // A subscription this check had to create is a gap even if the watermark (stamped by this host's clock)
        // is not before its createdAt (Payhawk's clock): a clock running ahead must not hide an outage.
        if (stored.get().isBefore(resumedAt) || ensured.created()) {
            return Optional.of(new DeliveryGap(accountId, need.eventType(), need.callbackUrl(),
                    earliest(stored.get().minus(overlap), resumedAt), resumedAt));
        }
        return Optional.empty();
    }

    private static Instant earliest(Instant from, Instant to) {
        return from.isAfter(to) ? to : from;
    }

    private void tell(MonitorReport report) {
        try {
            onReport.accept(report);
        } catch (RuntimeException e) {
            LOG.warn("The monitor's report listener failed", e);
        }
    }

    /** Configures a {@link SubscriptionMonitor}. Not thread-safe; build once. */
    public static final class Builder {
        private final PayhawkClient client;
        private String accountId;
        private final Set<RequiredSubscription> required = new LinkedHashSet<>();
        private WatermarkStore watermarks;
        private ReceivedDeliveries received;
        private CatchUp catchUp;
        private Duration overlap = DEFAULT_OVERLAP;
        private Clock clock = Clock.systemUTC();
        private Consumer<MonitorReport> onReport = report -> { };

        private Builder(PayhawkClient client) {
            this.client = Objects.requireNonNull(client, "client");
        }

        /** The account whose subscriptions are watched (default: the client's default account). */
        public Builder accountId(String value) {
            this.accountId = Objects.requireNonNull(value, "accountId");
            return this;
        }

        /** A subscription the application needs: {@code eventType} delivered to {@code callbackUrl}. */
        public Builder require(EventType eventType, String callbackUrl) {
            required.add(new RequiredSubscription(eventType, callbackUrl));
            return this;
        }

        /** Subscriptions of {@code callbackUrl} to each of {@code eventTypes}. */
        public Builder requireAll(Collection<EventType> eventTypes, String callbackUrl) {
            eventTypes.forEach(type -> require(type, callbackUrl));
            return this;
        }

        /** Where watermarks are kept (default: an {@link InMemoryWatermarkStore}; use {@link JdbcWatermarkStore}). */
        public Builder watermarks(WatermarkStore value) {
            this.watermarks = Objects.requireNonNull(value, "watermarks");
            return this;
        }

        /**
         * The listener on the dispatcher that sees deliveries arrive; without it the watermark moves only when gaps
         * close, and gaps are measured from there (longer, still correct).
         */
        public Builder receivedDeliveries(ReceivedDeliveries value) {
            this.received = Objects.requireNonNull(value, "receivedDeliveries");
            return this;
        }

        /** What closes the gaps found (default: none; gaps are only reported). */
        public Builder catchUp(CatchUp value) {
            this.catchUp = Objects.requireNonNull(value, "catchUp");
            return this;
        }

        /**
         * How far before the watermark a gap starts (default 5 minutes): deliveries of events from just before the
         * last one received may still have been in Payhawk's retries. What the overlap repeats is de-duplicated.
         */
        public Builder overlap(Duration value) {
            if (Objects.requireNonNull(value, "overlap").isNegative()) {
                throw new IllegalArgumentException("overlap must not be negative, was " + value);
            }
            this.overlap = value;
            return this;
        }

        /** The clock of checks (default: system UTC); the one {@link ReceivedDeliveries} stamps with. */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /** Told every report (e.g. to update a health indicator or meters); what it throws is logged and ignored. */
        public Builder onReport(Consumer<MonitorReport> value) {
            this.onReport = Objects.requireNonNull(value, "onReport");
            return this;
        }

        /**
         * The monitor; it calls nothing until checked or started.
         *
         * @throws IllegalStateException if no subscription is required
         */
        public SubscriptionMonitor build() {
            return new SubscriptionMonitor(this);
        }
    }
}
