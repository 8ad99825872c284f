package io.github.payhawk4j.webhooks.inbox;

/**
 * A verified delivery, as the inbox stores it.
 *
 * @param deliveryId      the envelope's id
 * @param accountId       the envelope's account
 * @param eventType       the event type as sent
 * @param resourceKey     what it is about ({@link ResourceKey})
 * @param signedPath      the path and query the signature covers
 * @param signedTimestamp {@code X-Payhawk-Timestamp} as received
 * @param signature       {@code X-Payhawk-Signature} as received
 * @param body            the raw body as received
 */
record AcceptedDelivery(String deliveryId, String accountId, String eventType, String resourceKey, String signedPath,
                        String signedTimestamp, String signature, byte[] body) {

    /** Column widths of the inbox table; a signed delivery never comes near them, but nothing may be cut. */
    private static final int ID_COLUMN = 255;
    private static final int PATH_COLUMN = 8192;
    private static final int TIMESTAMP_COLUMN = 64;
    private static final int SIGNATURE_COLUMN = 1024;

    /** The first field too long for its column, or {@code null} if the row fits. */
    String oversizedField() {
        if (deliveryId.length() > ID_COLUMN) {
            return "id";
        }
        if (accountId.length() > ID_COLUMN) {
            return "accountId";
        }
        if (eventType.length() > ID_COLUMN) {
            return "eventType";
        }
        if (signedPath.length() > PATH_COLUMN) {
            return "path";
        }
        if (signedTimestamp.length() > TIMESTAMP_COLUMN) {
            return "timestamp";
        }
        return signature.length() > SIGNATURE_COLUMN ? "signature" : null;
    }
}
