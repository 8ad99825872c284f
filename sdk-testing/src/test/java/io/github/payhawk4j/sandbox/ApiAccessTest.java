package io.github.payhawk4j.sandbox;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.URI;
import java.net.http.HttpRequest;

import static org.assertj.core.api.Assertions.assertThat;

/** API keys (header or bearer), 401 / 403 / 404 as Payhawk's {"code","message"} error documents. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiAccessTest {

    private PayhawkSandbox sandbox;
    private SandboxApi api;

    @BeforeAll
    void start() {
        sandbox = TestSigner.quickSandbox()
                .apiKey("main-key")
                .accountId("acme")
                .additionalAccount("globex")
                .restrictedApiKey("globex-only-key", "globex")
                .start();
        api = new SandboxApi(sandbox);
        sandbox.account().addExpense("{\"id\":\"7\"}");
    }

    @AfterAll
    void stop() {
        sandbox.close();
    }

    @Test
    void theXPayhawkApiKeyHeaderAuthenticates() {
        assertThat(api.get("/api/v3/accounts/acme/expenses/7").status()).isEqualTo(200);
    }

    @Test
    void aBearerTokenAuthenticatesToo() {
        HttpRequest request = HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + "/api/v3/accounts/acme/expenses/7"))
                .header("Authorization", "Bearer main-key")
                .build();
        assertThat(api.send(request).status()).isEqualTo(200);
    }

    @Test
    void withoutAKeyTheAnswerIs401() {
        SandboxApi.Answer answer = api.withKey(null).get("/api/v3/accounts/acme/expenses");
        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.header("Content-Type")).startsWith("application/json");
        assertThat(answer.json().get("code").asText()).isEqualTo("unauthorized");
        assertThat(answer.json().get("message").asText()).contains("X-Payhawk-ApiKey");
    }

    @Test
    void aWrongKeyIs401() {
        SandboxApi.Answer answer = api.withKey("not-the-key").get("/api/v3/accounts/acme/expenses");
        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.json().get("code").asText()).isEqualTo("unauthorized");
    }

    @Test
    void anUnknownAccountIs404() {
        SandboxApi.Answer answer = api.get("/api/v3/accounts/initech/expenses");
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.json().get("code").asText()).isEqualTo("not_found");
        assertThat(answer.json().get("message").asText()).contains("initech");
    }

    @Test
    void aKeyWithoutAccessToTheAccountIs403() {
        SandboxApi globexOnly = api.withKey("globex-only-key");
        assertThat(globexOnly.get("/api/v3/accounts/globex/expenses").status()).isEqualTo(200);
        SandboxApi.Answer answer = globexOnly.get("/api/v3/accounts/acme/expenses");
        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.json().get("code").asText()).isEqualTo("forbidden");
    }

    @Test
    void accountsKeepTheirOwnData() {
        assertThat(api.get("/api/v3/accounts/globex/expenses/7").status()).isEqualTo(404);
        assertThat(sandbox.account("globex").expenses()).isEmpty();
    }

    @Test
    void anUnknownExpenseIs404() {
        SandboxApi.Answer answer = api.get("/api/v3/accounts/acme/expenses/404404");
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.json().get("code").asText()).isEqualTo("not_found");
        assertThat(answer.json().get("message").asText()).contains("404404");
    }

    @Test
    void anUnknownPathIs404() {
        SandboxApi.Answer answer = api.get("/api/v3/accounts/acme/no-such-thing");
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.json().has("code")).isTrue();
    }

    @Test
    void theKeyIsCheckedBeforeTheAccount() {
        assertThat(api.withKey(null).get("/api/v3/accounts/initech/expenses").status()).isEqualTo(401);
    }

    @Test
    void thePublicKeyNeedsNoApiKey() {
        SandboxApi.Answer answer = api.withKey(null).get("/api/v3/rsa-public-key");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.header("Content-Type")).startsWith("text/plain");
        assertThat(answer.body()).isEqualTo(sandbox.publicKeyOpenSsh());
    }
}
