package io.github.payhawk4j.spring.boot;

import io.github.payhawk4j.observation.AttemptFinished;
import io.github.payhawk4j.observation.AttemptStarted;
import io.github.payhawk4j.observation.PayhawkClientListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.function.Consumer;

/** Every client listener bean, told in turn; one that throws does not keep the others from hearing. */
final class ClientListeners implements PayhawkClientListener {

    private static final Logger LOG = LoggerFactory.getLogger(ClientListeners.class);

    private final List<PayhawkClientListener> listeners;

    ClientListeners(List<PayhawkClientListener> listeners) {
        this.listeners = List.copyOf(listeners);
    }

    @Override
    public void attemptStarted(AttemptStarted event) {
        tellEach(listener -> listener.attemptStarted(event));
    }

    @Override
    public void attemptFinished(AttemptFinished event) {
        tellEach(listener -> listener.attemptFinished(event));
    }

    private void tellEach(Consumer<PayhawkClientListener> call) {
        for (PayhawkClientListener listener : listeners) {
            try {
                call.accept(listener);
            } catch (RuntimeException e) {
                LOG.warn("Payhawk client listener {} failed; ignored", listener.getClass().getName(), e);
            }
        }
    }
}
