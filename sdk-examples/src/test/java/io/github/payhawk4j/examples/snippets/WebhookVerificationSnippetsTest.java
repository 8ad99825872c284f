package io.github.payhawk4j.examples.snippets;

import io.github.payhawk4j.client.PayhawkClient;
import io.github.payhawk4j.webhooks.WebhookVerifier;
import io.github.payhawk4j.webhooks.event.ExpenseCreated;
import io.github.payhawk4j.webhooks.event.WebhookEvent;
import io.github.payhawk4j.webhooks.event.WebhookEventParser;
import io.github.payhawk4j.webhooks.testing.WebhookSigner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs the code of docs/webhooks-verification.md. */
class WebhookVerificationSnippetsTest {

    private static final WebhookSigner SIGNER = WebhookSigner.generate();
    private static final String PATH = "/payhawk/webhooks?tenant=acme";

    private static byte[] body(String eventType, String payload) {
        return ("{\"id\":\"d-1\",\"accountId\":\"acme\",\"eventType\":\"" + eventType + "\",\"payload\":" + payload + "}")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static Map<String, List<String>> headers(byte[] body) {
        Map<String, List<String>> headers = new HashMap<>();
        SIGNER.headers(PATH, body, Instant.now()).forEach((name, value) -> headers.put(name, List.of(value)));
        return headers;
    }

    @Test
    void receiveAnswers200ForAGoodDelivery401ForAForgedOneAnd400ForABadBody(@TempDir Path dir) throws Exception {
        Path keyFile = dir.resolve("payhawk.pub");
        Files.writeString(keyFile, SIGNER.publicKeyOpenSsh());
        WebhookVerifier verifier = WebhookVerificationSnippets.fixedKey(keyFile);
        List<WebhookEvent> handled = new ArrayList<>();
        byte[] good = body("expense.created", "{\"expenseId\":\"43\"}");
        byte[] notJson = "not json".getBytes(StandardCharsets.UTF_8);

        assertThat(WebhookVerificationSnippets.receive(verifier, PATH, headers(good), good, handled::add)).isEqualTo(200);
        assertThat(WebhookVerificationSnippets.receive(verifier, "/elsewhere", headers(good), good, handled::add)).isEqualTo(401);
        assertThat(WebhookVerificationSnippets.receive(verifier, PATH, headers(notJson), notJson, handled::add)).isEqualTo(400);
        assertThat(handled).hasSize(1);
    }

    @Test
    void aKeySetAcceptsEitherKey() {
        WebhookSigner next = WebhookSigner.generate();
        WebhookVerifier verifier = WebhookVerificationSnippets.keySet(SIGNER.publicKeyPem(), next.publicKeyOpenSsh());
        byte[] body = body("expense.created", "{}");

        assertThat(verifier.verify(PATH, headers(body), body)).isNotNull();
    }

    @Test
    void apiBackedVerifiersBuildWithoutFetching() {
        PayhawkClient client = PayhawkClient.builder().apiKey("k").accountId("acme").baseUrl("http://127.0.0.1:9").build();

        assertThat(WebhookVerificationSnippets.verifierFromApi(client).tolerance()).isEqualTo(WebhookVerifier.DEFAULT_TOLERANCE);
        assertThat(WebhookVerificationSnippets.tunedApiSource(client).tolerance()).hasMinutes(2);
    }

    @Test
    void theJava17HandlerTellsTheEventsApart() {
        WebhookEventParser parser = new WebhookEventParser();
        Instant now = Instant.now();

        assertThat(WebhookVerificationSnippets.describe(parser.parse(body("expense.deleted", "{\"expenseId\":\"7\"}"), now)))
                .isEqualTo("remove expense 7");
        assertThat(WebhookVerificationSnippets.describe(parser.parse(body("expense.approved", "{\"expenseId\":\"8\"}"), now)))
                .isEqualTo("sync expense 8");
        assertThat(WebhookVerificationSnippets.describe(parser.parse(body("payment.settled", "{\"expenseId\":\"8\",\"paymentId\":\"p\"}"), now)))
                .isEqualTo("payment p of expense 8");
        assertThat(WebhookVerificationSnippets.describe(parser.parse(body("deposit.received", "{\"fundAccountId\":\"f\",\"depositId\":\"d\"}"), now)))
                .isEqualTo("deposit d on f");
        assertThat(WebhookVerificationSnippets.describe(parser.parse(body("card.frozen", "{\"cardId\":\"c\"}"), now)))
                .isEqualTo("ignore card.frozen {\"cardId\":\"c\"}");
        assertThat(WebhookVerificationSnippets.describe(parser.parse(body("supplier.created", "{}"), now)))
                .isEqualTo("ignore supplier.created");
    }

    @Test
    void theSignerSnippetSignsADeliveryTheVerifierAccepts() {
        assertThat(WebhookVerificationSnippets.signForTest()).isInstanceOf(ExpenseCreated.class);
    }
}
