package io.github.payhawk4j.spring.boot;

import io.github.payhawk4j.webhooks.HandlerContext;
import io.github.payhawk4j.webhooks.catchup.EventKey;
import io.github.payhawk4j.webhooks.event.WebhookEvent;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Books a business event once by its {@link EventKey}, in the transaction that records the delivery, whichever copy
 * comes first: Payhawk's delivery or the catch-up's twin of it (their delivery ids differ).
 */
final class EventBook {

    private EventBook() {
    }

    static void bookOnce(WebhookEvent event, HandlerContext context) throws SQLException {
        String key = EventKey.of(event).orElseThrow().value();
        Connection transaction = context.connection();
        try (PreparedStatement seen = transaction.prepareStatement("SELECT 1 FROM booked_event WHERE event_key = ?")) {
            seen.setString(1, key);
            try (ResultSet row = seen.executeQuery()) {
                if (row.next()) {
                    return;
                }
            }
        }
        try (PreparedStatement book = transaction.prepareStatement(
                "INSERT INTO booked_event (event_key, delivery_id, catch_up) VALUES (?, ?, ?)")) {
            book.setString(1, key);
            book.setString(2, event.deliveryId());
            book.setBoolean(3, context.isCatchUp());
            book.executeUpdate();
        }
    }
}
