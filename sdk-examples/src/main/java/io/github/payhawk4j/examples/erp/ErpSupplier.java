package io.github.payhawk4j.examples.erp;

import java.time.Instant;
import java.util.Objects;

/**
 * A supplier as the ERP keeps it: Payhawk's id, name, VAT number and the bank account payments go to.
 *
 * @param payhawkId     the supplier's id in Payhawk
 * @param name          the supplier's name
 * @param vat           VAT number, or {@code null}
 * @param accountHolder bank account holder, or {@code null}
 * @param iban          IBAN, or {@code null}
 * @param bicSwift      BIC / SWIFT, or {@code null}
 * @param bankCurrency  currency of the bank account, or {@code null}
 * @param revision      1 when first synced, incremented by every change
 * @param updatedAt     when the ERP last changed it
 */
public record ErpSupplier(
        String payhawkId, String name, String vat, String accountHolder, String iban, String bicSwift,
        String bankCurrency, int revision, Instant updatedAt) {

    /** Checks the required parts. */
    public ErpSupplier {
        Objects.requireNonNull(payhawkId, "payhawkId");
        Objects.requireNonNull(name, "name");
    }

    /** Whether the synced fields equal {@code other}'s, ignoring revision and time. */
    public boolean sameDetailsAs(ErpSupplier other) {
        return payhawkId.equals(other.payhawkId) && name.equals(other.name) && Objects.equals(vat, other.vat)
                && Objects.equals(accountHolder, other.accountHolder) && Objects.equals(iban, other.iban)
                && Objects.equals(bicSwift, other.bicSwift) && Objects.equals(bankCurrency, other.bankCurrency);
    }
}
