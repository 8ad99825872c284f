package io.github.payhawk4j.client;

import io.github.payhawk4j.http.Sleeper;

/**
 * Client builders for tests in other packages that must not really wait for retries and rate-limit slots:
 * how the client waits ({@link Sleeper}) is internal, so only this package can set it.
 */
public final class TestClientBuilder {

    private TestClientBuilder() {
    }

    /** {@link PayhawkClient#builder()} with {@code sleeper} doing the client's waiting. */
    public static PayhawkClient.Builder withSleeper(Sleeper sleeper) {
        return PayhawkClient.builder().sleeper(sleeper);
    }
}
