package io.github.payhawk4j.reliability;

import io.github.payhawk4j.client.PayhawkClient;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Whether a call is made with the blocking method or its {@code ...Async} twin. */
enum CallMode {

    SYNC {
        @Override
        CompletableFuture<?> start(ApiCall call, PayhawkClient client) {
            // The blocking call runs on a thread of its own, so that a call that never returns fails the test
            // instead of hanging it.
            CompletableFuture<Object> result = new CompletableFuture<>();
            Thread caller = new Thread(() -> {
                try {
                    result.complete(call.sync(client));
                } catch (Throwable failure) {
                    result.completeExceptionally(failure);
                }
            }, "sync-" + call);
            caller.setDaemon(true);
            caller.start();
            return result;
        }
    },

    ASYNC {
        @Override
        CompletableFuture<?> start(ApiCall call, PayhawkClient client) {
            return call.async(client);
        }
    };

    abstract CompletableFuture<?> start(ApiCall call, PayhawkClient client);

    /**
     * Makes {@code call} and returns its result or throws what it failed with (for both modes the SDK exception
     * itself, not a wrapper); a call that has not completed within {@code limit} fails the test.
     */
    Object run(ApiCall call, PayhawkClient client, Duration limit) {
        try {
            return start(call, client).get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new CompletionException(e.getCause());
        } catch (TimeoutException e) {
            throw new AssertionError(this + " " + call + " did not complete within " + limit, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
