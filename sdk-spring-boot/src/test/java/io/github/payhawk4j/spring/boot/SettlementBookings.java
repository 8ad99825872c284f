package io.github.payhawk4j.spring.boot;

import io.github.payhawk4j.webhooks.HandlerContext;
import io.github.payhawk4j.webhooks.WebhookHandler;
import io.github.payhawk4j.webhooks.event.PaymentSettled;

import java.sql.SQLException;

/** Books each settled payment once, delivered or caught up. */
public class SettlementBookings implements WebhookHandler<PaymentSettled> {

    @Override
    public void handle(PaymentSettled event, HandlerContext context) throws SQLException {
        EventBook.bookOnce(event, context);
    }
}
