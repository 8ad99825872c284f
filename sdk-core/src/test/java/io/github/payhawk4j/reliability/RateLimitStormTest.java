package io.github.payhawk4j.reliability;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.github.payhawk4j.client.PayhawkClient;
import io.github.payhawk4j.client.TestClientBuilder;
import io.github.payhawk4j.error.RateLimitedException;
import io.github.payhawk4j.http.RecordingSleeper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.status;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * A storm of 429s with {@code Retry-After: 1}: the client waits exactly what the server asks before each
 * retry, recovers when the storm ends within {@code maxRetries}, and otherwise stops after exactly
 * {@code maxRetries + 1} requests with a {@link RateLimitedException}. 429 means "refused, not processed",
 * so a POST is retried like a GET. Waits are recorded, not slept.
 */
class RateLimitStormTest {

    private static final int MAX_RETRIES = 3;
    private static final Duration RETRY_AFTER = Duration.ofSeconds(1);
    /**
     * Guards only, never measured: waits are recorded, not slept, so a call ends as fast as the machine answers. They
     * are long because a busy 2-core machine can take seconds per request, and a request timing out would be a retry
     * this test does not count.
     */
    private static final Duration CALL_LIMIT = Duration.ofMinutes(3);
    private static final Duration REQUEST_TIMEOUT = Duration.ofMinutes(2);

    @RegisterExtension
    static WireMockExtension payhawk = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private final RecordingSleeper sleeper = new RecordingSleeper();

    static Stream<Arguments> stormsTheClientOutlasts() {
        return stormsOf(1, 2, MAX_RETRIES);
    }

    static Stream<Arguments> stormsLongerThanTheRetries() {
        return stormsOf(MAX_RETRIES + 1, 10);
    }

    private static Stream<Arguments> stormsOf(int... lengths) {
        return Arrays.stream(lengths).boxed().flatMap(n -> Arrays.stream(ApiCall.values())
                .flatMap(call -> Arrays.stream(CallMode.values()).map(mode -> Arguments.of(n, call, mode))));
    }

    @ParameterizedTest(name = "{0} x 429, then 200: {1} {2}")
    @MethodSource("stormsTheClientOutlasts")
    void theClientRecoversWaitingExactlyTheRetryAfterBeforeEachRetry(int rateLimited, ApiCall call, CallMode mode) {
        stubStorm(call, rateLimited);

        Object result = mode.run(call, client(), CALL_LIMIT);

        assertThat(result).isNotNull();
        payhawk.verify(rateLimited + 1, call.requests());
        assertThat(sleeper.waits()).isEqualTo(Collections.nCopies(rateLimited, RETRY_AFTER));
    }

    @ParameterizedTest(name = "{0} x 429, then 200: {1} {2}")
    @MethodSource("stormsLongerThanTheRetries")
    void aStormLongerThanTheRetriesEndsInRateLimitedAfterExactlyMaxRetriesPlusOneRequests(
            int rateLimited, ApiCall call, CallMode mode) {
        stubStorm(call, rateLimited);

        Throwable failure = catchThrowable(() -> mode.run(call, client(), CALL_LIMIT));

        assertThat(failure).isExactlyInstanceOf(RateLimitedException.class);
        RateLimitedException error = (RateLimitedException) failure;
        assertThat(error.statusCode()).isEqualTo(429);
        assertThat(error.retryAfter()).contains(RETRY_AFTER);
        assertThat(error.method()).isEqualTo(call.method());
        payhawk.verify(MAX_RETRIES + 1, call.requests());
        assertThat(sleeper.waits()).isEqualTo(Collections.nCopies(MAX_RETRIES, RETRY_AFTER));
    }

    @Test
    void concurrentCallsInAnEndlessStormEachStopAfterMaxRetriesPlusOneRequests() throws Exception {
        payhawk.stubFor(ApiCall.GET_EXPENSE.stub().willReturn(rateLimited()));
        PayhawkClient client = client();
        int calls = 25;

        List<CompletableFuture<?>> futures = IntStream.range(0, calls)
                .<CompletableFuture<?>>mapToObj(i -> ApiCall.GET_EXPENSE.async(client)
                        .handle((value, failure) -> failure))
                .toList();
        CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).get(CALL_LIMIT.toSeconds(), TimeUnit.SECONDS);

        for (CompletableFuture<?> future : futures) {
            Throwable failure = (Throwable) future.join();
            assertThat(failure).hasCauseExactlyInstanceOf(RateLimitedException.class);
        }
        payhawk.verify(calls * (MAX_RETRIES + 1), ApiCall.GET_EXPENSE.requests());
        assertThat(sleeper.waits()).hasSize(calls * MAX_RETRIES).containsOnly(RETRY_AFTER);
    }

    /** Answers the first {@code rateLimited} requests with 429 and every later one with 200. */
    private static void stubStorm(ApiCall call, int rateLimited) {
        for (int i = 0; i < rateLimited; i++) {
            payhawk.stubFor(call.stub()
                    .inScenario("storm")
                    .whenScenarioStateIs(i == 0 ? Scenario.STARTED : "after " + i)
                    .willReturn(rateLimited())
                    .willSetStateTo("after " + (i + 1)));
        }
        payhawk.stubFor(call.stub()
                .inScenario("storm")
                .whenScenarioStateIs("after " + rateLimited)
                .willReturn(okJson(call.okBody())));
    }

    private static ResponseDefinitionBuilder rateLimited() {
        return status(429)
                .withHeader("Retry-After", String.valueOf(RETRY_AFTER.toSeconds()))
                .withHeader("Content-Type", "application/json")
                .withBody("{\"code\":\"rate_limited\",\"message\":\"Too many requests\"}");
    }

    private PayhawkClient client() {
        return TestClientBuilder.withSleeper(sleeper)
                .apiKey("sk_test_reliability")
                .accountId(ApiCall.ACCOUNT)
                .baseUrl(payhawk.baseUrl())
                .requestTimeout(REQUEST_TIMEOUT)
                .maxRetries(MAX_RETRIES)
                .disableRateLimit()
                .build();
    }
}
