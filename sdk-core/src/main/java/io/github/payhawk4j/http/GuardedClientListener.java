package io.github.payhawk4j.http;

import io.github.payhawk4j.observation.AttemptFinished;
import io.github.payhawk4j.observation.AttemptStarted;
import io.github.payhawk4j.observation.PayhawkClientListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The user's listener, called so that it can never break a call: what it throws is logged (a warning the first
 * time, debug after that, so a broken listener cannot flood the log) and ignored. Thread-safe.
 */
public final class GuardedClientListener implements PayhawkClientListener {

    private static final Logger LOG = LoggerFactory.getLogger(GuardedClientListener.class);

    private final PayhawkClientListener listener;
    private final AtomicBoolean warned = new AtomicBoolean();

    /** Guards {@code listener}. */
    public GuardedClientListener(PayhawkClientListener listener) {
        this.listener = listener;
    }

    @Override
    public void attemptStarted(AttemptStarted event) {
        try {
            listener.attemptStarted(event);
        } catch (RuntimeException e) {
            failed("attemptStarted", e);
        }
    }

    @Override
    public void attemptFinished(AttemptFinished event) {
        try {
            listener.attemptFinished(event);
        } catch (RuntimeException e) {
            failed("attemptFinished", e);
        }
    }

    private void failed(String method, RuntimeException e) {
        if (warned.compareAndSet(false, true)) {
            LOG.warn("the PayhawkClientListener {} threw from {}; the call goes on (further failures are logged at"
                    + " debug)", listener.getClass().getName(), method, e);
        } else {
            LOG.debug("the PayhawkClientListener threw from {}; ignored", method, e);
        }
    }
}
