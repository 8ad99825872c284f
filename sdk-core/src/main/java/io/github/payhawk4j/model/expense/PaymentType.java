package io.github.payhawk4j.model.expense;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.github.payhawk4j.model.OpenEnum;

import java.util.Map;

/**
 * How an expense payment was made ({@code IExpensePayment.type}).
 * Open: unknown values are kept, see {@link OpenEnum}.
 */
public final class PaymentType extends OpenEnum {

    public static final PaymentType BANK = new PaymentType("bank", true);
    public static final PaymentType CARD = new PaymentType("card", true);

    private static final Map<String, PaymentType> KNOWN = index(BANK, CARD);

    private PaymentType(String value, boolean known) {
        super(value, known);
    }

    /** The constant for {@code value}, or a new unknown instance holding it. */
    @JsonCreator
    public static PaymentType of(String value) {
        PaymentType known = KNOWN.get(value);
        return known != null ? known : new PaymentType(value, false);
    }
}
