package io.github.payhawk4j.spring.boot;

import io.github.payhawk4j.webhooks.inbox.WebhookInbox;
import org.springframework.context.SmartLifecycle;

/**
 * Starts the inbox's workers once the application context is refreshed (after the database is initialised) and
 * stops them gracefully when it closes, before the DataSource goes.
 */
final class InboxWorkersLifecycle implements SmartLifecycle {

    private final WebhookInbox inbox;
    private volatile boolean running;

    InboxWorkersLifecycle(WebhookInbox inbox) {
        this.inbox = inbox;
    }

    @Override
    public void start() {
        inbox.start();
        running = true;
    }

    @Override
    public void stop() {
        inbox.close();
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
