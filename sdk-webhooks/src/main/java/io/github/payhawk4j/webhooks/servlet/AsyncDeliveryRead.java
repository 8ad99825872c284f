package io.github.payhawk4j.webhooks.servlet;

import io.github.payhawk4j.webhooks.WebhookResponse;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/**
 * One delivery read with Servlet non-blocking I/O and then answered: no container thread waits while the sender is
 * slow, and the delivery is answered 408 when its body has not arrived by the deadline.
 *
 * <p>Three things may answer: the complete body (the delivery is handled), a failure (413 for too large a body,
 * 400 for a failed read), or the deadline (408). Whichever comes first answers, exactly once; the others then do
 * nothing. After a 413 the rest of the body is drained before the exchange completes (see {@link DeliveryBody}).
 * The deadline runs on the JDK's shared delay scheduler ({@link CompletableFuture#orTimeout}, cancelled when the
 * exchange completes first) and acts on a container thread ({@link AsyncContext#start(Runnable)}).
 */
final class AsyncDeliveryRead implements ReadListener {

    private static final Logger LOG = LoggerFactory.getLogger(PayhawkWebhookFilter.class);

    private final AsyncContext async;
    private final HttpServletResponse response;
    private final ServletInputStream in;
    private final DeliveryBody body;
    private final Function<byte[], WebhookResponse> handle;
    private final AtomicBoolean answered = new AtomicBoolean();
    private final AtomicBoolean completed = new AtomicBoolean();
    /** Completed with the exchange; times out at the read deadline. */
    private final CompletableFuture<Void> exchange = new CompletableFuture<>();
    private volatile boolean draining;

    private AsyncDeliveryRead(AsyncContext async, HttpServletResponse response, ServletInputStream in,
                              DeliveryBody body, Function<byte[], WebhookResponse> handle) {
        this.async = async;
        this.response = response;
        this.in = in;
        this.body = body;
        this.handle = handle;
    }

    /**
     * Starts async processing of {@code request}: reads its body into {@code body}, then answers with what
     * {@code handle} returns for the complete body.
     */
    static void start(HttpServletRequest request, HttpServletResponse response, DeliveryBody body,
                      Function<byte[], WebhookResponse> handle) throws IOException {
        AsyncDeliveryRead read = begin(request, response, body, handle);
        read.in.setReadListener(read);
    }

    /** Starts async processing of a request refused before its body was read: answers, then drains the body. */
    static void refuse(HttpServletRequest request, HttpServletResponse response, DeliveryBody body,
                       WebhookResponse refusal) throws IOException {
        AsyncDeliveryRead read = begin(request, response, body, bytes -> refusal);
        read.answerThenDrain(refusal);
        read.in.setReadListener(read);
    }

    private static AsyncDeliveryRead begin(HttpServletRequest request, HttpServletResponse response, DeliveryBody body,
                                           Function<byte[], WebhookResponse> handle) throws IOException {
        AsyncContext async = request.startAsync(request, response);
        // The read deadline below is the only one: a container timeout could also fire while the handler runs.
        async.setTimeout(0);
        AsyncDeliveryRead read = new AsyncDeliveryRead(async, response, request.getInputStream(), body, handle);
        read.exchange.orTimeout(body.timeoutMillis(), TimeUnit.MILLISECONDS).whenComplete((done, failure) -> {
            if (failure instanceof TimeoutException) {
                read.onContainerThread(read::onDeadline);
            }
        });
        return read;
    }

    @Override
    public void onDataAvailable() throws IOException {
        while (!completed.get() && in.isReady() && !in.isFinished()) {
            if (draining) {
                if (!body.drainChunk(in)) {
                    complete();
                    return;
                }
            } else if (answered.get()) {
                return;
            } else {
                int read = body.readChunk(in);
                if (read < 0) {
                    return;
                }
                WebhookResponse tooLarge = body.accept(read);
                if (tooLarge != null) {
                    answerThenDrain(tooLarge);
                }
            }
        }
    }

    @Override
    public void onAllDataRead() {
        if (draining) {
            complete();
        } else if (answered.compareAndSet(false, true)) {
            // A body that arrived complete is handled, even if the deadline's own answer is about to run.
            write(handle.apply(body.bytes()));
            complete();
        }
    }

    @Override
    public void onError(Throwable failure) {
        if (draining) {
            complete();
        } else {
            answerAndComplete(body.unreadable(failure));
        }
    }

    private void onDeadline() {
        if (draining) {
            complete();
        } else if (!answered.get()) {
            answerAndComplete(body.timedOut());
        }
    }

    /** Runs {@code task} on a container thread, unless the exchange is already over. */
    private void onContainerThread(Runnable task) {
        if (completed.get()) {
            return;
        }
        try {
            async.start(task);
        } catch (IllegalStateException over) {
            // Completed between the check and the start: nothing left to do.
        }
    }

    private void answerAndComplete(WebhookResponse answer) {
        if (answered.compareAndSet(false, true)) {
            write(answer);
            complete();
        }
    }

    /** Answers now and keeps reading (and dropping) the body, so that the sender reads the answer before a close. */
    private void answerThenDrain(WebhookResponse refusal) {
        if (!answered.compareAndSet(false, true)) {
            return;
        }
        if (!write(refusal.withHeader("Connection", "close"))) {
            complete();
            return;
        }
        draining = true;
        // The deadline may have come while the answer was written, and seen nothing to do.
        if (body.isLate()) {
            complete();
        }
    }

    /** Writes and commits the answer; false if the sender has gone. */
    private boolean write(WebhookResponse answer) {
        try {
            PayhawkWebhookFilter.write(response, answer);
            return true;
        } catch (IOException | RuntimeException e) {
            LOG.debug("Could not write the answer to a webhook delivery; the sender has gone: {}", e.toString());
            return false;
        }
    }

    private void complete() {
        if (completed.compareAndSet(false, true)) {
            exchange.complete(null);
            try {
                async.complete();
            } catch (IllegalStateException alreadyOver) {
                // The container ended the exchange itself (e.g. the connection closed).
            }
        }
    }
}
