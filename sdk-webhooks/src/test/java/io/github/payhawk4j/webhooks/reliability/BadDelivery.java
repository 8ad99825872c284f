package io.github.payhawk4j.webhooks.reliability;

import java.util.List;
import java.util.Map;

/**
 * One invalid webhook request and the only answer it may get.
 *
 * @param mutation       how it was made from a valid delivery
 * @param pathAndQuery   the path and query it is addressed to
 * @param headers        its headers (names as sent; possibly missing, repeated or empty values)
 * @param body           its body bytes
 * @param expectedStatus 401 when what was signed was altered or the headers are broken, 400 when validly signed
 *                       but not a delivery envelope, 413 when larger than the dispatcher's limit
 */
record BadDelivery(Mutation mutation, String pathAndQuery, Map<String, List<String>> headers, byte[] body,
                   int expectedStatus) {

    /**
     * Whether it can be sent over HTTP unchanged: a path that no client or server rewrites (letters, digits and
     * {@code / ? = & . _ -}, no empty or dot segments) and header values of printable ASCII.
     */
    boolean sendableOverHttp() {
        boolean plainPath = pathAndQuery.startsWith("/") && !pathAndQuery.contains("//") && !pathAndQuery.contains("/.")
                && pathAndQuery.chars().allMatch(c -> (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
                || (c >= '0' && c <= '9') || "/?=&._-".indexOf(c) >= 0);
        return plainPath && headers.values().stream().flatMap(List::stream)
                .allMatch(value -> value.chars().allMatch(c -> c >= 0x20 && c < 0x7f));
    }

    /** A short description for failure messages: the mutation, path and body size (never the signature). */
    @Override
    public String toString() {
        return mutation + " to " + pathAndQuery + " with " + body.length + " bytes, expecting " + expectedStatus;
    }
}
