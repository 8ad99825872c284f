package io.github.payhawk4j.model.expense;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.github.payhawk4j.model.OpenEnum;

import java.util.Map;

/**
 * The status of an expense payment ({@code IExpensePayment.status}).
 * Open: unknown values are kept, see {@link OpenEnum}.
 */
public final class PaymentStatus extends OpenEnum {

    public static final PaymentStatus PENDING = new PaymentStatus("pending", true);
    public static final PaymentStatus SETTLED = new PaymentStatus("settled", true);
    public static final PaymentStatus FAILED = new PaymentStatus("failed", true);
    public static final PaymentStatus REVERTED = new PaymentStatus("reverted", true);
    public static final PaymentStatus EXPIRED = new PaymentStatus("expired", true);

    private static final Map<String, PaymentStatus> KNOWN = index(PENDING, SETTLED, FAILED, REVERTED, EXPIRED);

    private PaymentStatus(String value, boolean known) {
        super(value, known);
    }

    /** The constant for {@code value}, or a new unknown instance holding it. */
    @JsonCreator
    public static PaymentStatus of(String value) {
        PaymentStatus known = KNOWN.get(value);
        return known != null ? known : new PaymentStatus(value, false);
    }
}
