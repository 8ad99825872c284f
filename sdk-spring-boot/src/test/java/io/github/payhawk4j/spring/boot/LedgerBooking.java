package io.github.payhawk4j.spring.boot;

import io.github.payhawk4j.webhooks.HandlerContext;
import io.github.payhawk4j.webhooks.WebhookHandler;
import io.github.payhawk4j.webhooks.event.ExpenseApproved;

import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Books an approved expense in the app's own table, through the connection of the transaction that records the
 * delivery: the row and the record commit together.
 */
public class LedgerBooking implements WebhookHandler<ExpenseApproved> {

    @Override
    public void handle(ExpenseApproved event, HandlerContext context) throws SQLException {
        try (PreparedStatement insert = context.connection()
                .prepareStatement("INSERT INTO booked_expense (expense_id, booked_by) VALUES (?, ?)")) {
            insert.setString(1, event.expenseId());
            insert.setString(2, event.deliveryId());
            insert.executeUpdate();
        }
    }
}
