package io.github.payhawk4j.reliability;

import io.github.payhawk4j.client.PayhawkClient;

import java.time.Duration;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Whether a call is made with the blocking method or its {@code ...Async} twin. */
enum CallMode {

    SYNC {
        @Override
        Object run(ApiCall call, PayhawkClient client, Duration limit) {
            return call.sync(client);
        }
    },

    ASYNC {
        @Override
        Object run(ApiCall call, PayhawkClient client, Duration limit) {
            try {
                return call.async(client).get(limit.toMillis(), TimeUnit.MILLISECONDS);
            } catch (ExecutionException e) {
                // The future fails with the SDK exception itself, as for the blocking method.
                throw e.getCause() instanceof RuntimeException runtime ? runtime : new CompletionException(e.getCause());
            } catch (TimeoutException e) {
                throw new AssertionError("the async call did not complete within " + limit, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
    };

    /**
     * Makes {@code call} and returns its result or throws what it failed with; an async call that has not
     * completed within {@code limit} fails the test.
     */
    abstract Object run(ApiCall call, PayhawkClient client, Duration limit);
}
