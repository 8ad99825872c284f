package io.github.payhawk4j.model.fundaccount;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.github.payhawk4j.model.OpenEnum;

import java.util.Map;

/** The direction of a bank statement line ({@code IBankStatementLine.type}). Open: unknown values are kept, see {@link OpenEnum}. */
public final class BankStatementLineType extends OpenEnum<BankStatementLineType.Known> {

    public static final BankStatementLineType DEBIT = new BankStatementLineType("debit", Known.DEBIT);
    public static final BankStatementLineType CREDIT = new BankStatementLineType("credit", Known.CREDIT);

    private static final Map<String, BankStatementLineType> KNOWN = index(DEBIT, CREDIT);

    private BankStatementLineType(String value, Known known) {
        super(value, known, known != Known.UNKNOWN);
    }

    /** The constant for {@code value}, or a new unknown instance holding it. */
    @JsonCreator
    public static BankStatementLineType of(String value) {
        BankStatementLineType known = KNOWN.get(value);
        return known != null ? known : new BankStatementLineType(value, Known.UNKNOWN);
    }

    /**
     * The values of {@link BankStatementLineType} this SDK version knows, as a Java enum to {@code switch} over
     * ({@link BankStatementLineType#known()}); {@link #UNKNOWN} stands for any value Payhawk added later.
     */
    public enum Known {
        /** {@code "debit"}. */
        DEBIT,
        /** {@code "credit"}. */
        CREDIT,
        /** A value this SDK version does not know; {@link BankStatementLineType#value()} has it as sent. */
        UNKNOWN
    }
}
