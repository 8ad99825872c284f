package io.github.payhawk4j.spring.boot;

import io.github.payhawk4j.webhooks.HandlerContext;
import io.github.payhawk4j.webhooks.WebhookHandler;
import io.github.payhawk4j.webhooks.event.ExpenseReviewed;

import java.sql.SQLException;

/** Books each reviewed expense once, delivered or caught up. */
public class ReviewBookings implements WebhookHandler<ExpenseReviewed> {

    @Override
    public void handle(ExpenseReviewed event, HandlerContext context) throws SQLException {
        EventBook.bookOnce(event, context);
    }
}
