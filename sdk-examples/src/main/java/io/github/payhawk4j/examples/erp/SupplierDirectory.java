package io.github.payhawk4j.examples.erp;

import io.github.payhawk4j.model.supplier.Supplier;
import io.github.payhawk4j.model.supplier.SupplierBankAccount;

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
import java.util.Optional;

/** The supplier table: Payhawk suppliers upserted by id with their first bank account. */
public final class SupplierDirectory {

    private static final String SELECT = "SELECT payhawk_id, name, vat, account_holder, iban, bic_swift, bank_currency,"
            + " revision, updated_at FROM supplier";

    private final ErpDatabase database;
    private final Clock clock;

    /**
     * The suppliers of {@code database}.
     *
     * @param database the ERP database
     * @param clock    stamps changes
     */
    public SupplierDirectory(ErpDatabase database, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Inserts or updates the supplier by its Payhawk id. Upserting the same details twice changes nothing.
     *
     * @throws ErpException on a database error
     */
    public synchronized SupplierSync upsert(Supplier supplier) {
        Objects.requireNonNull(supplier.id(), "supplier.id");
        SupplierBankAccount bank = supplier.bankAccounts().isEmpty() ? null : supplier.bankAccounts().get(0);
        Instant now = clock.instant();
        try (Connection connection = database.connection()) {
            Optional<ErpSupplier> stored = find(connection, supplier.id());
            ErpSupplier incoming = new ErpSupplier(supplier.id(), supplier.name() != null ? supplier.name() : supplier.id(),
                    supplier.vat(), bank == null ? null : bank.accountHolder(), bank == null ? null : bank.iban(),
                    bank == null ? null : bank.bicSwift(), bank == null ? null : bank.currency(),
                    stored.map(existing -> existing.revision() + 1).orElse(1), now);
            if (stored.isPresent() && stored.get().sameDetailsAs(incoming)) {
                return new SupplierSync(SupplierSync.Outcome.UNCHANGED, stored.get());
            }
            try (PreparedStatement merge = connection.prepareStatement(
                    "MERGE INTO supplier (payhawk_id, name, vat, account_holder, iban, bic_swift, bank_currency,"
                            + " revision, updated_at) KEY (payhawk_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                merge.setString(1, incoming.payhawkId());
                merge.setString(2, incoming.name());
                merge.setString(3, incoming.vat());
                merge.setString(4, incoming.accountHolder());
                merge.setString(5, incoming.iban());
                merge.setString(6, incoming.bicSwift());
                merge.setString(7, incoming.bankCurrency());
                merge.setInt(8, incoming.revision());
                merge.setObject(9, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
                merge.executeUpdate();
            }
            return new SupplierSync(stored.isPresent() ? SupplierSync.Outcome.UPDATED : SupplierSync.Outcome.CREATED,
                    incoming);
        } catch (SQLException e) {
            throw new ErpException("could not upsert supplier " + supplier.id(), e);
        }
    }

    /** The supplier synced from Payhawk supplier {@code payhawkId}, if any. */
    public Optional<ErpSupplier> find(String payhawkId) {
        try (Connection connection = database.connection()) {
            return find(connection, payhawkId);
        } catch (SQLException e) {
            throw new ErpException("could not read supplier " + payhawkId, e);
        }
    }

    /** Every synced supplier, by name. */
    public List<ErpSupplier> all() {
        try (Connection connection = database.connection();
             PreparedStatement select = connection.prepareStatement(SELECT + " ORDER BY name, payhawk_id");
             ResultSet rows = select.executeQuery()) {
            List<ErpSupplier> suppliers = new ArrayList<>();
            while (rows.next()) {
                suppliers.add(read(rows));
            }
            return suppliers;
        } catch (SQLException e) {
            throw new ErpException("could not read the suppliers", e);
        }
    }

    private static Optional<ErpSupplier> find(Connection connection, String payhawkId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(SELECT + " WHERE payhawk_id = ?")) {
            select.setString(1, payhawkId);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(read(rows)) : Optional.empty();
            }
        }
    }

    private static ErpSupplier read(ResultSet rows) throws SQLException {
        return new ErpSupplier(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4),
                rows.getString(5), rows.getString(6), rows.getString(7), rows.getInt(8),
                rows.getObject(9, OffsetDateTime.class).toInstant());
    }
}
