package io.github.payhawk4j.examples.partnerapp;

import io.github.payhawk4j.webhooks.event.WebhookEvent;

/**
 * A deliberate failure for demonstrations: when it says so, the handler throws {@link InjectedFaultException}
 * before doing any work, and the delivery is retried: by the inbox's workers after a backoff, or, without an
 * inbox, by Payhawk after the delivery was answered 500. Production code passes
 * {@link #none()}.
 */
@FunctionalInterface
public interface FaultInjection {

    /**
     * Whether the handling of {@code event} should fail this time.
     *
     * @param event the verified event about to be handled
     */
    boolean shouldFail(WebhookEvent event);

    /** Never fails. */
    static FaultInjection none() {
        return event -> false;
    }
}
