package io.github.payhawk4j.spring.boot;

import io.github.payhawk4j.webhooks.catchup.SubscriptionMonitor;
import org.springframework.context.SmartLifecycle;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs the {@link SubscriptionMonitor} while the application runs: it starts after the web server (so the first
 * check, which creates missing subscriptions, finds the filter serving), checks at once and then every
 * {@code payhawk.webhooks.monitor.interval} on a thread of its own; with interval 0 it checks once, in the starting
 * thread, and the application calls {@code check()} itself. It stops before the web server and the DataSource, and
 * waits for a running check to finish.
 */
final class SubscriptionMonitorLifecycle implements SmartLifecycle {

    private static final Duration STOP_WAIT = Duration.ofSeconds(30);

    private final SubscriptionMonitor monitor;
    private final Duration interval;
    private ScheduledExecutorService scheduler;
    private volatile boolean running;

    SubscriptionMonitorLifecycle(SubscriptionMonitor monitor, Duration interval) {
        this.monitor = monitor;
        this.interval = interval;
    }

    @Override
    public synchronized void start() {
        if (interval.isZero()) {
            monitor.check();
        } else {
            scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
                Thread thread = new Thread(task, "payhawk-subscription-monitor");
                thread.setDaemon(true);
                return thread;
            });
            monitor.start(scheduler, interval);
        }
        running = true;
    }

    @Override
    public synchronized void stop() {
        monitor.close();
        if (scheduler != null) {
            scheduler.shutdown();
            try {
                scheduler.awaitTermination(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            scheduler = null;
        }
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
