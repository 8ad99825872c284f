package io.github.payhawk4j.examples.partnerapp;

/**
 * A snapshot of what the partner app's webhook endpoint saw.
 *
 * @param received             requests that reached the webhook endpoint
 * @param verified             requests whose signature and envelope checked out
 * @param processed            handler runs that completed
 * @param duplicatesSkipped    verified copies of a delivery already received, answered without running a handler
 * @param failed               handler runs that failed, so the delivery is retried (by the inbox, or by Payhawk)
 * @param retriedThenProcessed deliveries that failed at least once and were processed on a later attempt
 */
public record DeliveryCounts(
        int received, int verified, int processed, int duplicatesSkipped, int failed, int retriedThenProcessed) {
}
