package io.github.payhawk4j.model.supplier;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.github.payhawk4j.model.OpenEnum;

import java.util.Map;

/**
 * The payment scheme of a supplier bank account ({@code ISupplierBankAccount.paymentScheme}).
 * Open: unknown values are kept, see {@link OpenEnum}.
 */
public final class PaymentScheme extends OpenEnum<PaymentScheme.Known> {

    public static final PaymentScheme SEPA = new PaymentScheme("sepa", Known.SEPA);
    public static final PaymentScheme BISERA = new PaymentScheme("bisera", Known.BISERA);
    public static final PaymentScheme FASTER_PAYMENTS = new PaymentScheme("faster_payments", Known.FASTER_PAYMENTS);
    public static final PaymentScheme ACH = new PaymentScheme("ach", Known.ACH);
    public static final PaymentScheme WISE = new PaymentScheme("wise", Known.WISE);
    public static final PaymentScheme NONE = new PaymentScheme("none", Known.NONE);

    private static final Map<String, PaymentScheme> KNOWN = index(SEPA, BISERA, FASTER_PAYMENTS, ACH, WISE, NONE);

    private PaymentScheme(String value, Known known) {
        super(value, known, known != Known.UNKNOWN);
    }

    /** The constant for {@code value}, or a new unknown instance holding it. */
    @JsonCreator
    public static PaymentScheme of(String value) {
        PaymentScheme known = KNOWN.get(value);
        return known != null ? known : new PaymentScheme(value, Known.UNKNOWN);
    }

    /**
     * The values of {@link PaymentScheme} this SDK version knows, as a Java enum to {@code switch} over
     * ({@link PaymentScheme#known()}); {@link #UNKNOWN} stands for any value Payhawk added later.
     */
    public enum Known {
        /** {@code "sepa"}. */
        SEPA,
        /** {@code "bisera"}. */
        BISERA,
        /** {@code "faster_payments"}. */
        FASTER_PAYMENTS,
        /** {@code "ach"}. */
        ACH,
        /** {@code "wise"}. */
        WISE,
        /** {@code "none"}. */
        NONE,
        /** A value this SDK version does not know; {@link PaymentScheme#value()} has it as sent. */
        UNKNOWN
    }
}
