package io.github.payhawk4j.examples.erp;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The journal tables: posts balanced entries, one per expense, and sums them into a trial balance. */
public final class Journal {

    private final ErpDatabase database;
    private final Clock clock;

    /**
     * The journal of {@code database}.
     *
     * @param database the ERP database
     * @param clock    stamps posting times
     */
    public Journal(ErpDatabase database, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Posts an entry for {@code expenseId} in one transaction, or returns the entry already posted for it
     * (so a redelivered event does not book twice).
     *
     * @throws ErpException if the lines do not balance exactly, or on a database error
     */
    public JournalEntry post(String expenseId, String description, String baseCurrency, List<JournalLine> lines) {
        BigDecimal debit = lines.stream().map(JournalLine::debit).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal credit = lines.stream().map(JournalLine::credit).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (lines.isEmpty() || debit.compareTo(credit) != 0) {
            throw new ErpException("refusing to post an unbalanced entry for expense " + expenseId + ": debits "
                    + debit.toPlainString() + " != credits " + credit.toPlainString());
        }
        try (Connection connection = database.connection()) {
            connection.setAutoCommit(false);
            try {
                Optional<JournalEntry> existing = find(connection, expenseId);
                if (existing.isPresent()) {
                    connection.rollback();
                    return existing.get();
                }
                long id = nextId(connection);
                String documentNumber = String.format("JE-%06d", id);
                Instant postedAt = clock.instant();
                try (PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO journal_entry (id, document_no, expense_id, description, base_currency, posted_at)"
                                + " VALUES (?, ?, ?, ?, ?, ?)")) {
                    insert.setLong(1, id);
                    insert.setString(2, documentNumber);
                    insert.setString(3, expenseId);
                    insert.setString(4, description);
                    insert.setString(5, baseCurrency);
                    insert.setObject(6, OffsetDateTime.ofInstant(postedAt, ZoneOffset.UTC));
                    insert.executeUpdate();
                }
                try (PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO journal_line (entry_id, line_no, account_code, description, debit, credit, currency,"
                                + " amount) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                    int lineNo = 1;
                    for (JournalLine line : lines) {
                        insert.setLong(1, id);
                        insert.setInt(2, lineNo++);
                        insert.setString(3, line.accountCode());
                        insert.setString(4, line.description());
                        insert.setBigDecimal(5, line.debit());
                        insert.setBigDecimal(6, line.credit());
                        insert.setString(7, line.currency());
                        insert.setBigDecimal(8, line.amount());
                        insert.addBatch();
                    }
                    insert.executeBatch();
                }
                connection.commit();
                return new JournalEntry(documentNumber, expenseId, description, baseCurrency, postedAt, lines);
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new ErpException("could not post the journal entry for expense " + expenseId, e);
        }
    }

    /** The entry posted for {@code expenseId}, if any. */
    public Optional<JournalEntry> entryFor(String expenseId) {
        try (Connection connection = database.connection()) {
            return find(connection, expenseId);
        } catch (SQLException e) {
            throw new ErpException("could not read the journal entry of expense " + expenseId, e);
        }
    }

    /** Every posted entry with its lines, in posting order. */
    public List<JournalEntry> entries() {
        try (Connection connection = database.connection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT e.id, e.document_no, e.expense_id, e.description, e.base_currency, e.posted_at,"
                             + " l.account_code, l.description, l.debit, l.credit, l.currency, l.amount"
                             + " FROM journal_entry e JOIN journal_line l ON l.entry_id = e.id"
                             + " ORDER BY e.id, l.line_no");
             ResultSet rows = select.executeQuery()) {
            return readEntries(rows);
        } catch (SQLException e) {
            throw new ErpException("could not read the journal", e);
        }
    }

    /** Debits and credits per account over all entries, summed by the database. */
    public TrialBalance trialBalance() {
        try (Connection connection = database.connection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT account_code, SUM(debit), SUM(credit) FROM journal_line"
                             + " GROUP BY account_code ORDER BY account_code");
             ResultSet rows = select.executeQuery()) {
            List<TrialBalance.Row> accounts = new ArrayList<>();
            while (rows.next()) {
                accounts.add(new TrialBalance.Row(rows.getString(1), rows.getBigDecimal(2), rows.getBigDecimal(3)));
            }
            return new TrialBalance(accounts);
        } catch (SQLException e) {
            throw new ErpException("could not compute the trial balance", e);
        }
    }

    private static Optional<JournalEntry> find(Connection connection, String expenseId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT e.id, e.document_no, e.expense_id, e.description, e.base_currency, e.posted_at,"
                        + " l.account_code, l.description, l.debit, l.credit, l.currency, l.amount"
                        + " FROM journal_entry e JOIN journal_line l ON l.entry_id = e.id"
                        + " WHERE e.expense_id = ? ORDER BY l.line_no")) {
            select.setString(1, expenseId);
            try (ResultSet rows = select.executeQuery()) {
                return readEntries(rows).stream().findFirst();
            }
        }
    }

    private static List<JournalEntry> readEntries(ResultSet rows) throws SQLException {
        Map<Long, JournalEntry> headers = new LinkedHashMap<>();
        Map<Long, List<JournalLine>> lines = new LinkedHashMap<>();
        while (rows.next()) {
            long id = rows.getLong(1);
            headers.computeIfAbsent(id, key -> header(rows));
            lines.computeIfAbsent(id, key -> new ArrayList<>()).add(new JournalLine(rows.getString(7),
                    rows.getString(8), rows.getBigDecimal(9), rows.getBigDecimal(10), rows.getString(11),
                    rows.getBigDecimal(12)));
        }
        List<JournalEntry> entries = new ArrayList<>();
        headers.forEach((id, header) -> entries.add(new JournalEntry(header.documentNumber(), header.expenseId(),
                header.description(), header.baseCurrency(), header.postedAt(), lines.get(id))));
        return entries;
    }

    private static JournalEntry header(ResultSet rows) {
        try {
            return new JournalEntry(rows.getString(2), rows.getString(3), rows.getString(4), rows.getString(5),
                    rows.getObject(6, OffsetDateTime.class).toInstant(), List.of());
        } catch (SQLException e) {
            throw new ErpException("could not read a journal entry", e);
        }
    }

    private static long nextId(Connection connection) throws SQLException {
        try (PreparedStatement next = connection.prepareStatement("VALUES NEXT VALUE FOR journal_entry_seq");
             ResultSet row = next.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }
}
