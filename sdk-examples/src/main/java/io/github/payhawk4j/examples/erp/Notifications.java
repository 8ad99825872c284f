package io.github.payhawk4j.examples.erp;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The notification table: at most one open notification per topic and reference. */
public final class Notifications {

    private final ErpDatabase database;
    private final Clock clock;

    /**
     * The notifications of {@code database}.
     *
     * @param database the ERP database
     * @param clock    stamps raising times
     */
    public Notifications(ErpDatabase database, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Raises a notification unless one for the same topic and reference exists.
     *
     * @return {@code true} if it was new
     * @throws ErpException on a database error
     */
    public boolean raise(String topic, String reference, String message) {
        Instant now = clock.instant();
        try (Connection connection = database.connection();
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO notification (topic, reference, message, raised_at)"
                             + " SELECT ?, ?, ?, ? FROM DUAL WHERE NOT EXISTS"
                             + " (SELECT 1 FROM notification WHERE topic = ? AND reference = ?)")) {
            insert.setString(1, topic);
            insert.setString(2, reference);
            insert.setString(3, message);
            insert.setObject(4, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
            insert.setString(5, topic);
            insert.setString(6, reference);
            return insert.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new ErpException("could not raise notification " + topic + " for " + reference, e);
        }
    }

    /** Every notification, oldest first. */
    public List<Notification> all() {
        try (Connection connection = database.connection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT topic, reference, message, raised_at FROM notification ORDER BY id");
             ResultSet rows = select.executeQuery()) {
            List<Notification> notifications = new ArrayList<>();
            while (rows.next()) {
                notifications.add(new Notification(rows.getString(1), rows.getString(2), rows.getString(3),
                        rows.getObject(4, OffsetDateTime.class).toInstant()));
            }
            return notifications;
        } catch (SQLException e) {
            throw new ErpException("could not read the notifications", e);
        }
    }
}
