package io.github.payhawk4j.examples.erp;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The payment table: settled amounts recorded against expenses, one row per expense and payment. */
public final class Settlements {

    private final ErpDatabase database;
    private final Clock clock;

    /**
     * The settlements of {@code database}.
     *
     * @param database the ERP database
     * @param clock    stamps recording times
     */
    public Settlements(ErpDatabase database, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Records that {@code paymentId} settled {@code amount} {@code currency} of {@code expenseId}; recording the
     * same payment again overwrites it rather than adding a second row.
     *
     * @throws ErpException on a database error
     */
    public Settlement record(String expenseId, String paymentId, BigDecimal amount, String currency) {
        Settlement settlement = new Settlement(expenseId, paymentId,
                amount.setScale(JournalLine.SCALE, RoundingMode.UNNECESSARY), currency, clock.instant());
        try (Connection connection = database.connection();
             PreparedStatement merge = connection.prepareStatement(
                     "MERGE INTO payment (expense_id, payment_id, amount, currency, recorded_at)"
                             + " KEY (expense_id, payment_id) VALUES (?, ?, ?, ?, ?)")) {
            merge.setString(1, expenseId);
            merge.setString(2, paymentId);
            merge.setBigDecimal(3, settlement.amount());
            merge.setString(4, currency);
            merge.setObject(5, OffsetDateTime.ofInstant(settlement.recordedAt(), ZoneOffset.UTC));
            merge.executeUpdate();
            return settlement;
        } catch (SQLException e) {
            throw new ErpException("could not record the settlement of expense " + expenseId, e);
        }
    }

    /** Every recorded settlement, oldest first. */
    public List<Settlement> all() {
        try (Connection connection = database.connection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT expense_id, payment_id, amount, currency, recorded_at FROM payment"
                             + " ORDER BY recorded_at, expense_id, payment_id");
             ResultSet rows = select.executeQuery()) {
            List<Settlement> settlements = new ArrayList<>();
            while (rows.next()) {
                settlements.add(new Settlement(rows.getString(1), rows.getString(2), rows.getBigDecimal(3),
                        rows.getString(4), rows.getObject(5, OffsetDateTime.class).toInstant()));
            }
            return settlements;
        } catch (SQLException e) {
            throw new ErpException("could not read the settlements", e);
        }
    }
}
