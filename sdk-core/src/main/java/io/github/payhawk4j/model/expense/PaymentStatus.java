package io.github.payhawk4j.model.expense;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.github.payhawk4j.model.OpenEnum;

import java.util.Map;

/**
 * The status of an expense payment ({@code IExpensePayment.status}).
 * Open: unknown values are kept, see {@link OpenEnum}.
 */
public final class PaymentStatus extends OpenEnum<PaymentStatus.Known> {

    public static final PaymentStatus PENDING = new PaymentStatus("pending", Known.PENDING);
    public static final PaymentStatus SETTLED = new PaymentStatus("settled", Known.SETTLED);
    public static final PaymentStatus FAILED = new PaymentStatus("failed", Known.FAILED);
    public static final PaymentStatus REVERTED = new PaymentStatus("reverted", Known.REVERTED);
    public static final PaymentStatus EXPIRED = new PaymentStatus("expired", Known.EXPIRED);

    private static final Map<String, PaymentStatus> KNOWN = index(PENDING, SETTLED, FAILED, REVERTED, EXPIRED);

    private PaymentStatus(String value, Known known) {
        super(value, known, known != Known.UNKNOWN);
    }

    /** The constant for {@code value}, or a new unknown instance holding it. */
    @JsonCreator
    public static PaymentStatus of(String value) {
        PaymentStatus known = KNOWN.get(value);
        return known != null ? known : new PaymentStatus(value, Known.UNKNOWN);
    }

    /**
     * The values of {@link PaymentStatus} this SDK version knows, as a Java enum to {@code switch} over
     * ({@link PaymentStatus#known()}); {@link #UNKNOWN} stands for any value Payhawk added later.
     */
    public enum Known {
        /** {@code "pending"}. */
        PENDING,
        /** {@code "settled"}. */
        SETTLED,
        /** {@code "failed"}. */
        FAILED,
        /** {@code "reverted"}. */
        REVERTED,
        /** {@code "expired"}. */
        EXPIRED,
        /** A value this SDK version does not know; {@link PaymentStatus#value()} has it as sent. */
        UNKNOWN
    }
}
