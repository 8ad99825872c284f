package io.github.payhawk4j.examples.demo;

import io.github.payhawk4j.examples.partnerapp.InboxDatabase;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Reads the partner app's inbox table, to check what the inbox did with the day's deliveries. */
final class InboxRows {

    private InboxRows() {
    }

    /** Deliveries the workers ran more than once: delivery id, event type and attempts, as text. */
    static List<String[]> retried(InboxDatabase database) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT delivery_id, event_type, attempts"
                     + " FROM payhawk_webhook_inbox WHERE attempts > 1 ORDER BY seq")) {
            List<String[]> retried = new ArrayList<>();
            while (rows.next()) {
                retried.add(new String[] {rows.getString(1), rows.getString(2), rows.getString(3)});
            }
            return retried;
        }
    }

    /** How many deliveries the inbox holds as done. */
    static long doneCount(InboxDatabase database) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM payhawk_webhook_inbox WHERE status = 'done'")) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
