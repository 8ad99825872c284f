package io.github.payhawk4j.http;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.payhawk4j.client.PayhawkClient;
import io.github.payhawk4j.error.RateLimitedException;
import io.github.payhawk4j.model.expense.Expense;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A burst of 60 concurrent calls against a server that answers 429 above 15 requests per sliding
 * second: the client's default limiter spreads them out so the server refuses none. These tests
 * really wait (about 3 s per burst); the control run shows the server does refuse unlimited bursts.
 */
class RateLimitingTest {

    private static final int BURST = 60;
    private static final SlidingSecondRateLimit PAYHAWK_LIMIT = new SlidingSecondRateLimit(15);

    @RegisterExtension
    static WireMockExtension payhawk = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().containerThreads(BURST + 20).extensions(PAYHAWK_LIMIT))
            .build();

    @BeforeEach
    void freshWindow() {
        PAYHAWK_LIMIT.reset();
        payhawk.stubFor(get(urlPathMatching("/api/v3/accounts/[^/]+/expenses/.+")).willReturn(okJson("{\"id\":\"e\"}")));
    }

    /** Half the calls go to another account: the limit is per key, so all scopes of a client share one limiter. */
    @Test
    void aBurstFromSixtyThreadsDrawsNo429WithTheDefaultLimiter() throws Exception {
        PayhawkClient client = PayhawkClient.builder().apiKey("sk_live_SECRET_123").accountId("acme")
                .baseUrl(payhawk.baseUrl()).build();
        long start = System.nanoTime();

        List<Expense> results = burstFromThreads(client);

        assertThat(results).hasSize(BURST).doesNotContainNull();
        assertThat(PAYHAWK_LIMIT.refused()).as("429s the server sent").isZero();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("60 calls at 15 per second take over 3 windows")
                .isGreaterThanOrEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void anAsyncBurstDrawsNo429WithTheDefaultLimiter() {
        PayhawkClient client = PayhawkClient.builder().apiKey("sk_live_SECRET_123").accountId("acme")
                .baseUrl(payhawk.baseUrl()).build();

        List<CompletableFuture<Expense>> calls = new ArrayList<>();
        for (int i = 0; i < BURST; i++) {
            calls.add(client.async().expenses().get("e" + i));
        }
        CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).orTimeout(30, TimeUnit.SECONDS).join();

        assertThat(PAYHAWK_LIMIT.refused()).as("429s the server sent").isZero();
    }

    @Test
    void controlRunWithoutTheLimiterTheSameBurstIsRefused() throws Exception {
        PayhawkClient unlimited = PayhawkClient.builder().apiKey("sk_live_SECRET_123").accountId("acme")
                .baseUrl(payhawk.baseUrl()).disableRateLimit().maxRetries(0).build();
        // Without a limiter the burst arrives within a second, unless the machine is too busy to send it that fast:
        // the server counts it as arriving at one instant, so that a busy machine cannot spread it out.
        PAYHAWK_LIMIT.freezeTime();

        List<Expense> results = burstFromThreads(unlimited);

        assertThat(PAYHAWK_LIMIT.refused()).as("429s the server sent").isEqualTo(BURST - 15);
        assertThat(results).as("calls that failed with RateLimitedException").containsNull();
        assertThat(results.stream().filter(r -> r == null).count()).isEqualTo(PAYHAWK_LIMIT.refused());
    }

    /** Starts {@code BURST} threads at once, each making one call on one of two accounts; a call refused with 429 yields null. */
    private static List<Expense> burstFromThreads(PayhawkClient client) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(BURST);
        try {
            CountDownLatch startTogether = new CountDownLatch(1);
            List<Future<Expense>> calls = new ArrayList<>();
            for (int i = 0; i < BURST; i++) {
                String id = "e" + i;
                String account = i % 2 == 0 ? "acme" : "other";
                calls.add(threads.submit(() -> {
                    startTogether.await();
                    try {
                        return client.account(account).expenses().get(id);
                    } catch (RateLimitedException refused) {
                        return null;
                    }
                }));
            }
            startTogether.countDown();
            List<Expense> results = new ArrayList<>();
            for (Future<Expense> call : calls) {
                results.add(call.get(30, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            threads.shutdownNow();
        }
    }
}
