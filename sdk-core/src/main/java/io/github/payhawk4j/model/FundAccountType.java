package io.github.payhawk4j.model;

import com.fasterxml.jackson.annotation.JsonCreator;

import java.util.Map;

/**
 * The type of a fund account ({@code IExpensePayment.fundAccountType}, {@code IDeposit.fundAccountType}).
 * Open: unknown values are kept, see {@link OpenEnum}.
 */
public final class FundAccountType extends OpenEnum {

    public static final FundAccountType DEBIT = new FundAccountType("debit", true);
    public static final FundAccountType CREDIT = new FundAccountType("credit", true);
    public static final FundAccountType LINKED = new FundAccountType("linked", true);
    public static final FundAccountType LINKED_CARD = new FundAccountType("linked_card", true);

    private static final Map<String, FundAccountType> KNOWN = index(DEBIT, CREDIT, LINKED, LINKED_CARD);

    private FundAccountType(String value, boolean known) {
        super(value, known);
    }

    /** The constant for {@code value}, or a new unknown instance holding it. */
    @JsonCreator
    public static FundAccountType of(String value) {
        FundAccountType known = KNOWN.get(value);
        return known != null ? known : new FundAccountType(value, false);
    }
}
