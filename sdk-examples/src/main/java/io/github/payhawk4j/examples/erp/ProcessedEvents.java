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
 * twice shows up as two rows. Each row also has the event's business key ({@code EventKey}), shared by a real
 * delivery and a catch-up's synthesized twin of it. The demo uses it to prove every event was processed exactly once.
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
     * @param eventKey the business key of the event ({@code EventKey}), or null if its type has none
     * @throws ErpException on a database error
     */
    public void record(String deliveryId, String eventType, String eventKey) {
        try (Connection connection = database.connection();
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO processed_event (delivery_id, event_type, event_key, processed_at) VALUES (?, ?, ?, ?)")) {
            insert.setString(1, deliveryId);
            insert.setString(2, eventType);
            insert.setString(3, eventKey);
            insert.setObject(4, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new ErpException("could not record delivery " + deliveryId, e);
        }
    }

    /**
     * Whether an event with this business key was handled already, by its delivery or by a catch-up's twin of it.
     *
     * @throws ErpException on a database error
     */
    public boolean hasProcessed(String eventKey) {
        try (Connection connection = database.connection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT 1 FROM processed_event WHERE event_key = ?")) {
            select.setString(1, eventKey);
            try (ResultSet row = select.executeQuery()) {
                return row.next();
            }
        } catch (SQLException e) {
            throw new ErpException("could not read the processed events", e);
        }
    }

    /** How many times each event (by business key) was handled, for the events that have a key. */
    public Map<String, Integer> timesHandledByEventKey() {
        try (Connection connection = database.connection();
             PreparedStatement select = connection.prepareStatement("SELECT event_key, COUNT(*) FROM processed_event"
                     + " WHERE event_key IS NOT NULL GROUP BY event_key ORDER BY MIN(id)");
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
