package io.github.payhawk4j.webhooks.inbox;

import io.github.payhawk4j.webhooks.WebhookDispatcher;
import io.github.payhawk4j.webhooks.event.WebhookEvent;
import io.github.payhawk4j.webhooks.event.WebhookEventParser;
import io.github.payhawk4j.webhooks.internal.GuardedWebhookListener;
import io.github.payhawk4j.webhooks.internal.Jdbc;
import io.github.payhawk4j.webhooks.internal.TransactionConnection;
import io.github.payhawk4j.webhooks.observation.DeliveryHandled;
import io.github.payhawk4j.webhooks.observation.DeliveryInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One node's workers: a poller thread that leases as many due rows as there are idle workers, and the worker
 * threads that run each row's handler and record the outcome. A node never leases more rows than it has idle
 * workers, so no leased row waits behind a slow or hung handler while other nodes are idle. The poller waits
 * {@code pollInterval} when nothing is due, or less when this node accepted a delivery or finished one (the next
 * delivery of that resource may be due now).
 */
final class InboxWorkers {

    private static final Logger LOG = LoggerFactory.getLogger(InboxWorkers.class);
    private static final int MAX_ERROR_LENGTH = 2000;
    private static final AtomicInteger INBOXES = new AtomicInteger();

    private final InboxTable table;
    private final WebhookDispatcher dispatcher;
    private final GuardedWebhookListener listener;
    private final WebhookEventParser parser = new WebhookEventParser();
    private final WebhookInbox.Builder settings;
    private final RetryBackoff backoff;
    private final Clock clock;
    private final ExecutorService workers;
    private final Thread poller;
    private final Semaphore freeSlots;
    private final Semaphore wakeUp = new Semaphore(0);
    private final Set<ClaimedDelivery> inFlight = ConcurrentHashMap.newKeySet();
    private volatile boolean stopping;
    private long nextPurgeAt = Long.MIN_VALUE;

    InboxWorkers(InboxTable table, WebhookDispatcher dispatcher, WebhookInbox.Builder settings, RetryBackoff backoff) {
        this.table = table;
        this.dispatcher = dispatcher;
        this.listener = new GuardedWebhookListener(dispatcher.listener());
        this.settings = settings;
        this.backoff = backoff;
        this.clock = settings.clock;
        this.freeSlots = new Semaphore(settings.workers);
        String name = "payhawk-inbox-" + INBOXES.incrementAndGet();
        this.workers = Executors.newFixedThreadPool(settings.workers, threads(name + "-worker-"));
        this.poller = threads(name + "-poller").newThread(this::poll);
    }

    void start() {
        poller.start();
    }

    /** Tells the poller to look for due rows now. */
    void wake() {
        if (wakeUp.availablePermits() == 0) {
            wakeUp.release();
        }
    }

