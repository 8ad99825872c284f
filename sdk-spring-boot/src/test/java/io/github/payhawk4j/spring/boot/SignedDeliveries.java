package io.github.payhawk4j.spring.boot;

import io.github.payhawk4j.webhooks.testing.WebhookSigner;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/** Deliveries signed with the sandbox's key, posted straight to the app under test. */
final class SignedDeliveries {

    static final String PATH = "/payhawk/webhooks";

    private final WebhookSigner signer;
    private final String accountId;

    SignedDeliveries(WebhookSigner signer, String accountId) {
        this.signer = signer;
        this.accountId = accountId;
    }

    HttpResponse<String> approved(int port, String deliveryId, String expenseId)
            throws IOException, InterruptedException {
        String body = "{\"id\":\"" + deliveryId + "\",\"accountId\":\"" + accountId
                + "\",\"eventType\":\"expense.approved\",\"payload\":{\"expenseId\":\"" + expenseId + "\"}}";
        return Http.post(port, PATH, body,
                signer.headers(PATH, body.getBytes(StandardCharsets.UTF_8), Instant.now()));
    }
}
