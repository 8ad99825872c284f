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
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Payhawk's rate limit: 15 requests per 1-second sliding window per key, then 429 with Retry-After. The limit's
 * time is the test's: a burst arrives within one window however slowly the machine runs, and the window
 * slides when the test moves the time on.
 */
class RateLimitTest {

    private final AtomicLong nanos = new AtomicLong();

    @Test
    void requestsBeyondFifteenPerSecondAre429WithRetryAfter() {
        try (PayhawkSandbox sandbox = PayhawkSandbox.builder().signer(TestSigner.SHARED).rateLimitTicker(nanos::get)
                .start()) {
            List<HttpResponse<String>> answers = burst(sandbox, sandbox.apiKey(), 40);

            List<HttpResponse<String>> admitted = answers.stream().filter(answer -> answer.statusCode() == 200).toList();
            List<HttpResponse<String>> refused = answers.stream().filter(answer -> answer.statusCode() == 429).toList();
            assertThat(admitted).hasSize(15);
            assertThat(refused).hasSize(25);
            HttpResponse<String> tooMany = refused.get(0);
            assertThat(tooMany.headers().firstValue("Retry-After")).hasValue("1");
            assertThat(tooMany.headers().firstValue("RateLimit-Remaining")).hasValue("0");
            assertThat(tooMany.body()).contains("\"code\":\"too_many_requests\"");
            assertThat(admitted).allSatisfy(answer -> assertThat(answer.headers().firstValue("RateLimit-Remaining"))
                    .hasValueSatisfying(remaining -> assertThat(Integer.parseInt(remaining)).isBetween(0, 14)));
        }
    }

    @Test
    void theWindowSlidesSoRequestsAreAdmittedAgainLater() {
        try (PayhawkSandbox sandbox = PayhawkSandbox.builder().signer(TestSigner.SHARED)
                .rateLimit(3, Duration.ofMillis(1500)).rateLimitTicker(nanos::get).start()) {
            SandboxApi api = new SandboxApi(sandbox);
            String path = "/api/v3/accounts/" + sandbox.accountId() + "/expenses";
            assertThat(api.get(path).status()).isEqualTo(200);
            nanos.addAndGet(Duration.ofMillis(600).toNanos());
            assertThat(api.get(path).status()).isEqualTo(200);
            assertThat(api.get(path).status()).isEqualTo(200);
            assertThat(api.get(path).status()).isEqualTo(429);
            nanos.addAndGet(Duration.ofMillis(899).toNanos());
            assertThat(api.get(path).status()).as("the first request is 1499 ms old").isEqualTo(429);
            nanos.addAndGet(Duration.ofMillis(1).toNanos());
            assertThat(api.get(path).status()).as("the first request left the window").isEqualTo(200);
            assertThat(api.get(path).status()).as("three in the window again").isEqualTo(429);
        }
    }

    @Test
    void eachKeyHasItsOwnWindow() {
        try (PayhawkSandbox sandbox = PayhawkSandbox.builder().signer(TestSigner.SHARED)
                .restrictedApiKey("second-key", "sandbox-account")
                .rateLimit(2, Duration.ofMinutes(1)).rateLimitTicker(nanos::get).start()) {
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
