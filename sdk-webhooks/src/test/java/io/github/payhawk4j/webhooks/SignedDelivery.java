package io.github.payhawk4j.webhooks;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** A webhook request as Payhawk would send it: the path it was addressed to, signed headers, raw body. */
public record SignedDelivery(String pathAndQuery, Map<String, List<String>> headers, byte[] body) {

    /** The same headers with another body, as if altered on the way. */
    public SignedDelivery withBody(String tampered) {
        return new SignedDelivery(pathAndQuery, headers, tampered.getBytes(StandardCharsets.UTF_8));
    }

    /** The same signed request addressed to another path. */
    public SignedDelivery withPath(String otherPathAndQuery) {
        return new SignedDelivery(otherPathAndQuery, headers, body);
    }

    /** The signature header's value. */
    public String signature() {
        return headers.get(WebhookHeaders.SIGNATURE).get(0);
    }

    /** Runs the request through a dispatcher. */
    public WebhookResponse sendTo(WebhookDispatcher dispatcher) {
        return dispatcher.handle(pathAndQuery, headers, body);
    }
}
