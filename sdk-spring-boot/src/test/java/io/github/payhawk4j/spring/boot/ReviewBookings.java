package io.github.payhawk4j.spring.boot;

import io.github.payhawk4j.webhooks.HandlerContext;
import io.github.payhawk4j.webhooks.WebhookHandler;
import io.github.payhawk4j.webhooks.event.ExpenseReviewed;

import java.sql.SQLException;

/** Books each reviewed expense once, delivered or caught up; fails while the test says the ledger is down. */
public class ReviewBookings implements WebhookHandler<ExpenseReviewed> {

    volatile boolean ledgerDown;

    @Override
    public void handle(ExpenseReviewed event, HandlerContext context) throws SQLException {
        if (ledgerDown) {
            throw new SQLException("the ledger is down");
        }
        EventBook.bookOnce(event, context);
    }
}
