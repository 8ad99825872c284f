package io.github.payhawk4j.webhooks;

import io.github.payhawk4j.webhooks.event.WebhookEvent;

/**
 * Told about every verified delivery that was not processed because its handler (or the delivery store) failed;
 * registered with {@link WebhookDispatcher.Builder#onError(WebhookErrorHook)}. Use it for metrics or alerts.
 *
 * <p>The dispatcher has already released the delivery and answers 500, so Payhawk retries it. An exception the
 * hook throws is logged and otherwise ignored. Rejected requests (401, 400, 413) are not reported here; they are
 * logged at warn level by the dispatcher.
 */
@FunctionalInterface
public interface WebhookErrorHook {

    /**
     * Called after a handler failed.
     *
     * @param event   the verified event whose handling failed
     * @param failure what the handler or the delivery store threw
     */
    void onError(WebhookEvent event, Throwable failure);
}
