package io.github.payhawk4j.model.expense;

/**
 * One line item of an expense, with its own amounts, category and tax rate ({@code ILineItem}).
 *
 * @param id unique identifier of the line item
 * @param categoryId category id of the line item
 * @param category category name of the line item
 * @param reconciliation amounts, currencies and custom fields of the line item
 * @param taxRate the tax rate of the line item, if any
 * @param note note for the line item
 * @param amortization the amortization period of the line item, if amortized
 */
public record LineItem(
        String id,
        String categoryId,
        String category,
        Reconciliation reconciliation,
        TaxRate taxRate,
        String note,
        Amortization amortization) {
}
