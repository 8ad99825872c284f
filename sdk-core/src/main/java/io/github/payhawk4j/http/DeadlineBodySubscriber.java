package io.github.payhawk4j.http;

import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A body subscriber that gives up on a body still arriving at a deadline: it cancels the body's
 * subscription (the JDK then drops the connection) and fails with an {@link HttpTimeoutException}.
 * The JDK's own request timeout stops counting once the response headers are in; this bounds the
 * rest, so that a blocking {@code HttpClient.send} cannot wait on a stalled body for ever.
 *
 * @param <T> the body type of the subscriber it wraps
 */
final class DeadlineBodySubscriber<T> implements HttpResponse.BodySubscriber<T> {

    private final HttpResponse.BodySubscriber<T> delegate;
    private final long deadlineNanos;
    private final Duration timeout;
    private final CompletableFuture<T> body = new CompletableFuture<>();
    /** Completes when the body is in; times out at the deadline (its timer is dropped when completed in time). */
    private final CompletableFuture<Void> timer = new CompletableFuture<>();

    /**
     * @param delegate      the subscriber that collects the body
     * @param deadlineNanos the {@link System#nanoTime()} by which the whole body must have arrived
     * @param timeout       the request timeout the deadline came from, for the message
     */
    DeadlineBodySubscriber(HttpResponse.BodySubscriber<T> delegate, long deadlineNanos, Duration timeout) {
        this.delegate = delegate;
        this.deadlineNanos = deadlineNanos;
        this.timeout = timeout;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        timer.orTimeout(Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS)
                .whenComplete((ignored, failure) -> {
                    if (failure instanceof TimeoutException) {
                        subscription.cancel();
                        body.completeExceptionally(new HttpTimeoutException("the response did not complete within"
                                + " the request timeout of " + timeout.toMillis() + " ms"));
                    }
                });
        delegate.getBody().whenComplete((value, failure) -> {
            timer.complete(null);
            if (failure != null) {
                body.completeExceptionally(failure);
            } else {
                body.complete(value);
            }
        });
        delegate.onSubscribe(subscription);
    }

    @Override
    public void onNext(List<ByteBuffer> item) {
        delegate.onNext(item);
    }

    @Override
    public void onError(Throwable throwable) {
        delegate.onError(throwable);
    }

    @Override
    public void onComplete() {
        delegate.onComplete();
    }

    @Override
    public CompletionStage<T> getBody() {
        return body;
    }
}
