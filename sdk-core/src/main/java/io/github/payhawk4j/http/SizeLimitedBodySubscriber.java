package io.github.payhawk4j.http;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * A body subscriber that refuses a body larger than a limit: at once when its {@code Content-Length} says so,
 * otherwise as soon as the bytes received pass the limit (a chunked body that never ends). It then cancels the
 * body's subscription, so the JDK stops reading and drops that connection while the client stays usable, and
 * fails with {@link TooLarge}, also kept in {@link #refusal()}. Without it a 300 MiB body is collected in full, in the HttpClient's selector
 * thread, until the heap runs out.
 *
 * @param <T> the body type of the subscriber it wraps
 */
final class SizeLimitedBodySubscriber<T> implements HttpResponse.BodySubscriber<T> {

    private final HttpResponse.BodySubscriber<T> delegate;
    private final long maxBytes;
    private final int statusCode;
    private final OptionalLong declaredLength;
    private final CompletableFuture<T> body = new CompletableFuture<>();
    private volatile TooLarge refusal;
    // Touched only in onSubscribe and onNext, which the Flow contract calls one at a time.
    private Flow.Subscription subscription;
    private long received;
    private boolean refused;
    private boolean delegateSubscribed;

    /**
     * @param delegate       the subscriber that collects the body
     * @param maxBytes       the most body bytes accepted
     * @param statusCode     the response's status, for the failure
     * @param declaredLength the response's {@code Content-Length}, if it had one
     */
    SizeLimitedBodySubscriber(HttpResponse.BodySubscriber<T> delegate, long maxBytes, int statusCode,
                              OptionalLong declaredLength) {
        this.delegate = delegate;
        this.maxBytes = maxBytes;
        this.statusCode = statusCode;
        this.declaredLength = declaredLength;
    }

    @Override
    public void onSubscribe(Flow.Subscription newSubscription) {
        subscription = newSubscription;
        if (declaredLength.isPresent() && declaredLength.getAsLong() > maxBytes) {
            refuse();
            return;
        }
        delegate.getBody().whenComplete((value, failure) -> {
            if (failure != null) {
                body.completeExceptionally(failure);
            } else {
                body.complete(value);
            }
        });
        delegateSubscribed = true;
        delegate.onSubscribe(newSubscription);
    }

    @Override
    public void onNext(List<ByteBuffer> item) {
        if (refused) {
            return;
        }
        for (ByteBuffer buffer : item) {
            received += buffer.remaining();
        }
        if (received > maxBytes) {
            refuse();
            return;
        }
        delegate.onNext(item);
    }

    @Override
    public void onError(Throwable throwable) {
        if (!refused) {
            delegate.onError(throwable);
        }
    }

    @Override
    public void onComplete() {
        if (!refused) {
            delegate.onComplete();
        }
    }

    @Override
    public CompletionStage<T> getBody() {
        return body;
    }

    /**
     * Why the body was refused, if it was. Over HTTP/2 the cancellation may fail the exchange with the JDK's own
     * "stream cancelled" before this subscriber's failure arrives, so the caller asks here rather than relying on
     * the exception the call failed with.
     */
    Optional<TooLarge> refusal() {
        return Optional.ofNullable(refusal);
    }

    private void refuse() {
        refused = true;
        refusal = new TooLarge(statusCode, maxBytes, declaredLength);
        body.completeExceptionally(refusal);
        subscription.cancel();
        if (delegateSubscribed) {
            // A reader streaming the body is told too, rather than left waiting for the rest.
            delegate.onError(refusal);
        }
    }

    /** The failure of a body over the limit; {@link JdkHttpExecutor} turns it into the SDK's exception. */
    static final class TooLarge extends IOException {

        private static final long serialVersionUID = 1L;

        private final int statusCode;
        private final long maxBytes;

        TooLarge(int statusCode, long maxBytes, OptionalLong declaredLength) {
            super("the response body is larger than maxResponseBytes (" + maxBytes + " bytes"
                    + (declaredLength.isPresent() ? "; Content-Length " + declaredLength.getAsLong() : "") + ")");
            this.statusCode = statusCode;
            this.maxBytes = maxBytes;
        }

        int statusCode() {
            return statusCode;
        }

        long maxBytes() {
            return maxBytes;
        }
    }
}
