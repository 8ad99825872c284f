package io.github.payhawk4j.sandbox;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A card purchase to play through the sandbox with {@link SandboxAccount#createCardExpense(CardPurchase)}.
 *
 * <p>Start with {@link #of(String, BigDecimal, String)} and add details with the {@code with...}
 * methods. A purchase in a currency other than the account's base currency needs an
 * {@linkplain #withFxRate(BigDecimal) exchange rate}; base amounts are rounded to two decimals.
 *
 * @param merchant     the supplier's name, as it appears on the card statement
 * @param amount       the total paid, tax included, in {@code currency}
 * @param currency     ISO 4217 code of the purchase
 * @param fxRate       base-currency units per unit of {@code currency}; {@code null} for base-currency purchases
 * @param taxAmount    the tax included in {@code amount}; {@code null} for none
 * @param category     expense category name, e.g. "Travel"; {@code null} for none
 * @param accountCode  ledger account code of the category, e.g. "6100"; {@code null} for none
 * @param title        expense title; {@code null} to use the merchant's name
 * @param note         the cardholder's note; {@code null} for none
 */
public record CardPurchase(
        String merchant,
        BigDecimal amount,
        String currency,
        BigDecimal fxRate,
        BigDecimal taxAmount,
        String category,
        String accountCode,
        String title,
        String note) {

    /** Checks the required parts. */
    public CardPurchase {
        Objects.requireNonNull(merchant, "merchant");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        if (amount.signum() <= 0) {
            throw new IllegalArgumentException("amount must be positive, was " + amount.toPlainString());
        }
        if (fxRate != null && fxRate.signum() <= 0) {
            throw new IllegalArgumentException("fxRate must be positive, was " + fxRate.toPlainString());
        }
    }

    /** A purchase of {@code amount} {@code currency} at {@code merchant}, without further details. */
    public static CardPurchase of(String merchant, BigDecimal amount, String currency) {
        return new CardPurchase(merchant, amount, currency, null, null, null, null, null, null);
    }

    /** The same purchase converted to the base currency at {@code rate} (base units per purchase unit). */
    public CardPurchase withFxRate(BigDecimal rate) {
        return new CardPurchase(merchant, amount, currency, rate, taxAmount, category, accountCode, title, note);
    }

    /** The same purchase with {@code tax} included in its amount. */
    public CardPurchase withTax(BigDecimal tax) {
        return new CardPurchase(merchant, amount, currency, fxRate, tax, category, accountCode, title, note);
    }

    /** The same purchase booked to {@code categoryName} with ledger account {@code code}. */
    public CardPurchase withCategory(String categoryName, String code) {
        return new CardPurchase(merchant, amount, currency, fxRate, taxAmount, categoryName, code, title, note);
    }

    /** The same purchase with an expense title. */
    public CardPurchase withTitle(String expenseTitle) {
        return new CardPurchase(merchant, amount, currency, fxRate, taxAmount, category, accountCode, expenseTitle, note);
    }

    /** The same purchase with a cardholder note. */
    public CardPurchase withNote(String cardholderNote) {
        return new CardPurchase(merchant, amount, currency, fxRate, taxAmount, category, accountCode, title, cardholderNote);
    }
}