    /**
     * Stops leasing rows, waits up to {@code timeout} for running handlers, interrupts the rest, and hands back the
     * rows of handlers that still did not finish, so another node takes them at once instead of after the lease.
     */
    void stop(Duration timeout) {
        stopping = true;
        wake();
        try {
            poller.join(timeout.toMillis() + 1);
            workers.shutdown();
            if (!workers.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                workers.shutdownNow();
                workers.awaitTermination(Math.min(timeout.toMillis(), 5_000), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            workers.shutdownNow();
            Thread.currentThread().interrupt();
        }
        for (ClaimedDelivery row : List.copyOf(inFlight)) {
            giveBack(row);
        }
    }

    private void poll() {
        long pollMillis = settings.pollInterval.toMillis();
        while (!stopping) {
            try {
                if (!freeSlots.tryAcquire(pollMillis, TimeUnit.MILLISECONDS)) {
                    continue;
                }
            } catch (InterruptedException e) {
                return;
            }
            int slots = 1 + freeSlots.drainPermits();
            List<ClaimedDelivery> rows;
            long now = clock.millis();
            try {
                rows = stopping ? List.of() : table.claim(slots, now, now + settings.lease.toMillis());
            } catch (SQLException | RuntimeException e) {
                freeSlots.release(slots);
                LOG.warn("Webhook inbox: could not take due deliveries; trying again in {} ms: {}", pollMillis,
                        e.toString());
                pause(pollMillis);
                continue;
            }
            freeSlots.release(slots - rows.size());
            for (ClaimedDelivery row : rows) {
                inFlight.add(row);
                workers.execute(() -> run(row));
            }
            if (rows.isEmpty()) {
                purgeIfDue(now);
                pause(pollMillis);
            }
        }
    }

    private void pause(long millis) {
        try {
            if (wakeUp.tryAcquire(millis, TimeUnit.MILLISECONDS)) {
                wakeUp.drainPermits();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopping = true;
        }
    }

    private void run(ClaimedDelivery row) {
        try {
            if (stopping) {
                giveBack(row); // leased but not started: another node (or the next start) runs it at once
                return;
            }
            process(row);
        } finally {
            inFlight.remove(row);
            freeSlots.release();
            wake();
        }
    }

    private void process(ClaimedDelivery row) {
        WebhookEvent event;
        try {
            event = parser.parse(row.body(), Instant.parse(row.signedTimestamp()));
        } catch (RuntimeException e) {
            failed(row, new DeliveryInfo(row.deliveryId(), null, null), e, Duration.ZERO);
            return;
        }
        DeliveryInfo delivery = DeliveryInfo.of(event);
        long start = System.nanoTime();
        try {
            boolean recorded = settings.handlersInTransaction ? runInTransaction(row, event) : runAlone(row, event);
            if (!recorded) {
                LOG.warn("Webhook delivery {} ({}): its lease expired while the handler ran (lease {}); another"
                        + " worker runs it{}", row.deliveryId(), event.eventType(), settings.lease,
                        settings.handlersInTransaction ? " and this attempt was rolled back" : "");
            } else {
                LOG.debug("Webhook delivery {} ({}): done on attempt {}", row.deliveryId(), event.eventType(),
                        row.attempts());
                Duration took = since(start);
                listener.tell(l -> l.handled(new DeliveryHandled(delivery, took, null)));
            }
        } catch (Throwable e) {
            if (e instanceof VirtualMachineError fatal) {
                throw fatal;
            }
            if (stopping) {
                giveBack(row);
            } else {
                failed(row, delivery, e, since(start));
            }
        }
    }

    /** The handler and the row's "done" in one transaction; {@code false} if the lease was lost (rolled back). */
    private boolean runInTransaction(ClaimedDelivery row, WebhookEvent event) throws Exception {
        Jdbc jdbc = table.jdbc();
        try (Connection connection = jdbc.dataSource().getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                dispatcher.runHandler(event, TransactionConnection.guard(connection));
                if (!table.markDone(connection, row, clock.millis())) {
                    connection.rollback();
                    return false;
                }
                connection.commit();
                return true;
            } catch (Throwable e) {
                Jdbc.rollbackQuietly(connection, e);
                throw e;
            } finally {
                Jdbc.restoreAutoCommit(connection, autoCommit);
            }
        }
    }

    private boolean runAlone(ClaimedDelivery row, WebhookEvent event) throws Exception {
        dispatcher.runHandler(event, null);
        return table.markDone(row, clock.millis());
    }

    private void failed(ClaimedDelivery row, DeliveryInfo delivery, Throwable failure, Duration took) {
        boolean dead = row.attempts() >= settings.maxAttempts;
        DeliveryHandled attempt = new DeliveryHandled(delivery, took, failure);
        long now = clock.millis();
        long next = dead ? now : now + backoff.delayMillis(row.attempts());
        if (dead) {
            LOG.error("Webhook delivery {} failed on its last attempt ({} of {}) and is parked as dead; replay it"
                    + " when the cause is fixed", row.deliveryId(), row.attempts(), settings.maxAttempts, failure);
        } else {
            LOG.warn("Webhook delivery {} failed on attempt {} of {}; next attempt in {} ms", row.deliveryId(),
                    row.attempts(), settings.maxAttempts, next - now, failure);
        }
        try {
            table.markFailed(row, dead, next, describe(failure), now);
        } catch (SQLException | RuntimeException e) {
            LOG.warn("Webhook delivery {}: the failure could not be recorded; it is tried again when its lease"
                    + " expires", row.deliveryId(), e);
        }
        // Told once the row says so, so that a listener that reacts to "dead" finds it among the dead deliveries.
        listener.tell(l -> {
            if (dead) {
                l.dead(attempt);
            } else {
                l.failed(attempt);
            }
        });
    }

    private void giveBack(ClaimedDelivery row) {
        try {
            table.giveBack(row, clock.millis());
        } catch (SQLException | RuntimeException e) {
            LOG.warn("Webhook delivery {} could not be handed back on shutdown; another node takes it over when its"
                    + " lease expires", row.deliveryId(), e);
        }
    }

    private void purgeIfDue(long now) {
        if (now < nextPurgeAt) {
            return;
        }
        nextPurgeAt = now + settings.purgeInterval.toMillis();
        long cutoff = now - settings.retention.toMillis();
        try {
            int deleted;
            int batches = 0;
            do {
                deleted = table.purgeDone(cutoff, settings.purgeBatchSize);
            } while (deleted == settings.purgeBatchSize && ++batches < 10 && !stopping);
        } catch (SQLException | RuntimeException e) {
            LOG.warn("Webhook inbox: purging done deliveries failed; trying again in {}", settings.purgeInterval, e);
        }
    }

    /** Exception type and message, without control characters, cut to fit the column. */
    private static Duration since(long startNanos) {
        return Duration.ofNanos(Math.max(0, System.nanoTime() - startNanos));
    }

    private static String describe(Throwable failure) {
        String text = failure.getClass().getName() + (failure.getMessage() == null ? "" : ": " + failure.getMessage());
        StringBuilder safe = new StringBuilder(Math.min(text.length(), MAX_ERROR_LENGTH));
        text.codePoints().limit(MAX_ERROR_LENGTH - 3)
                .forEach(c -> safe.appendCodePoint(Character.isISOControl(c) ? ' ' : c));
        if (safe.length() > MAX_ERROR_LENGTH - 3) {
            safe.setLength(MAX_ERROR_LENGTH - 3);
        }
        return text.length() > safe.length() ? safe + "..." : safe.toString();
    }


    private static ThreadFactory threads(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, prefix.endsWith("-") ? prefix + count.incrementAndGet() : prefix);
            thread.setDaemon(true);
            return thread;
        };
    }
}
