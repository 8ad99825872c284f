package io.github.payhawk4j.sandbox;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Sends deliveries in the background on daemon threads and retries each with exponential backoff
 * until it gets a 2xx answer or runs out of attempts; reports the outcome to the
 * {@link SubscriptionRegistry}, which deactivates subscriptions that keep failing.
 */
final class DeliveryQueue implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DeliveryQueue.class);

    private final DeliverySettings settings;
    private final WebhookDeliverer deliverer;
    private final DeliveryLog log;
    private final SubscriptionRegistry subscriptions;
    private final ScheduledThreadPoolExecutor executor;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition idle = lock.newCondition();
    /** Runs of the attempt-and-retry loop not yet finished: queued, in flight or waiting to retry. */
    private int outstanding;

    DeliveryQueue(DeliverySettings settings, WebhookDeliverer deliverer, DeliveryLog log,
                  SubscriptionRegistry subscriptions) {
        this.settings = settings;
        this.deliverer = deliverer;
        this.log = log;
        this.subscriptions = subscriptions;
        this.executor = new ScheduledThreadPoolExecutor(settings.threads(), daemonThreads());
        this.executor.setRemoveOnCancelPolicy(true);
    }

    /** Queues a new delivery. */
    void submit(Delivery delivery) {
        log.add(delivery);
        start(delivery, false);
    }

    /**
     * Sends an earlier delivery again, with its same id and body: a duplicate as a receiver sees it.
     *
     * @throws IllegalArgumentException if there was no delivery with this id
     */
    void redeliver(String deliveryId) {
        Delivery delivery = log.delivery(deliveryId)
                .orElseThrow(() -> new IllegalArgumentException("No delivery with id '" + deliveryId + "'"));
        log.setStatus(deliveryId, DeliveryStatus.PENDING);
        start(delivery, true);
    }

    /** Waits until nothing is queued, in flight or waiting to retry; whether that happened in time. */
    boolean awaitIdle(Duration timeout) throws InterruptedException {
        long remaining = timeout.toNanos();
        lock.lock();
        try {
            while (outstanding > 0) {
                if (remaining <= 0) {
                    return false;
                }
                remaining = idle.awaitNanos(remaining);
            }
            return true;
        } finally {
            lock.unlock();
        }
    }

    /** Stops sending; deliveries still waiting are dropped. */
    @Override
    public void close() {
        executor.shutdownNow();
        try {
            executor.awaitTermination(settings.timeout().toMillis() + 1000, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        lock.lock();
        try {
            outstanding = 0;
            idle.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private void start(Delivery delivery, boolean redelivery) {
        changeOutstanding(1);
        try {
            executor.execute(() -> attempt(delivery, 1, redelivery));
        } catch (RejectedExecutionException e) {
            changeOutstanding(-1);
            throw new IllegalStateException("The sandbox is closed; it delivers no more webhooks", e);
        }
    }

    private void attempt(Delivery delivery, int tryNumber, boolean redelivery) {
        boolean finished = true;
        try {
            if (!subscriptions.isActive(delivery.subscriptionId())) {
                log.setStatus(delivery.deliveryId(), DeliveryStatus.ABANDONED);
                return;
            }
            DeliveryAttempt attempt = deliverer.send(delivery, log.nextAttemptNumber(delivery.deliveryId()), redelivery);
            log.recordAttempt(delivery.deliveryId(), attempt);
            if (attempt.succeeded()) {
                log.setStatus(delivery.deliveryId(), DeliveryStatus.DELIVERED);
                subscriptions.recordDelivered(delivery.subscriptionId());
            } else if (tryNumber < settings.maxAttempts() && !executor.isShutdown()) {
                Duration wait = settings.backoffBefore(tryNumber);
                LOG.debug("Delivery {} of {} failed (status {}); retrying in {}", delivery.deliveryId(),
                        delivery.eventType(), attempt.statusCode(), wait);
                executor.schedule(() -> attempt(delivery, tryNumber + 1, redelivery),
                        wait.toNanos(), TimeUnit.NANOSECONDS);
                finished = false;
            } else {
                LOG.debug("Delivery {} of {} failed after {} attempts", delivery.deliveryId(),
                        delivery.eventType(), tryNumber);
                log.setStatus(delivery.deliveryId(), DeliveryStatus.FAILED);
                subscriptions.recordUndeliverable(delivery.subscriptionId());
            }
        } catch (RejectedExecutionException e) {
            // Closed while waiting to retry: the delivery simply stops.
            finished = true;
        } finally {
            if (finished) {
                changeOutstanding(-1);
            }
        }
    }

    private void changeOutstanding(int delta) {
        lock.lock();
        try {
            outstanding = Math.max(0, outstanding + delta);
            if (outstanding == 0) {
                idle.signalAll();
            }
        } finally {
            lock.unlock();
        }
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "payhawk-sandbox-delivery-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
