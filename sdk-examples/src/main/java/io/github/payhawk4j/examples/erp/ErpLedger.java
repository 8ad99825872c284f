package io.github.payhawk4j.examples.erp;

import io.github.payhawk4j.model.expense.Expense;
import io.github.payhawk4j.model.supplier.Supplier;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * The ERP as the partner app sees it: post invoices, record settlements, sync suppliers, raise notifications,
 * all on one embedded H2 database. Thread-safe; close it to drop the database.
 *
 * <pre>{@code
 * try (ErpLedger ledger = ErpLedger.inMemory()) {
 *     JournalEntry entry = ledger.postInvoice(expense);
 *     assert ledger.trialBalance().isBalanced();
 * }
 * }</pre>
 */
public final class ErpLedger implements AutoCloseable {

    private final ErpDatabase database;
    private final ExpensePostingRules postingRules;
    private final Journal journal;
    private final Settlements settlements;
    private final SupplierDirectory suppliers;
    private final Notifications notifications;
    private final ProcessedEvents processedEvents;

    /**
     * A ledger on {@code database}.
     *
     * @param database the ERP database; closed by {@link #close()}
     * @param accounts the accounts the posting rules book against
     * @param clock    stamps every row
     */
    public ErpLedger(ErpDatabase database, ChartOfAccounts accounts, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.postingRules = new ExpensePostingRules(accounts);
        this.journal = new Journal(database, clock);
        this.settlements = new Settlements(database, clock);
        this.suppliers = new SupplierDirectory(database, clock);
        this.notifications = new Notifications(database, clock);
        this.processedEvents = new ProcessedEvents(database, clock);
    }

    /** A ledger on a fresh in-memory database with the {@linkplain ChartOfAccounts#standard() standard accounts}. */
    public static ErpLedger inMemory() {
        return new ErpLedger(ErpDatabase.createInMemory(), ChartOfAccounts.standard(), Clock.systemUTC());
    }

    /**
     * Posts the expense as a balanced journal entry (see {@link ExpensePostingRules}); posting an expense that
     * already has an entry returns that entry.
     *
     * @throws ErpException if the expense cannot be booked or the database fails
     */
    public JournalEntry postInvoice(Expense expense) {
        List<JournalLine> lines = postingRules.linesFor(expense);
        return journal.post(expense.id(), ExpensePostingRules.describe(expense),
                ExpensePostingRules.baseCurrencyOf(expense.reconciliation()), lines);
    }

    /**
     * Records a settled payment against an expense; recording the same payment again overwrites it.
     *
     * @throws ErpException on a database error
     */
    public Settlement recordSettlement(String expenseId, String paymentId, BigDecimal amount, String currency) {
        return settlements.record(expenseId, paymentId, amount, currency);
    }

    /**
     * Inserts or updates a supplier with its bank details.
     *
     * @throws ErpException on a database error
     */
    public SupplierSync upsertSupplier(Supplier supplier) {
        return suppliers.upsert(supplier);
    }

    /**
     * Raises a notification unless one for the same topic and reference exists.
     *
     * @return {@code true} if it was new
     */
    public boolean raiseNotification(String topic, String reference, String message) {
        return notifications.raise(topic, reference, message);
    }

    /** Debits and credits per account over the whole journal. */
    public TrialBalance trialBalance() {
        return journal.trialBalance();
    }

    /** The journal: entries by expense and in posting order. */
    public Journal journal() {
        return journal;
    }

    /** The settlements recorded so far. */
    public List<Settlement> settlements() {
        return settlements.all();
    }

    /** The suppliers synced so far. */
    public SupplierDirectory suppliers() {
        return suppliers;
    }

    /** The notifications raised so far. */
    public List<Notification> notifications() {
        return notifications.all();
    }

    /** The audit trail of handled webhook deliveries. */
    public ProcessedEvents processedEvents() {
        return processedEvents;
    }

    /** Drops the database. */
    @Override
    public void close() {
        database.close();
    }
}
