package io.github.payhawk4j.webhooks;

import io.github.payhawk4j.webhooks.observation.DeliveryInfo;
import io.github.payhawk4j.webhooks.observation.DeliveryRejected;
import io.github.payhawk4j.webhooks.observation.WebhookListener;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

/**
 * {@link WebhookListener#all}: one listener for the dispatcher that tells several (meters and the catch-up's
 * received deliveries), each call in order, one that throws not keeping the next from hearing.
 */
class AllWebhookListenersTest {

    @Test
    void eachListenerHearsEveryCallInOrderEvenAfterOneThrows() {
        RecordingWebhookListener first = new RecordingWebhookListener();
        WebhookListener broken = new WebhookListener() {
            @Override
            public void verified(DeliveryInfo delivery) {
                throw new IllegalStateException("a broken meter");
            }
        };
        RecordingWebhookListener last = new RecordingWebhookListener();
        WebhookListener all = WebhookListener.all(List.of(first, broken, last));

        all.received();
        all.verified(new DeliveryInfo("d-1", "expense.approved", "acc_1"));
        all.rejected(new DeliveryRejected(401, "signature_mismatch"));

        List<String> expected = List.of("received", "verified d-1 expense.approved acc_1",
                "rejected 401 signature_mismatch");
        assertThat(first.lines()).isEqualTo(expected);
        assertThat(last.lines()).isEqualTo(expected);
    }

    @Test
    void oneListenerIsItselfAndNoneIsRefused() {
        RecordingWebhookListener only = new RecordingWebhookListener();

        assertThat(WebhookListener.all(List.of(only))).isSameAs(only);
        assertThatNullPointerException().isThrownBy(() -> WebhookListener.all(null));
    }
}
