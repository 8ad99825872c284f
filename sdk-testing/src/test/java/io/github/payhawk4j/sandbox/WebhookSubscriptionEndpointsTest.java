package io.github.payhawk4j.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** POST / GET / DELETE /webhooks: HTTPS callbacks, loopback exception, known event types only. */
class WebhookSubscriptionEndpointsTest {

    private PayhawkSandbox sandbox;
    private SandboxApi api;
    private String webhooks;

    @BeforeEach
    void start() {
        sandbox = TestSigner.quickSandbox().start();
        api = new SandboxApi(sandbox);
        webhooks = "/api/v3/accounts/" + sandbox.accountId() + "/webhooks";
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private SandboxApi.Answer subscribe(String eventType, String callbackUrl) {
        return api.post(webhooks, "{\"eventType\":\"" + eventType + "\",\"callbackUrl\":\"" + callbackUrl + "\"}");
    }

    @Test
    void createAnswers201WithTheActiveSubscription() {
        SandboxApi.Answer answer = subscribe("expense.reviewed", "https://erp.example.com/payhawk?tenant=acme");

        assertThat(answer.status()).isEqualTo(201);
        JsonNode created = answer.json();
        assertThat(created.get("id").asText()).isNotBlank();
        assertThat(created.get("eventType").asText()).isEqualTo("expense.reviewed");
        assertThat(created.get("callbackUrl").asText()).isEqualTo("https://erp.example.com/payhawk?tenant=acme");
        assertThat(created.get("status").asText()).isEqualTo("active");
        assertThat(Instant.parse(created.get("createdAt").asText())).isBeforeOrEqualTo(Instant.now());
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:8080/hooks", "http://localhost/hooks", "http://[::1]:9000/hooks"})
    void plainHttpIsAcceptedForLoopbackHosts(String callbackUrl) {
        assertThat(subscribe("payment.settled", callbackUrl).status()).isEqualTo(201);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://erp.example.com/hooks", "ftp://erp.example.com/hooks", "not a url", "/relative/path"})
    void otherCallbackUrlsAreRefusedWith400(String callbackUrl) {
        SandboxApi.Answer answer = subscribe("payment.settled", callbackUrl);
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("code").asText()).isEqualTo("bad_request");
        assertThat(answer.json().get("message").asText()).contains("callbackUrl");
    }

    @Test
    void anUnknownEventTypeIsRefusedWith400() {
        SandboxApi.Answer answer = subscribe("expense.exploded", "https://erp.example.com/hooks");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("message").asText()).contains("eventType");
    }

    @Test
    void aMissingCallbackUrlOrExtraFieldIsRefusedWith400() {
        assertThat(api.post(webhooks, "{\"eventType\":\"expense.created\"}").status()).isEqualTo(400);
        assertThat(api.post(webhooks, "{\"eventType\":\"expense.created\",\"callbackUrl\":\"https://a.example\","
                + "\"secret\":\"x\"}").status()).isEqualTo(400);
        assertThat(api.post(webhooks, "not json").status()).isEqualTo(400);
    }

    @Test
    void listGetAndDelete() {
        String first = subscribe("expense.created", "https://erp.example.com/a").json().get("id").asText();
        String second = subscribe("supplier.updated", "https://erp.example.com/b").json().get("id").asText();

        JsonNode list = api.get(webhooks).json();
        assertThat(list.get("total").asInt()).isEqualTo(2);
        assertThat(list.get("items").findValuesAsText("id")).containsExactly(first, second);

        SandboxApi.Answer got = api.get(webhooks + "/" + second);
        assertThat(got.status()).isEqualTo(200);
        assertThat(got.json().get("eventType").asText()).isEqualTo("supplier.updated");

        SandboxApi.Answer deleted = api.delete(webhooks + "/" + first);
        assertThat(deleted.status()).isEqualTo(204);
        assertThat(deleted.body()).isEmpty();
        assertThat(api.get(webhooks + "/" + first).status()).isEqualTo(404);
        assertThat(api.delete(webhooks + "/" + first).status()).isEqualTo(404);
        assertThat(api.get(webhooks).json().get("total").asInt()).isEqualTo(1);
        assertThat(sandbox.account().webhookSubscriptions()).extracting(node -> node.get("id").asText())
                .containsExactly(second);
    }
}
