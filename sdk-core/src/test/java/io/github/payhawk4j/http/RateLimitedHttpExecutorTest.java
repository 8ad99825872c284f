package io.github.payhawk4j.http;

import io.github.payhawk4j.error.ApiConnectionException;
import io.github.payhawk4j.error.ErrorDetails;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The rate-limit layer frees each slot when its attempt is over, however it ended, sync and async,
 * so a failed or abandoned attempt never blocks the callers queued behind it. One permit per
 * second here, so every second call must wait for the first.
 */
class RateLimitedHttpExecutorTest {

    private static final ApiRequest GET = ApiRequest.of("GET", "accounts", "a", "expenses", "1");
    private static final ApiResponse OK = new ApiResponse(200, Map.of(), new byte[0]);
    private static final Duration WINDOW_WITH_MARGIN = Duration.ofSeconds(1).plus(SlidingWindowRateLimiter.MARGIN);

    private final RecordingSleeper sleeper = new RecordingSleeper();
    private final ScriptedExecutor server = new ScriptedExecutor();
    private final RateLimitedHttpExecutor limited =
            new RateLimitedHttpExecutor(server, new SlidingWindowRateLimiter(1, Duration.ofSeconds(1)), sleeper);

    @Test
    void theNextCallWaitsAWindowAfterTheFirstEnded() {
        server.respond(OK);
        server.respond(OK);

        limited.execute(GET);
        limited.execute(GET);

        assertThat(server.sent()).isEqualTo(2);
        assertThat(sleeper.waits()).singleElement()
                .satisfies(wait -> assertThat(wait).isBetween(WINDOW_WITH_MARGIN.minusMillis(200), WINDOW_WITH_MARGIN));
    }

    @Test
    void aFailedAttemptStillFreesItsSlot() {
        server.fail(new ApiConnectionException(ErrorDetails.noResponse("GET", GET.path(), "reset"), true, null));
        server.respond(OK);

        catchThrowableOfType(ApiConnectionException.class, () -> limited.execute(GET));
        assertThat(limited.execute(GET)).isSameAs(OK);

        assertThat(sleeper.waits()).hasSize(1);
    }

    @Test
    void anAsyncCallWaitsUntilThePreviousAsyncAttemptHasEnded() throws Exception {
        CompletableFuture<ApiResponse> firstResponse = new CompletableFuture<>();
        server.respondLater(firstResponse);
        server.respond(OK);

        CompletableFuture<ApiResponse> first = limited.executeAsync(GET);
        CompletableFuture<ApiResponse> second = limited.executeAsync(GET);
        assertThat(server.sent()).as("the second waits while the first is in flight").isEqualTo(1);

        firstResponse.complete(OK);

        assertThat(first.get(60, TimeUnit.SECONDS)).isSameAs(OK);
        assertThat(second.get(60, TimeUnit.SECONDS)).isSameAs(OK);
        assertThat(server.sent()).isEqualTo(2);
        assertThat(sleeper.waits()).singleElement()
                .satisfies(wait -> assertThat(wait).isBetween(WINDOW_WITH_MARGIN.minusMillis(200), WINDOW_WITH_MARGIN));
    }

    @Test
    void aFailedAsyncAttemptStillFreesItsSlot() throws Exception {
        server.respondLater(CompletableFuture.failedFuture(
                new ApiConnectionException(ErrorDetails.noResponse("GET", GET.path(), "reset"), true, null)));
        server.respond(OK);

        CompletableFuture<ApiResponse> first = limited.executeAsync(GET);
        CompletableFuture<ApiResponse> second = limited.executeAsync(GET);

        assertThat(first).isCompletedExceptionally();
        assertThat(second.get(60, TimeUnit.SECONDS)).isSameAs(OK);
    }

    @Test
    void aCallerInterruptedWhileQueuedFailsAsNotSentAndDoesNotBlockTheQueue() throws Exception {
        CompletableFuture<ApiResponse> firstResponse = new CompletableFuture<>();
        server.respondLater(firstResponse);
        server.respond(OK);
        CompletableFuture<ApiResponse> first = limited.executeAsync(GET);

        Thread.currentThread().interrupt();
        ApiConnectionException interrupted = catchThrowableOfType(ApiConnectionException.class, () -> limited.execute(GET));
        assertThat(Thread.interrupted()).as("the interrupt is kept for the caller").isTrue();
        assertThat(interrupted.requestSent()).isFalse();
        assertThat(server.sent()).isEqualTo(1);

        CompletableFuture<ApiResponse> third = limited.executeAsync(GET);
        assertThat(server.sent()).as("the third still waits for the first, not for the abandoned second").isEqualTo(1);
        firstResponse.complete(OK);
        assertThat(first.get(60, TimeUnit.SECONDS)).isSameAs(OK);
        assertThat(third.get(60, TimeUnit.SECONDS)).isSameAs(OK);
        assertThat(server.sent()).isEqualTo(2);
    }

    /** A stand-in for the network: answers each attempt with the next scripted outcome, and counts attempts. */
    private static final class ScriptedExecutor implements HttpExecutor {
        private final ConcurrentLinkedQueue<CompletableFuture<ApiResponse>> outcomes = new ConcurrentLinkedQueue<>();
        private final List<ApiRequest> received = new ArrayList<>();

        void respond(ApiResponse response) {
            outcomes.add(CompletableFuture.completedFuture(response));
        }

        void fail(RuntimeException failure) {
            outcomes.add(CompletableFuture.failedFuture(failure));
        }

        void respondLater(CompletableFuture<ApiResponse> response) {
            outcomes.add(response);
        }

        synchronized int sent() {
            return received.size();
        }

        @Override
        public ApiResponse execute(ApiRequest request) {
            try {
                return next(request).join();
            } catch (CompletionException failed) {
                throw (RuntimeException) failed.getCause();
            }
        }

        @Override
        public CompletableFuture<ApiResponse> executeAsync(ApiRequest request) {
            return next(request);
        }

        private synchronized CompletableFuture<ApiResponse> next(ApiRequest request) {
            received.add(request);
            return outcomes.remove();
        }
    }
}
