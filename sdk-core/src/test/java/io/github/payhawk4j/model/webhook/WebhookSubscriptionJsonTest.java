package io.github.payhawk4j.model.webhook;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.payhawk4j.json.PayhawkJson;
import io.github.payhawk4j.model.ModelFixture;
import io.github.payhawk4j.model.Page;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class WebhookSubscriptionJsonTest {

    private final ObjectMapper json = PayhawkJson.newObjectMapper();

    @Test
    void readsASubscription() throws Exception {
        WebhookSubscription subscription =
                json.readValue(ModelFixture.text("webhook-subscription.json"), WebhookSubscription.class);

        assertThat(subscription).isEqualTo(WebhookSubscription.builder()
                .eventType(EventType.EXPENSE_APPROVED)
                .callbackUrl("https://erp.acme-logistics.eu/payhawk/webhooks?tenant=acme").id("whs_0f6b7c2e")
                .createdAt(Instant.parse("2024-06-01T09:30:12.045Z")).status(WebhookSubscriptionStatus.ACTIVE)
                .build());
        assertThat(subscription.eventType()).isSameAs(EventType.EXPENSE_APPROVED);
        assertThat(subscription.status()).isSameAs(WebhookSubscriptionStatus.ACTIVE);
    }

    @Test
    void readsAPageOfSubscriptionsInEveryStatus() throws Exception {
        Page<WebhookSubscription> page =
                json.readValue(ModelFixture.text("webhook-subscriptions-page.json"), new TypeReference<>() { });

        assertThat(page.total()).isEqualTo(3);
        assertThat(page.items()).extracting(WebhookSubscription::status).containsExactly(
                WebhookSubscriptionStatus.ACTIVE,
                WebhookSubscriptionStatus.DEACTIVATED_BY_PAYHAWK,
                WebhookSubscriptionStatus.DEACTIVATED_BY_USER);
        assertThat(page.items()).extracting(WebhookSubscription::eventType).containsExactly(
                EventType.EXPENSE_APPROVED, EventType.PAYMENT_SETTLED, EventType.SUPPLIER_UPDATED);
        assertThat(page.items().get(2).createdAt()).isEqualTo(Instant.parse("2023-11-20T16:05:00Z"));
    }

    @Test
    void keepsAnEventTypeAndStatusThisVersionDoesNotKnow() throws Exception {
        WebhookSubscription subscription = json.readValue("""
                {"eventType": "card.issued", "callbackUrl": "https://erp.example/hooks", "id": "whs_1",
                 "createdAt": "2024-06-01T09:30:12Z", "status": "paused"}
                """, WebhookSubscription.class);

        assertThat(subscription.eventType().isKnown()).isFalse();
        assertThat(subscription.eventType().value()).isEqualTo("card.issued");
        assertThat(subscription.status().isKnown()).isFalse();
        assertThat(subscription.status().value()).isEqualTo("paused");
    }

    @Test
    void newSubscriptionSendsExactlyEventTypeAndCallbackUrl() throws Exception {
        NewWebhookSubscription body = NewWebhookSubscription.of(EventType.EXPENSE_PAYMENT_DETAILS_UPDATED,
                "https://erp.acme-logistics.eu/payhawk/webhooks?tenant=acme");

        String written = json.writeValueAsString(body);

        assertThat(json.readTree(written)).isEqualTo(json.readTree("""
                {"eventType": "expense.payment-details.updated",
                 "callbackUrl": "https://erp.acme-logistics.eu/payhawk/webhooks?tenant=acme"}"""));
    }

    @Test
    void newSubscriptionRequiresEventTypeAndCallbackUrl() {
        assertThatNullPointerException().isThrownBy(() -> NewWebhookSubscription.of(null, "https://erp.example/h"))
                .withMessageContaining("eventType");
        assertThatNullPointerException()
                .isThrownBy(() -> NewWebhookSubscription.of(EventType.EXPENSE_CREATED, null))
                .withMessageContaining("callbackUrl");
    }
}
