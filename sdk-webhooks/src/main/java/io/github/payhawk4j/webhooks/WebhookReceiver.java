package io.github.payhawk4j.webhooks;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Answers webhook HTTP requests: what {@code PayhawkWebhookFilter} (or your own framework glue) hands each delivery
 * to. A {@link WebhookDispatcher} runs the handler before it answers; a {@code WebhookInbox} stores the verified
 * delivery and answers at once, and its workers run the handler afterwards. Implementations are thread-safe.
 */
public interface WebhookReceiver {

    /**
     * Verifies one delivery and says what to answer; never throws for anything the request contains.
     *
     * @param pathAndQuery the path the delivery was addressed to, plus {@code "?"} and the query if any, exactly
     *                     as sent (not decoded)
     * @param headers      the request headers; names are matched case-insensitively
     * @param body         the raw body bytes as received
     * @return the status and JSON body to answer with
     */
    WebhookResponse handle(String pathAndQuery, Map<String, List<String>> headers, byte[] body);

    /** {@return the largest body accepted, in bytes; a larger one is answered 413 without being read to the end} */
    int maxBodyBytes();

    /**
     * {@return the longest time a whole delivery body may take to arrive; the servlet filter answers 408 after it, so
     * a slow or stalled sender cannot hold the receiver}
     */
    Duration bodyReadTimeout();
}
