package io.github.payhawk4j.examples.erp;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An audit trail of webhook deliveries whose handler completed: one row per completion, so a delivery handled
 * twice shows up as two rows. The demo uses it to prove every event was processed exactly once.
 */
public final class ProcessedEvents {

    private final ErpDatabase database;
    private final Clock clock;

    /**
     * The processed-event log of {@code database}.
     *
     * @param database the ERP database
     * @param clock    stamps completion times
     */
    public ProcessedEvents(ErpDatabase database, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Records one completed handling of a delivery.
     *
     * @throws ErpException on a database error
     */
    public void record(String deliveryId, String eventType) {
        try (Connection connection = database.connection();
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO processed_event (delivery_id, event_type, processed_at) VALUES (?, ?, ?)")) {
            insert.setString(1, deliveryId);
            insert.setString(2, eventType);
            insert.setObject(3, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new ErpException("could not record delivery " + deliveryId, e);
        }
    }

    /** How many times each delivery id was handled, in order of first handling. */
    public Map<String, Integer> timesHandledByDelivery() {
        try (Connection connection = database.connection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT delivery_id, COUNT(*) FROM processed_event GROUP BY delivery_id ORDER BY MIN(id)");
             ResultSet rows = select.executeQuery()) {
            Map<String, Integer> counts = new LinkedHashMap<>();
            while (rows.next()) {
                counts.put(rows.getString(1), rows.getInt(2));
            }
            return counts;
        } catch (SQLException e) {
            throw new ErpException("could not read the processed events", e);
        }
    }

    /** How many completions were recorded per event type, by event type. */
    public Map<String, Integer> countByEventType() {
        try (Connection connection = database.connection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT event_type, COUNT(*) FROM processed_event GROUP BY event_type ORDER BY event_type");
             ResultSet rows = select.executeQuery()) {
            Map<String, Integer> counts = new LinkedHashMap<>();
            while (rows.next()) {
                counts.put(rows.getString(1), rows.getInt(2));
            }
            return counts;
        } catch (SQLException e) {
            throw new ErpException("could not read the processed events", e);
        }
    }
}
