package io.github.payhawk4j.sandbox;

/**
 * Counts over all webhook deliveries of a sandbox.
 *
 * @param deliveries    deliveries created (one per event and subscription)
 * @param delivered     deliveries whose last attempt got a 2xx answer
 * @param failed        deliveries whose every attempt failed
 * @param abandoned     deliveries stopped because their subscription went away or was deactivated
 * @param pending       deliveries still waiting for an attempt or retry
 * @param attempts      HTTP POSTs made in total
 * @param retries       POSTs that repeated a failed attempt of the same delivery
 * @param redeliveries  POSTs made by {@link PayhawkSandbox#redeliver(String)}, retries of those included
 */
public record DeliveryStatistics(
        int deliveries,
        int delivered,
        int failed,
        int abandoned,
        int pending,
        int attempts,
        int retries,
        int redeliveries) {
}
