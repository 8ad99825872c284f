package io.github.payhawk4j.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The synchronous path's body: an {@link InputStream} that the calling thread reads as the body arrives, which
 * gives up on a body still arriving at a deadline. The JDK's own request timeout stops counting once the
 * response headers are in; this bounds the rest. It needs no timer: the reading thread waits for the next part
 * of the body at most until the deadline, then cancels the body's subscription (the JDK drops the connection)
 * and fails the read with an {@link HttpTimeoutException}. A body that has fully arrived is read to its end
 * whatever the time. It asks for one part of the body ahead of the one being read, so at most two are held.
 */
final class DeadlineStreamSubscriber implements HttpResponse.BodySubscriber<InputStream> {

    /** Queued after the last part. */
    private static final Object END = new Object();

    private final BlockingQueue<Object> arrivals = new LinkedBlockingQueue<>();
    private final long deadlineNanos;
    private final Duration timeout;
    private final Body body = new Body();
    private volatile Flow.Subscription subscription;

    /**
     * @param deadlineNanos  the {@link System#nanoTime()} by which the whole body must have arrived
     * @param timeout        the request timeout the deadline came from, for the message
     * @param declaredLength the response's {@code Content-Length}, if it had one: once that many bytes have been
     *                       read the body is known to be whole, without waiting for the JDK's end signal
     */
    DeadlineStreamSubscriber(long deadlineNanos, Duration timeout, OptionalLong declaredLength) {
        this.deadlineNanos = deadlineNanos;
        this.timeout = timeout;
        this.body.unread = declaredLength.orElse(-1);
    }

    @Override
    public void onSubscribe(Flow.Subscription newSubscription) {
        subscription = newSubscription;
        if (body.closed) {
            newSubscription.cancel();
        } else {
            newSubscription.request(1);
        }
    }

    @Override
    public void onNext(List<ByteBuffer> part) {
        arrivals.add(part);
    }

    @Override
    public void onError(Throwable failure) {
        arrivals.add(failure);
    }

    @Override
    public void onComplete() {
        arrivals.add(END);
    }

    @Override
    public CompletionStage<InputStream> getBody() {
        return CompletableFuture.completedFuture(body);
    }

    /** The body as the caller reads it. Not thread-safe: one reader, the thread that sent the request. */
    private final class Body extends InputStream {

        private Iterator<ByteBuffer> parts = Collections.emptyIterator();
        private ByteBuffer current = ByteBuffer.allocate(0);
        private boolean ended;
        private volatile boolean closed;
        /** Declared bytes not yet taken from the arrivals, or -1 if the length was not declared. */
        private long unread;

        @Override
        public int read() throws IOException {
            ByteBuffer buffer = current();
            return buffer == null ? -1 : buffer.get() & 0xFF;
        }

        @Override
        public int read(byte[] target, int offset, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            ByteBuffer buffer = current();
            if (buffer == null) {
                return -1;
            }
            int count = Math.min(length, buffer.remaining());
            buffer.get(target, offset, count);
            return count;
        }

        /** The buffer with bytes left to read, or null at the end of the body. */
        private ByteBuffer current() throws IOException {
            if (closed) {
                throw new IOException("the response body was closed");
            }
            while (!current.hasRemaining()) {
                if (parts.hasNext()) {
                    current = parts.next();
                    continue;
                }
                if (unread == 0) {
                    ended = true;
                }
                if (ended) {
                    return null;
                }
                Object arrival = next();
                if (arrival == END) {
                    ended = true;
                    return null;
                }
                if (arrival instanceof Throwable failure) {
                    ended = true;
                    throw failure instanceof IOException io ? io : new IOException(failure);
                }
                @SuppressWarnings("unchecked")
                List<ByteBuffer> part = (List<ByteBuffer>) arrival;
                parts = part.iterator();
                if (unread > 0) {
                    for (ByteBuffer buffer : part) {
                        unread -= buffer.remaining();
                    }
                }
                subscription.request(1);
            }
            return current;
        }

        /** The next arrival, waiting for it at most until the deadline. */
        private Object next() throws IOException {
            Object arrival;
            try {
                long left = deadlineNanos - System.nanoTime();
                arrival = left > 0 ? arrivals.poll(left, TimeUnit.NANOSECONDS) : arrivals.poll();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                close();
                throw (InterruptedIOException) new InterruptedIOException("interrupted while reading the response body")
                        .initCause(e);
            }
            if (arrival == null) {
                close();
                ended = true;
                throw new HttpTimeoutException("the response did not complete within the request timeout of "
                        + timeout.toMillis() + " ms");
            }
            return arrival;
        }

        /** Done with the body: if it has not ended, the JDK is told to stop reading it and drops the connection. */
        @Override
        public void close() {
            if (closed) {
                return;
            }
            closed = true;
            Flow.Subscription s = subscription;
            if (!ended && s != null) {
                s.cancel();
            }
        }
    }
}
