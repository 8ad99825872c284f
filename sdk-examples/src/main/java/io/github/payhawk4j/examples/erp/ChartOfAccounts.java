package io.github.payhawk4j.examples.erp;

import java.util.Objects;

/**
 * The ledger accounts the posting rules use besides the expense accounts Payhawk sends with each line.
 *
 * @param cardClearing  credited with what the card paid, until the bank statement clears it
 * @param inputVat      debited with recoverable tax
 * @param fxRounding    takes the cent a currency conversion leaves between line totals and the expense total
 * @param uncategorised debited for lines that arrive without an account code
 */
public record ChartOfAccounts(String cardClearing, String inputVat, String fxRounding, String uncategorised) {

    /** Checks that every account is named. */
    public ChartOfAccounts {
        Objects.requireNonNull(cardClearing, "cardClearing");
        Objects.requireNonNull(inputVat, "inputVat");
        Objects.requireNonNull(fxRounding, "fxRounding");
        Objects.requireNonNull(uncategorised, "uncategorised");
    }

    /** 2100 card clearing, 1570 input VAT, 7990 FX rounding, 6999 uncategorised expenses. */
    public static ChartOfAccounts standard() {
        return new ChartOfAccounts("2100", "1570", "7990", "6999");
    }
}
