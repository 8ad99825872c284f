package io.github.payhawk4j.sandbox;

import java.util.Objects;

/**
 * A supplier's bank account for {@link SandboxAccount#createSupplier(String, BankAccountDetails)} and
 * {@link SandboxAccount#updateSupplierBankAccount(String, BankAccountDetails)}; stored as a SEPA
 * {@code ISupplierBankAccount}.
 *
 * @param accountHolder name of the account holder
 * @param iban          the IBAN
 * @param bicSwift      the bank's BIC / SWIFT code
 * @param currency      ISO 4217 code of the account
 */
public record BankAccountDetails(String accountHolder, String iban, String bicSwift, String currency) {

    /** Checks that every part is present. */
    public BankAccountDetails {
        Objects.requireNonNull(accountHolder, "accountHolder");
        Objects.requireNonNull(iban, "iban");
        Objects.requireNonNull(bicSwift, "bicSwift");
        Objects.requireNonNull(currency, "currency");
    }
}
