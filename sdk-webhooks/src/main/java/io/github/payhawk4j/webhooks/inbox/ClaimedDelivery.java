package io.github.payhawk4j.webhooks.inbox;

/**
 * A delivery a worker of this node holds the lease of.
 *
 * @param seq             the row's position in received order
 * @param deliveryId      the envelope's id
 * @param signedTimestamp the {@code X-Payhawk-Timestamp} as received
 * @param body            the raw body as received
 * @param attempts        how many times it was taken, this time included
 * @param leaseToken      proves this worker's lease
 */
record ClaimedDelivery(long seq, String deliveryId, String signedTimestamp, byte[] body, int attempts,
                       String leaseToken) {
}
