package io.github.payhawk4j.webhooks.inbox;

import io.github.payhawk4j.webhooks.event.WebhookEvent;
import io.github.payhawk4j.webhooks.event.WebhookEventParser;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** Which deliveries the inbox runs one at a time, in order: those about the same resource of the same account. */
class ResourceKeyTest {

    private final WebhookEventParser parser = new WebhookEventParser();

    @Test
    void eachEventIsKeyedByWhatItIsAbout() {
        assertThat(key("expense.approved", "{\"expenseId\":\"43\"}")).isEqualTo("acc-1/expense/43");
        assertThat(key("payment.settled", "{\"expenseId\":\"43\",\"paymentId\":\"p1\"}"))
                .as("a payment changes its expense").isEqualTo("acc-1/expense/43");
        assertThat(key("supplier.updated", "{\"supplierId\":7}")).isEqualTo("acc-1/supplier/7");
        assertThat(key("purchase-order.status.changed", "{\"purchaseOrderId\":\"po-1\",\"status\":\"open\"}"))
                .isEqualTo("acc-1/purchase-order/po-1");
        assertThat(key("deposit.received", "{\"fundAccountId\":\"fa-1\",\"depositId\":\"dep-9\"}"))
                .isEqualTo("acc-1/deposit/fa-1/dep-9");
    }

    @Test
    void anEventWithoutARecognisableIdWaitsForNothing() {
        assertThat(key("expense.created", "{}")).isEqualTo("acc-1/delivery/d-1");
        assertThat(key("expense.archived", "{\"expenseId\":\"43\"}")).as("an event type newer than the SDK")
                .isEqualTo("acc-1/delivery/d-1");
    }

    @Test
    void aKeyTooLongForItsColumnBecomesADigest() {
        String key = key("expense.created", "{\"expenseId\":\"" + "x".repeat(300) + "\"}");
        assertThat(key).startsWith("sha256:").hasSize(7 + 64);
        assertThat(key("expense.created", "{\"expenseId\":\"" + "x".repeat(300) + "\"}")).isEqualTo(key);
    }

    private String key(String eventType, String payload) {
        WebhookEvent event = parser.parse(("{\"id\":\"d-1\",\"accountId\":\"acc-1\",\"eventType\":\"" + eventType
                + "\",\"payload\":" + payload + "}").getBytes(StandardCharsets.UTF_8), Instant.EPOCH);
        return ResourceKey.of(event);
    }
}
