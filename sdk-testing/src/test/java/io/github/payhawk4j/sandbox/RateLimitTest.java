package io.github.payhawk4j.sandbox;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/** Payhawk's rate limit: 15 requests per 1-second sliding window per key, then 429 with Retry-After. */
class RateLimitTest {

    @Test
    void requestsBeyondFifteenPerSecondAre429WithRetryAfter() {
        try (PayhawkSandbox sandbox = PayhawkSandbox.builder().signer(TestSigner.SHARED).start()) {
            List<HttpResponse<String>> answers = burst(sandbox, sandbox.apiKey(), 40);

            List<HttpResponse<String>> admitted = answers.stream().filter(answer -> answer.statusCode() == 200).toList();
            List<HttpResponse<String>> refused = answers.stream().filter(answer -> answer.statusCode() == 429).toList();
            assertThat(admitted.size() + refused.size()).isEqualTo(40);
            // 15 in the first second; a slow machine may spread the burst into a second window.
            assertThat(admitted.size()).isBetween(15, 30);
            assertThat(refused).isNotEmpty();
            HttpResponse<String> tooMany = refused.get(0);
            assertThat(tooMany.headers().firstValue("Retry-After")).hasValue("1");
            assertThat(tooMany.headers().firstValue("RateLimit-Remaining")).hasValue("0");
            assertThat(tooMany.body()).contains("\"code\":\"too_many_requests\"");
            assertThat(admitted).allSatisfy(answer -> assertThat(answer.headers().firstValue("RateLimit-Remaining"))
                    .hasValueSatisfying(remaining -> assertThat(Integer.parseInt(remaining)).isBetween(0, 14)));
        }
    }

    @Test
    void theWindowSlidesSoRequestsAreAdmittedAgainLater() throws InterruptedException {
        try (PayhawkSandbox sandbox = PayhawkSandbox.builder().signer(TestSigner.SHARED)
                .rateLimit(3, Duration.ofMillis(1500)).start()) {
            SandboxApi api = new SandboxApi(sandbox);
            String path = "/api/v3/accounts/" + sandbox.accountId() + "/expenses";
            // Warms up client and server (without the API key, so outside its window).
            api.withKey(null).get("/api/v3/rsa-public-key");
            for (int i = 0; i < 3; i++) {
                assertThat(api.get(path).status()).isEqualTo(200);
            }
            assertThat(api.get(path).status()).isEqualTo(429);
            Thread.sleep(1600);
            assertThat(api.get(path).status()).isEqualTo(200);
        }
    }

    @Test
    void eachKeyHasItsOwnWindow() {
        try (PayhawkSandbox sandbox = PayhawkSandbox.builder().signer(TestSigner.SHARED)
                .restrictedApiKey("second-key", "sandbox-account")
                .rateLimit(2, Duration.ofMinutes(1)).start()) {
            SandboxApi first = new SandboxApi(sandbox);
            SandboxApi second = first.withKey("second-key");
            String path = "/api/v3/accounts/" + sandbox.accountId() + "/expenses";
            first.get(path);
            first.get(path);
            assertThat(first.get(path).status()).isEqualTo(429);
            assertThat(second.get(path).status()).isEqualTo(200);
        }
    }

    @Test
    void withoutRateLimitBurstsAreAllAdmitted() {
        try (PayhawkSandbox sandbox = TestSigner.quickSandbox().start()) {
            assertThat(burst(sandbox, sandbox.apiKey(), 40)).allSatisfy(answer ->
                    assertThat(answer.statusCode()).isEqualTo(200));
        }
    }

    private static List<HttpResponse<String>> burst(PayhawkSandbox sandbox, String key, int requests) {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(sandbox.baseUrl() + "/api/v3/accounts/" + sandbox.accountId() + "/expenses"))
                .header("X-Payhawk-ApiKey", key)
                .build();
        List<CompletableFuture<HttpResponse<String>>> pending = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            pending.add(http.sendAsync(request, HttpResponse.BodyHandlers.ofString()));
        }
        return pending.stream().map(CompletableFuture::join).toList();
    }
}
