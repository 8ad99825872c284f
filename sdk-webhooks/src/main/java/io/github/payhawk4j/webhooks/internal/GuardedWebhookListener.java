package io.github.payhawk4j.webhooks.internal;

import io.github.payhawk4j.webhooks.observation.WebhookListener;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * A listener called so that it can never change the answer to a delivery: what it throws is logged (a warning the
 * first time, debug after that) and ignored. Thread-safe.
 */
public final class GuardedWebhookListener {

    private static final Logger LOG = LoggerFactory.getLogger(GuardedWebhookListener.class);

    private final WebhookListener listener;
    private final AtomicBoolean warned = new AtomicBoolean();

    /** Guards {@code listener}. */
    public GuardedWebhookListener(WebhookListener listener) {
        this.listener = listener;
    }

    /** Tells the listener, via {@code call}, ignoring what it throws. */
    public void tell(Consumer<WebhookListener> call) {
        try {
            call.accept(listener);
        } catch (RuntimeException e) {
            if (warned.compareAndSet(false, true)) {
                LOG.warn("the WebhookListener {} threw; the delivery goes on (further failures are logged at debug)",
                        listener.getClass().getName(), e);
            } else {
                LOG.debug("the WebhookListener threw; ignored", e);
            }
        }
    }
}
