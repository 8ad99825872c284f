package io.github.payhawk4j.webhooks.servlet;

import io.github.payhawk4j.webhooks.WebhookResponse;
import io.github.payhawk4j.webhooks.internal.PrintableText;
import jakarta.servlet.ServletInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;

/**
 * The body of one delivery as it arrives: collected up to a byte limit and before a deadline. Failures are
 * answers ({@code 413}, {@code 408}, {@code 400}), logged with the request path only. After a {@code 413} the rest
 * of the body is drained (read and dropped, within the deadline and a byte budget) so that closing the connection
 * does not reset it before the sender has read the answer. Used by one request at a time.
 */
final class DeliveryBody {

    /** The most bytes read and dropped after a body was refused as too large. */
    static final long MAX_DRAINED_BYTES = 16L * 1024 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(PayhawkWebhookFilter.class);
    private static final int READ_CHUNK = 8192;

    private final String requestPath;
    private final int limit;
    private final Duration timeout;
    private final long deadlineNanos;
    private final ByteArrayOutputStream received;
    private final byte[] chunk = new byte[READ_CHUNK];
    private long drained;

    /**
     * @param requestPath  the request path, printable, for log lines
     * @param limit        the most bytes accepted
     * @param timeout      the longest time the whole body may take
     * @param startedNanos {@link System#nanoTime()} when reading began
     */
    DeliveryBody(String requestPath, int limit, Duration timeout, long startedNanos) {
        this.requestPath = requestPath;
        this.limit = limit;
        this.timeout = timeout;
        this.deadlineNanos = startedNanos + saturatedNanos(timeout);
        this.received = new ByteArrayOutputStream(Math.min(limit, READ_CHUNK));
    }

    /** The timeout in milliseconds, at least 1; a timeout too long for a long is as good as none. */
    long timeoutMillis() {
        return Math.max(1, saturatedNanos(timeout) / 1_000_000);
    }

    /**
     * Reads the whole body with blocking reads, checking the deadline after each one; a sender that stalls
     * completely is stopped only by the container's own idle timeout. After a 413 the rest is drained.
     *
     * @return {@code null} once the body is complete ({@link #bytes()}), otherwise the answer to give instead
     */
    WebhookResponse readBlocking(ServletInputStream in) {
        try {
            int read;
            while ((read = readChunk(in)) >= 0) {
                WebhookResponse tooLarge = accept(read);
                if (tooLarge != null) {
                    return tooLarge;
                }
                if (isLate() && !in.isFinished()) {
                    return timedOut();
                }
            }
            return null;
        } catch (IOException e) {
            return unreadable(e);
        }
    }

    /** Drains what is left of a refused body with blocking reads, within the deadline and the byte budget. */
    void drainBlocking(ServletInputStream in) {
        try {
            while (drainChunk(in)) {
                // dropped
            }
        } catch (IOException e) {
            // The sender has gone or the container gave up: nothing left to drain.
        }
    }

    /** Reads what fits into the next chunk; -1 at the end of the body. */
    int readChunk(ServletInputStream in) throws IOException {
        return in.read(chunk, 0, (int) Math.min(chunk.length, limit + 1L - received.size()));
    }

    /** Keeps {@code count} bytes just read; returns the answer if the body is now too large. */
    WebhookResponse accept(int count) {
        received.write(chunk, 0, count);
        if (received.size() > limit) {
            LOG.warn("Rejected webhook delivery to {}: streamed body exceeds the limit of {} bytes", requestPath, limit);
            return PayhawkWebhookFilter.tooLarge(limit);
        }
        return null;
    }

    /**
     * Reads and drops one chunk of a refused body.
     *
     * @return whether to go on draining: false at the end of the body, past the deadline or past the byte budget
     */
    boolean drainChunk(ServletInputStream in) throws IOException {
        int read = in.read(chunk);
        if (read < 0) {
            return false;
        }
        drained += read;
        return drained < MAX_DRAINED_BYTES && !isLate();
    }

    /** Whether the deadline has passed. */
    boolean isLate() {
        return System.nanoTime() - deadlineNanos >= 0;
    }

    /** The answer for a body that did not arrive in time. */
    WebhookResponse timedOut() {
        LOG.warn("Rejected webhook delivery to {}: the body did not arrive within {} ms ({} bytes received)",
                requestPath, timeoutMillis(), received.size());
        return WebhookResponse.error(408, "body_timeout", "the request body did not arrive within "
                + timeoutMillis() + " ms").withHeader("Connection", "close");
    }

    /** The answer for a body whose reading failed; a failure after the deadline is a timeout. */
    WebhookResponse unreadable(Throwable failure) {
        if (isLate()) {
            return timedOut();
        }
        LOG.warn("Webhook delivery to {}: the body could not be read: {}", requestPath,
                PrintableText.of(failure.toString(), 200));
        return WebhookResponse.error(400, "unreadable_body", "the request body could not be read")
                .withHeader("Connection", "close");
    }

    /** The complete body. */
    byte[] bytes() {
        return received.toByteArray();
    }

    private static long saturatedNanos(Duration duration) {
        try {
            return duration.toNanos();
        } catch (ArithmeticException beyondLong) {
            return Long.MAX_VALUE / 2;
        }
    }
}
