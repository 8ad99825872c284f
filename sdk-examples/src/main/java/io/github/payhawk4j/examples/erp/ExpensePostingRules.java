package io.github.payhawk4j.examples.erp;

import io.github.payhawk4j.model.expense.Expense;
import io.github.payhawk4j.model.expense.LineItem;
import io.github.payhawk4j.model.expense.Reconciliation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How a reviewed Payhawk expense becomes journal lines, in the base currency of its reconciliation:
 * <ul>
 *   <li>each line item (or the expense itself, if it has none) debits its account code with its net base amount,
 *       and the input-VAT account with its base tax amount;</li>
 *   <li>the card-clearing account is credited with the expense's base total;</li>
 *   <li>if converted line amounts do not add up to the converted total (a rounding cent), the difference goes to
 *       the FX-rounding account, so the entry always balances exactly.</li>
 * </ul>
 */
public final class ExpensePostingRules {

    private final ChartOfAccounts accounts;

    /**
     * Rules booking against {@code accounts}.
     *
     * @param accounts the clearing, tax, rounding and fallback accounts
     */
    public ExpensePostingRules(ChartOfAccounts accounts) {
        this.accounts = Objects.requireNonNull(accounts, "accounts");
    }

    /**
     * The balanced lines for {@code expense}.
     *
     * @throws ErpException if the expense has no reconciliation, or a foreign-currency amount has no base amount
     */
    public List<JournalLine> linesFor(Expense expense) {
        Reconciliation total = expense.reconciliation();
        if (total == null || total.totalAmount() == null || total.currency() == null) {
            throw new ErpException("expense " + expense.id() + " has no reconciled total; review it in Payhawk first");
        }
        String baseCurrency = baseCurrencyOf(total);
        List<JournalLine> lines = new ArrayList<>();
        if (expense.lineItems().isEmpty()) {
            String category = expense.category() != null ? expense.category().name() : null;
            addDebits(lines, expense, total, category, baseCurrency);
        } else {
            for (LineItem item : expense.lineItems()) {
                if (item.reconciliation() == null) {
                    throw new ErpException("line " + item.id() + " of expense " + expense.id() + " has no reconciliation");
                }
                addDebits(lines, expense, item.reconciliation(), item.category(), baseCurrency);
            }
        }
        BigDecimal credit = baseAmount(total.baseTotalAmount(), total.totalAmount(), total.currency(), baseCurrency, expense);
        BigDecimal debits = lines.stream().map(JournalLine::debit).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal difference = credit.subtract(debits);
        if (difference.signum() > 0) {
            lines.add(JournalLine.debit(accounts.fxRounding(), "FX rounding", difference, baseCurrency, BigDecimal.ZERO));
        } else if (difference.signum() < 0) {
            lines.add(JournalLine.credit(accounts.fxRounding(), "FX rounding", difference.negate(), baseCurrency,
                    BigDecimal.ZERO));
        }
        lines.add(JournalLine.credit(accounts.cardClearing(), "Card payment " + describe(expense), credit,
                total.currency(), total.totalAmount()));
        return List.copyOf(lines);
    }

    /** The base currency of the expense's reconciliation (its own currency when none is given). */
    public static String baseCurrencyOf(Reconciliation reconciliation) {
        return reconciliation.baseCurrency() != null ? reconciliation.baseCurrency() : reconciliation.currency();
    }

    /** What an entry for {@code expense} is called: its title, else its supplier, else its id. */
    public static String describe(Expense expense) {
        if (expense.title() != null && !expense.title().isBlank()) {
            return expense.title();
        }
        if (expense.supplier() != null && expense.supplier().name() != null) {
            return expense.supplier().name();
        }
        return "expense " + expense.id();
    }

    private void addDebits(List<JournalLine> lines, Expense expense, Reconciliation part, String category,
                           String baseCurrency) {
        BigDecimal tax = orZero(part.taxAmount());
        BigDecimal baseGross = baseAmount(part.baseTotalAmount(), part.totalAmount(), part.currency(), baseCurrency, expense);
        BigDecimal baseTax = tax.signum() == 0 ? orZero(part.baseTaxAmount())
                : baseAmount(part.baseTaxAmount(), tax, part.currency(), baseCurrency, expense);
        String account = part.accountCode() != null && !part.accountCode().isBlank()
                ? part.accountCode() : accounts.uncategorised();
        String text = category != null && !category.isBlank() ? category : describe(expense);
        lines.add(JournalLine.debit(account, text, baseGross.subtract(baseTax), part.currency(),
                part.totalAmount().subtract(tax)));
        if (baseTax.signum() != 0) {
            lines.add(JournalLine.debit(accounts.inputVat(), "Input VAT " + text, baseTax, part.currency(), tax));
        }
    }

    // Base amounts come from Payhawk's reconciliation; the ledger never converts currencies itself.
    private static BigDecimal baseAmount(BigDecimal base, BigDecimal amount, String currency, String baseCurrency,
                                         Expense expense) {
        if (base != null) {
            return base;
        }
        if (baseCurrency.equals(currency)) {
            return Objects.requireNonNull(amount, "amount");
        }
        throw new ErpException("expense " + expense.id() + " is in " + currency + " but has no " + baseCurrency
                + " amount; the ledger books base-currency amounts from the reconciliation only");
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }
}
