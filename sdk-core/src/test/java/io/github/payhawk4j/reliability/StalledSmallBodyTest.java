package io.github.payhawk4j.reliability;

import io.github.payhawk4j.client.PayhawkClient;
import io.github.payhawk4j.client.TestClientBuilder;
import io.github.payhawk4j.error.ApiTimeoutException;
import io.github.payhawk4j.http.RecordingSleeper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * A small body (1,000 declared bytes, HTTP/1.1) that stalls after its first bytes: the synchronous path lets the
 * JDK collect such a body while the caller waits, and its deadline interrupts that wait. The caller gets the
 * timeout, never the interrupt, and the client stays usable.
 */
class StalledSmallBodyTest {

    private static final Duration REQUEST_TIMEOUT = Duration.ofMillis(500);
    private static final Duration HANG = Duration.ofSeconds(60);

    @AfterEach
    void clearInterrupt() {
        Thread.interrupted();
    }

    @Test
    @Timeout(60)
    void aStalledSmallBodyIsATimeoutAndLeavesTheCallersThreadUninterrupted() throws IOException, InterruptedException {
        try (StalledBodyServer stalling = StalledBodyServer.start()) {
            PayhawkClient client = TestClientBuilder.withSleeper(new RecordingSleeper())
                    .apiKey("sk_test_reliability")
                    .accountId(ApiCall.ACCOUNT)
                    .baseUrl(stalling.baseUrl())
                    .requestTimeout(REQUEST_TIMEOUT)
                    .maxRetries(0)
                    .disableRateLimit()
                    .build();

            for (int call = 1; call <= 2; call++) {
                Throwable failure = catchThrowable(() -> client.expenses().get("1207"));

                assertThat(failure).isExactlyInstanceOf(ApiTimeoutException.class)
                        .hasMessageContaining("the response did not complete within the request timeout of 500 ms");
                assertThat(((ApiTimeoutException) failure).requestSent()).isTrue();
                assertThat(Thread.currentThread().isInterrupted()).as("call %d", call).isFalse();
                assertThat(stalling.awaitRequestLines(call, HANG)).hasSize(call);
            }
        }
    }
}
