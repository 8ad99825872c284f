package io.github.payhawk4j.model.supplier;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.github.payhawk4j.model.OpenEnum;

import java.util.Map;

/**
 * The payment scheme of a supplier bank account ({@code ISupplierBankAccount.paymentScheme}).
 * Open: unknown values are kept, see {@link OpenEnum}.
 */
public final class PaymentScheme extends OpenEnum {

    public static final PaymentScheme SEPA = new PaymentScheme("sepa", true);
    public static final PaymentScheme BISERA = new PaymentScheme("bisera", true);
    public static final PaymentScheme FASTER_PAYMENTS = new PaymentScheme("faster_payments", true);
    public static final PaymentScheme ACH = new PaymentScheme("ach", true);
    public static final PaymentScheme WISE = new PaymentScheme("wise", true);
    public static final PaymentScheme NONE = new PaymentScheme("none", true);

    private static final Map<String, PaymentScheme> KNOWN = index(SEPA, BISERA, FASTER_PAYMENTS, ACH, WISE, NONE);

    private PaymentScheme(String value, boolean known) {
        super(value, known);
    }

    /** The constant for {@code value}, or a new unknown instance holding it. */
    @JsonCreator
    public static PaymentScheme of(String value) {
        PaymentScheme known = KNOWN.get(value);
        return known != null ? known : new PaymentScheme(value, false);
    }
}
