package io.github.payhawk4j.model.expense;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.github.payhawk4j.model.OpenEnum;

import java.util.Map;

/**
 * How an expense payment was made ({@code IExpensePayment.type}).
 * Open: unknown values are kept, see {@link OpenEnum}.
 */
public final class PaymentType extends OpenEnum<PaymentType.Known> {

    public static final PaymentType BANK = new PaymentType("bank", Known.BANK);
    public static final PaymentType CARD = new PaymentType("card", Known.CARD);

    private static final Map<String, PaymentType> KNOWN = index(BANK, CARD);

    private PaymentType(String value, Known known) {
        super(value, known, known != Known.UNKNOWN);
    }

    /** The constant for {@code value}, or a new unknown instance holding it. */
    @JsonCreator
    public static PaymentType of(String value) {
        PaymentType known = KNOWN.get(value);
        return known != null ? known : new PaymentType(value, Known.UNKNOWN);
    }

    /**
     * The values of {@link PaymentType} this SDK version knows, as a Java enum to {@code switch} over
     * ({@link PaymentType#known()}); {@link #UNKNOWN} stands for any value Payhawk added later.
     */
    public enum Known {
        /** {@code "bank"}. */
        BANK,
        /** {@code "card"}. */
        CARD,
        /** A value this SDK version does not know; {@link PaymentType#value()} has it as sent. */
        UNKNOWN
    }
}
