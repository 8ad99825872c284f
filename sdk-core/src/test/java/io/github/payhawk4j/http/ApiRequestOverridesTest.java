package io.github.payhawk4j.http;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** A request's own timeout and retries, set by {@code withOptions(...)} views, and how the retry policy reads them. */
class ApiRequestOverridesTest {

    private final ApiRequest request = ApiRequest.of("GET", "accounts", "acme", "expenses")
            .withQuery("$take", "10").withBody(new byte[]{1}, "application/json");

    @Test
    void overridesKeepEverythingElseAndCountInEquality() {
        ApiRequest overridden = request.withTimeout(Duration.ofSeconds(3)).withMaxRetries(0);

        assertThat(overridden.timeout()).isEqualTo(Duration.ofSeconds(3));
        assertThat(overridden.maxRetries()).isZero();
        assertThat(overridden.pathAndQuery()).isEqualTo(request.pathAndQuery());
        assertThat(overridden.withQuery("$skip", "10").timeout()).isEqualTo(Duration.ofSeconds(3));
        assertThat(overridden.withBody(null, null).maxRetries()).isZero();
        assertThat(overridden).isNotEqualTo(request);
        assertThat(overridden.withTimeout(null).withMaxRetries(null)).isEqualTo(request).hasSameHashCodeAs(request);
    }

    @Test
    void refusesOverridesNoCallCanHave() {
        assertThatIllegalArgumentException().isThrownBy(() -> request.withTimeout(Duration.ZERO));
        assertThatIllegalArgumentException().isThrownBy(() -> request.withTimeout(Duration.ofMillis(-1)));
        assertThatIllegalArgumentException().isThrownBy(() -> request.withMaxRetries(-1));
    }

    @Test
    void theRetryPolicyUsesTheRequestsRetriesWhenItHasThem() {
        RetryPolicy policy = RetryPolicy.defaults();

        assertThat(policy.maxRetriesFor(request)).isEqualTo(RetryPolicy.DEFAULT_MAX_RETRIES);
        assertThat(policy.maxRetriesFor(request.withMaxRetries(7))).isEqualTo(7);
        assertThat(policy.afterResponse(request.withMaxRetries(0), new ApiResponse(503, java.util.Map.of(), new byte[0]), 0))
                .isEmpty();
        assertThat(policy.afterResponse(request, new ApiResponse(503, java.util.Map.of(), new byte[0]), 0)).isPresent();
    }
}
