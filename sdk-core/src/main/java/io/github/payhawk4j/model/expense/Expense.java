package io.github.payhawk4j.model.expense;

import io.github.payhawk4j.model.Actor;
import io.github.payhawk4j.model.ExternalLink;

import java.time.Instant;
import java.util.List;

/**
 * A Payhawk expense ({@code IExpense}).
 *
 * @param id unique identifier of the expense
 * @param createdAt date the expense was created
 * @param createdBy who created the expense
 * @param settledAt date the expense was settled
 * @param reviewedAt date the expense was reviewed
 * @param type type of the expense payment
 * @param status status of the expense
 * @param isPaid whether the expense is paid
 * @param title user-friendly title of the expense
 * @param category the category the expense is booked under, if any
 * @param note note from the cardholder of the expense as submitted by the Payhawk mobile app
 * @param lineItems the expense's line items
 * @param reconciliation amounts, currencies and custom fields of the whole expense
 * @param taxRate the tax rate of the expense, if any
 * @param document the receipt or invoice behind the expense, if any
 * @param supplier the supplier of the expense, if known
 * @param externalLinks the links to external system records
 * @param perDiem per diem details; set only for per diem expenses
 * @param mileage mileage details; set only for mileage expenses
 * @param amortization the amortization period, if the expense is amortized
 */
public record Expense(
        String id,
        Instant createdAt,
        Actor createdBy,
        Instant settledAt,
        Instant reviewedAt,
        ExpenseType type,
        ExpenseStatus status,
        boolean isPaid,
        String title,
        ExpenseCategory category,
        String note,
        List<LineItem> lineItems,
        Reconciliation reconciliation,
        TaxRate taxRate,
        ExpenseDocument document,
        ExpenseSupplier supplier,
        List<ExternalLink> externalLinks,
        ExpensePerDiem perDiem,
        ExpenseMileage mileage,
        Amortization amortization) {

    /** Copies the lists, so the record stays immutable; an absent list becomes empty. */
    public Expense {
        lineItems = lineItems == null ? List.of() : List.copyOf(lineItems);
        externalLinks = externalLinks == null ? List.of() : List.copyOf(externalLinks);
    }
}
