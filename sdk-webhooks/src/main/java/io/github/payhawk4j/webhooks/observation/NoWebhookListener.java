package io.github.payhawk4j.webhooks.observation;

/** The listener that ignores everything. */
enum NoWebhookListener implements WebhookListener {
    INSTANCE
}
