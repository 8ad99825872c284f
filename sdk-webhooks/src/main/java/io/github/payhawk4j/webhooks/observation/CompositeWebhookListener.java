package io.github.payhawk4j.webhooks.observation;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.function.Consumer;

/** Several listeners told in turn, in order; one that throws is logged and does not keep the others from hearing. */
final class CompositeWebhookListener implements WebhookListener {

    private static final Logger LOG = LoggerFactory.getLogger(CompositeWebhookListener.class);

    private final List<WebhookListener> listeners;

    CompositeWebhookListener(List<? extends WebhookListener> listeners) {
        this.listeners = List.copyOf(listeners);
    }

    @Override
    public void received() {
        tellEach(WebhookListener::received);
    }

    @Override
    public void verified(DeliveryInfo delivery) {
        tellEach(listener -> listener.verified(delivery));
    }

    @Override
    public void rejected(DeliveryRejected rejection) {
        tellEach(listener -> listener.rejected(rejection));
    }

    @Override
    public void duplicate(DeliveryInfo delivery) {
        tellEach(listener -> listener.duplicate(delivery));
    }

    @Override
    public void handled(DeliveryHandled handled) {
        tellEach(listener -> listener.handled(handled));
    }

    @Override
    public void failed(DeliveryHandled failed) {
        tellEach(listener -> listener.failed(failed));
    }

    @Override
    public void dead(DeliveryHandled last) {
        tellEach(listener -> listener.dead(last));
    }

    private void tellEach(Consumer<WebhookListener> call) {
        for (WebhookListener listener : listeners) {
            try {
                call.accept(listener);
            } catch (RuntimeException e) {
                LOG.warn("Webhook listener {} failed; ignored", listener.getClass().getName(), e);
            }
        }
    }
}
