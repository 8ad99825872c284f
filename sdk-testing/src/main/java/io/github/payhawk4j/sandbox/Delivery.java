package io.github.payhawk4j.sandbox;

import java.net.URI;
import java.nio.charset.StandardCharsets;

/** One event on its way to one subscription: the signed-to-be envelope and where it goes. */
record Delivery(
        String deliveryId,
        String accountId,
        String subscriptionId,
        String eventType,
        URI callbackUrl,
        byte[] body) {

    /** The path the signature covers: the callback URL's path, plus {@code ?query} if it has one. */
    String signedPathAndQuery() {
        String path = callbackUrl.getRawPath() == null || callbackUrl.getRawPath().isEmpty()
                ? "/" : callbackUrl.getRawPath();
        return callbackUrl.getRawQuery() == null ? path : path + "?" + callbackUrl.getRawQuery();
    }

    String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
