/**
 * Observation hooks of the webhook receiver: a {@link io.github.payhawk4j.webhooks.observation.WebhookListener}
 * set on {@code WebhookDispatcher.builder().listener(...)} is told what happens to each delivery, with immutable
 * events that never hold a signature or a body.
 */
package io.github.payhawk4j.webhooks.observation;
