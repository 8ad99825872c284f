package io.github.payhawk4j.http;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.Flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The synchronous body stream: read in order as parts arrive, one part asked for ahead of the one read, and given
 * up on (subscription cancelled, {@link HttpTimeoutException}) when the next part has not arrived by the deadline.
 */
class DeadlineStreamSubscriberTest {

    /** The subscription the JDK would hand over: counts demand and cancellation. */
    private static final class CountingSubscription implements Flow.Subscription {
        long requested;
        boolean cancelled;

        @Override
        public void request(long n) {
            requested += n;
        }

        @Override
        public void cancel() {
            cancelled = true;
        }
    }

    private final CountingSubscription subscription = new CountingSubscription();

    private static List<ByteBuffer> part(String text) {
        return List.of(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static DeadlineStreamSubscriber withDeadlineIn(Duration left) {
        return new DeadlineStreamSubscriber(System.nanoTime() + left.toNanos(), left, OptionalLong.empty());
    }

    @Test
    void aBodyThatArrivedIsReadInOrderToItsEndAndClosesWithoutCancelling() throws IOException {
        DeadlineStreamSubscriber subscriber = withDeadlineIn(Duration.ofMinutes(1));
        subscriber.onSubscribe(subscription);
        subscriber.onNext(part("{\"id\":"));
        subscriber.onNext(List.of(ByteBuffer.wrap("\"12".getBytes(StandardCharsets.UTF_8)),
                ByteBuffer.wrap("07\"}".getBytes(StandardCharsets.UTF_8))));
        subscriber.onComplete();

        InputStream body = subscriber.getBody().toCompletableFuture().join();
        assertThat(new String(body.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("{\"id\":\"1207\"}");
        assertThat(body.read()).isEqualTo(-1);
        body.close();
        assertThat(subscription.cancelled).isFalse();
    }

    @Test
    void onePartIsAskedForAheadOfTheOneBeingRead() throws IOException {
        DeadlineStreamSubscriber subscriber = withDeadlineIn(Duration.ofMinutes(1));
        subscriber.onSubscribe(subscription);
        assertThat(subscription.requested).isEqualTo(1);
        subscriber.onNext(part("ab"));
        InputStream body = subscriber.getBody().toCompletableFuture().join();

        assertThat(body.read()).isEqualTo('a');
        assertThat(subscription.requested).isEqualTo(2);
        assertThat(body.read()).isEqualTo('b');
        assertThat(subscription.requested).isEqualTo(2);
    }

    @Test
    void aPartNotArrivedByTheDeadlineFailsTheReadAndCancelsTheBody() throws IOException {
        DeadlineStreamSubscriber subscriber = withDeadlineIn(Duration.ofMillis(50));
        subscriber.onSubscribe(subscription);
        subscriber.onNext(part("{\"items\":["));
        InputStream body = subscriber.getBody().toCompletableFuture().join();
        byte[] buffer = new byte[64];

        assertThat(body.read(buffer, 0, buffer.length)).isEqualTo(10);
        assertThatThrownBy(() -> body.read(buffer, 0, buffer.length)).isInstanceOf(HttpTimeoutException.class)
                .hasMessage("the response did not complete within the request timeout of 50 ms");
        assertThat(subscription.cancelled).isTrue();
    }

    @Test
    void aFailureOfTheBodyIsThrownToTheReader() throws IOException {
        DeadlineStreamSubscriber subscriber = withDeadlineIn(Duration.ofMinutes(1));
        subscriber.onSubscribe(subscription);
        subscriber.onNext(part("{"));
        IOException reset = new IOException("connection reset");
        subscriber.onError(reset);
        InputStream body = subscriber.getBody().toCompletableFuture().join();

        assertThat(body.read()).isEqualTo('{');
        assertThatThrownBy(body::read).isSameAs(reset);
    }

    @Test
    void closingABodyNotReadToItsEndCancelsIt() throws IOException {
        DeadlineStreamSubscriber subscriber = withDeadlineIn(Duration.ofMinutes(1));
        subscriber.onSubscribe(subscription);
        subscriber.onNext(part("{\"items\":["));
        InputStream body = subscriber.getBody().toCompletableFuture().join();
        assertThat(body.read()).isEqualTo('{');

        body.close();

        assertThat(subscription.cancelled).isTrue();
        assertThatThrownBy(body::read).isInstanceOf(IOException.class);
    }

    /**
     * A body that declared {@code length} bytes, subscribed, with {@code parts} arrived and no end signal, whose
     * deadline has passed: a read that waits for anything more times out.
     */
    private InputStream pastDeadlineDeclaring(long length, String... parts) {
        DeadlineStreamSubscriber subscriber = new DeadlineStreamSubscriber(System.nanoTime() - 1, Duration.ofMillis(1),
                OptionalLong.of(length));
        subscriber.onSubscribe(subscription);
        for (String part : parts) {
            subscriber.onNext(part(part));
        }
        return subscriber.getBody().toCompletableFuture().join();
    }

    @Test
    void aBodyOfDeclaredLengthEndsWithItsLastByteWithoutWaitingForTheEndSignal() throws IOException {
        InputStream body = pastDeadlineDeclaring(13, "{\"id\":", "\"1207\"}");

        assertThat(new String(body.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("{\"id\":\"1207\"}");
        assertThat(body.read()).isEqualTo(-1);
        body.close();
        assertThat(subscription.cancelled).as("a whole body leaves the connection to the pool").isFalse();
    }

    @Test
    void aBodyShortOfItsDeclaredLengthStillWaitsForTheRest() throws IOException {
        InputStream body = pastDeadlineDeclaring(14, "{\"id\":\"1207\"}");
        byte[] buffer = new byte[64];

        assertThat(body.read(buffer, 0, buffer.length)).isEqualTo(13);
        assertThatThrownBy(() -> body.read(buffer, 0, buffer.length)).isInstanceOf(HttpTimeoutException.class);
        assertThat(subscription.cancelled).isTrue();
    }
}
