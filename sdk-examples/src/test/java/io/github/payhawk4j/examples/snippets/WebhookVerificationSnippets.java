package io.github.payhawk4j.examples.snippets;

import io.github.payhawk4j.client.PayhawkClient;
import io.github.payhawk4j.webhooks.WebhookVerificationException;
import io.github.payhawk4j.webhooks.WebhookVerifier;
import io.github.payhawk4j.webhooks.event.DepositReceived;
import io.github.payhawk4j.webhooks.event.ExpenseDeleted;
import io.github.payhawk4j.webhooks.event.ExpenseEvent;
import io.github.payhawk4j.webhooks.event.PaymentEvent;
import io.github.payhawk4j.webhooks.event.UnknownEvent;
import io.github.payhawk4j.webhooks.event.WebhookPayloadException;
import io.github.payhawk4j.webhooks.event.WebhookEvent;
import io.github.payhawk4j.webhooks.key.ApiPublicKeySource;
import io.github.payhawk4j.webhooks.key.FixedPublicKeySource;
import io.github.payhawk4j.webhooks.key.PublicKeySetSource;
import io.github.payhawk4j.webhooks.testing.WebhookSigner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** The verification, key and event code shown in docs/webhooks-verification.md; {@code WebhookVerificationSnippetsTest} runs it. */
final class WebhookVerificationSnippets {

    private static final Logger log = LoggerFactory.getLogger(WebhookVerificationSnippets.class);

    private WebhookVerificationSnippets() {
    }

    static WebhookVerifier verifierFromApi(PayhawkClient client) {
        // tag::verifier-from-api[]
        WebhookVerifier verifier = WebhookVerifier.builder()
                .publicKeySource(ApiPublicKeySource.of(client))   // fetches GET /api/v3/rsa-public-key, caches it
                .build();                                         // tolerance 5 minutes, system clock
        // end::verifier-from-api[]
        return verifier;
    }

    static int receive(WebhookVerifier verifier, String pathAndQuery, Map<String, List<String>> headers, byte[] rawBody,
                       Consumer<WebhookEvent> handle) {
        // tag::verify[]
        try {
            WebhookEvent event = verifier.verify(pathAndQuery, headers, rawBody);
            handle.accept(event);
            return 200;
        } catch (WebhookVerificationException e) {
            log.warn("Rejected a webhook delivery ({}): {}", e.reason(), e.getMessage());
            return 401;
        } catch (WebhookPayloadException e) {
            log.warn("Signed webhook delivery with an unreadable body: {}", e.getMessage());
            return 400;
        }
        // end::verify[]
    }

    static WebhookVerifier fixedKey(Path keyFile) throws IOException {
        // tag::fixed-key[]
        String keyText = Files.readString(keyFile);        // "ssh-rsa AAAA... payhawk" or a PEM block
        WebhookVerifier verifier = WebhookVerifier.builder()
                .publicKeySource(FixedPublicKeySource.parse(keyText))
                .build();
        // end::fixed-key[]
        return verifier;
    }

    static WebhookVerifier keySet(String oldKeyText, String newKeyText) {
        // tag::key-set[]
        WebhookVerifier verifier = WebhookVerifier.builder()
                .publicKeySource(PublicKeySetSource.parse(oldKeyText + "\n" + newKeyText))   // either may sign
                .build();
        // end::key-set[]
        return verifier;
    }

    static WebhookVerifier tunedApiSource(PayhawkClient client) {
        // tag::api-source-options[]
        ApiPublicKeySource keys = ApiPublicKeySource.builder(client)
                .coolDown(Duration.ofMinutes(10))   // least time between two fetches (default 5 minutes)
                .build();
        WebhookVerifier verifier = WebhookVerifier.builder()
                .publicKeySource(keys)
                .tolerance(Duration.ofMinutes(2))   // accepted clock difference, either way (default 5 minutes)
                .build();
        // end::api-source-options[]
        return verifier;
    }

    static String describe(WebhookEvent event) {
        // tag::handle-java17[]
        if (event instanceof ExpenseDeleted deleted) {
            return "remove expense " + deleted.expenseId();
        } else if (event instanceof ExpenseEvent expense) {          // the other four expense.* events
            return "sync expense " + expense.expenseId();
        } else if (event instanceof PaymentEvent payment) {
            return "payment " + payment.paymentId().orElse("?") + " of expense " + payment.expenseId();
        } else if (event instanceof DepositReceived deposit) {
            return "deposit " + deposit.depositId() + " on " + deposit.fundAccountId();
        } else if (event instanceof UnknownEvent unknown) {
            return "ignore " + unknown.eventType() + " " + unknown.payload();
        }
        return "ignore " + event.eventType();
        // end::handle-java17[]
    }

    static WebhookEvent signForTest() {
        // tag::signer[]
        WebhookSigner signer = WebhookSigner.generate();
        WebhookVerifier verifier = WebhookVerifier.builder()
                .publicKeySource(FixedPublicKeySource.parse(signer.publicKeyOpenSsh()))
                .build();

        byte[] body = "{\"id\":\"d-1\",\"accountId\":\"acme\",\"eventType\":\"expense.created\",\"payload\":{\"expenseId\":\"43\"}}"
                .getBytes(StandardCharsets.UTF_8);
        Map<String, String> headers = signer.headers("/payhawk/webhooks", body, Instant.now());
        // send body with these headers to your endpoint, or verify directly:
        WebhookEvent event = verifier.verify("/payhawk/webhooks", headers.get("X-Payhawk-Timestamp"),
                headers.get("X-Payhawk-Signature"), body);
        // end::signer[]
        return event;
    }
}
