package io.github.payhawk4j.model;

import com.fasterxml.jackson.annotation.JsonCreator;

import java.util.Map;

/**
 * The type of a fund account ({@code IExpensePayment.fundAccountType}, {@code IDeposit.fundAccountType}).
 * Open: unknown values are kept, see {@link OpenEnum}.
 */
public final class FundAccountType extends OpenEnum<FundAccountType.Known> {

    public static final FundAccountType DEBIT = new FundAccountType("debit", Known.DEBIT);
    public static final FundAccountType CREDIT = new FundAccountType("credit", Known.CREDIT);
    public static final FundAccountType LINKED = new FundAccountType("linked", Known.LINKED);
    public static final FundAccountType LINKED_CARD = new FundAccountType("linked_card", Known.LINKED_CARD);

    private static final Map<String, FundAccountType> KNOWN = index(DEBIT, CREDIT, LINKED, LINKED_CARD);

    private FundAccountType(String value, Known known) {
        super(value, known, known != Known.UNKNOWN);
    }

    /** The constant for {@code value}, or a new unknown instance holding it. */
    @JsonCreator
    public static FundAccountType of(String value) {
        FundAccountType known = KNOWN.get(value);
        return known != null ? known : new FundAccountType(value, Known.UNKNOWN);
    }

    /**
     * The values of {@link FundAccountType} this SDK version knows, as a Java enum to {@code switch} over
     * ({@link FundAccountType#known()}); {@link #UNKNOWN} stands for any value Payhawk added later.
     */
    public enum Known {
        /** {@code "debit"}. */
        DEBIT,
        /** {@code "credit"}. */
        CREDIT,
        /** {@code "linked"}. */
        LINKED,
        /** {@code "linked_card"}. */
        LINKED_CARD,
        /** A value this SDK version does not know; {@link FundAccountType#value()} has it as sent. */
        UNKNOWN
    }
}
