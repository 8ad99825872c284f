package io.github.payhawk4j.http;

import io.github.payhawk4j.error.ApiConnectionException;
import io.github.payhawk4j.error.ErrorDetails;
import io.github.payhawk4j.error.ServerException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The decisions of {@link RetryPolicy} on their own, with the jitter pinned: which outcomes are
 * retried for which methods, and how long the backoff is.
 */
class RetryPolicyTest {

    private static final Clock NOON = Clock.fixed(Instant.parse("2026-03-10T12:00:00Z"), ZoneOffset.UTC);
    private static final ApiRequest GET = ApiRequest.of("GET", "accounts", "a", "expenses", "1");
    private static final ApiRequest POST = ApiRequest.of("POST", "accounts", "a", "webhooks");

    @Test
    void backoffDoublesFromHalfASecondWithJitterBetweenHalfAndAllOfTheStep() {
        RetryPolicy lowest = policy(() -> 0.0);
        RetryPolicy highest = policy(() -> 1.0);

        assertThat(backoffs(lowest, 3)).containsExactly(Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofMillis(1000));
        assertThat(backoffs(highest, 3)).containsExactly(Duration.ofMillis(500), Duration.ofMillis(1000), Duration.ofMillis(2000));
    }

    @Test
    void backoffStopsGrowingAtEightSeconds() {
        RetryPolicy highest = policy(() -> 1.0).withMaxRetries(30);

        assertThat(backoffs(highest, 30)).endsWith(Duration.ofSeconds(8), Duration.ofSeconds(8));
        assertThat(backoffs(highest, 30)).allSatisfy(wait -> assertThat(wait).isLessThanOrEqualTo(Duration.ofSeconds(8)));
    }

    @ParameterizedTest
    @ValueSource(ints = {429, 502, 503, 504})
    void getIsRetriedOnTransientStatuses(int status) {
        assertThat(policy(() -> 0.5).afterResponse(GET, response(status), 0)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(ints = {200, 400, 401, 403, 404, 409, 422, 500, 501})
    void otherStatusesAreNotRetried(int status) {
        assertThat(policy(() -> 0.5).afterResponse(GET, response(status), 0)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {502, 503, 504})
    void postIsNotRetriedOnGatewayOrUnavailableStatuses(int status) {
        assertThat(policy(() -> 0.5).afterResponse(POST, response(status), 0)).isEmpty();
    }

    @Test
    void postIsRetriedOn429() {
        assertThat(policy(() -> 0.5).afterResponse(POST, response(429), 0)).isPresent();
    }

    @Test
    void stopsAfterMaxRetries() {
        RetryPolicy policy = policy(() -> 0.5);

        assertThat(policy.afterResponse(GET, response(503), 2)).isPresent();
        assertThat(policy.afterResponse(GET, response(503), 3)).isEmpty();
        assertThat(policy.afterFailure(GET, connectionFailure(true), 3)).isEmpty();
    }

    @Test
    void retryAfterReplacesTheBackoffUpToTheCap() {
        RetryPolicy policy = policy(() -> 0.5);

        assertThat(policy.afterResponse(GET, response(429, "Retry-After", "60"), 0)).contains(Duration.ofSeconds(60));
        assertThat(policy.afterResponse(GET, response(429, "Retry-After", "61"), 0)).isEmpty();
        assertThat(policy.afterResponse(GET, response(503, "Retry-After", "Tue, 10 Mar 2026 12:00:07 GMT"), 0))
                .contains(Duration.ofSeconds(7));
    }

    @Test
    void anUnreadableRetryAfterFallsBackToBackoff() {
        assertThat(policy(() -> 0.0).afterResponse(GET, response(429, "Retry-After", "soon"), 0))
                .contains(Duration.ofMillis(250));
    }

    @Test
    void connectionFailuresAreRetriedForGetAlways_ForPostOnlyWhenNothingWasSent() {
        RetryPolicy policy = policy(() -> 0.5);

        assertThat(policy.afterFailure(GET, connectionFailure(true), 0)).isPresent();
        assertThat(policy.afterFailure(POST, connectionFailure(true), 0)).isEmpty();
        assertThat(policy.afterFailure(POST, connectionFailure(false), 0)).isPresent();
    }

    @Test
    void failuresOtherThanConnectionFailuresAreNotRetried() {
        ServerException notAConnectionFailure = new ServerException(new ErrorDetails(500, null, null, "GET", "/x", null), null);

        assertThat(policy(() -> 0.5).afterFailure(GET, notAConnectionFailure, 0)).isEmpty();
        assertThat(policy(() -> 0.5).afterFailure(GET, new IllegalStateException("bug"), 0)).isEmpty();
    }

    private static RetryPolicy policy(DoubleSupplier random) {
        RetryPolicy defaults = RetryPolicy.defaults();
        return new RetryPolicy(defaults.maxRetries(), defaults.initialBackoff(), defaults.maxBackoff(),
                defaults.maxRetryAfter(), NOON, random);
    }

    private static List<Duration> backoffs(RetryPolicy policy, int count) {
        return java.util.stream.IntStream.range(0, count)
                .mapToObj(retriesDone -> policy.afterResponse(GET, response(503), retriesDone).orElseThrow())
                .toList();
    }

    private static ApiResponse response(int status, String... headerNameAndValue) {
        Map<String, List<String>> headers = headerNameAndValue.length == 0
                ? Map.of() : Map.of(headerNameAndValue[0].toLowerCase(), List.of(headerNameAndValue[1]));
        return new ApiResponse(status, headers, new byte[0]);
    }

    private static ApiConnectionException connectionFailure(boolean requestSent) {
        return new ApiConnectionException(ErrorDetails.noResponse("GET", "/x", "reset"), requestSent, null);
    }
}
