package io.github.payhawk4j.examples.demo;

import io.github.payhawk4j.examples.partnerapp.InboxDatabase;
import io.github.payhawk4j.webhooks.WebhookDispatcher;
import io.github.payhawk4j.webhooks.inbox.WebhookInbox;

import java.time.Duration;
import java.util.function.Function;

/**
 * The partner app's webhook inbox in the demo. On the sandbox it is tuned to finish a business day in seconds: a
 * failed handler is retried after 200 ms to 2 s instead of the production defaults (10 s doubling to 30 minutes),
 * and idle workers look for due retries every 50 ms.
 */
final class DemoInbox {

    static final Duration FIRST_RETRY = Duration.ofMillis(200);
    static final Duration LONGEST_RETRY = Duration.ofSeconds(2);
    static final int WORKERS = 4;

    private DemoInbox() {
    }

    /** Quick retries, for the sandbox's business day. */
    static Function<WebhookDispatcher, WebhookInbox> quick(InboxDatabase database) {
        return dispatcher -> WebhookInbox.builder(database.dataSource(), dispatcher)
                .workers(WORKERS)
                .pollInterval(Duration.ofMillis(50))
                .backoff(FIRST_RETRY, LONGEST_RETRY)
                .shutdownTimeout(Duration.ofSeconds(10))
                .build();
    }

    /** The library's defaults, for live mode against the real API. */
    static Function<WebhookDispatcher, WebhookInbox> production(InboxDatabase database) {
        return dispatcher -> WebhookInbox.builder(database.dataSource(), dispatcher).workers(WORKERS).build();
    }
}
