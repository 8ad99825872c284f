package io.github.payhawk4j.model.expense;

import java.math.BigDecimal;

/**
 * A tax rate applied to an expense or line item ({@code INewTaxRate}).
 *
 * @param name name of the tax rate
 * @param code identification code of the tax rate
 * @param rate tax rate value
 */
public record TaxRate(
        String name,
        String code,
        BigDecimal rate) {
}
