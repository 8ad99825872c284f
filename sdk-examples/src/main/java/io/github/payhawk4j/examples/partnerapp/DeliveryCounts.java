package io.github.payhawk4j.examples.partnerapp;

/**
 * A snapshot of what the partner app's webhook endpoint saw.
 *
 * @param received             requests that reached the webhook endpoint
 * @param verified             requests whose signature and envelope checked out
 * @param processed            deliveries whose handler completed
 * @param duplicatesSkipped    verified copies of an already processed delivery, answered without running a handler
 * @param failed               handler runs that failed, so the delivery was answered 500 for Payhawk to retry
 * @param retriedThenProcessed deliveries that failed at least once and were processed on a later attempt
 */
public record DeliveryCounts(
        int received, int verified, int processed, int duplicatesSkipped, int failed, int retriedThenProcessed) {
}
