package io.github.payhawk4j.model.card;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.github.payhawk4j.model.OpenEnum;

import java.util.Map;

/** The status of a card ({@code ICard.status}). Open: unknown values are kept, see {@link OpenEnum}. */
public final class CardStatus extends OpenEnum<CardStatus.Known> {

    public static final CardStatus PROCESSING = new CardStatus("processing", Known.PROCESSING);
    public static final CardStatus CARDHOLDER_REGISTRATION_PENDING = new CardStatus("cardholder_registration_pending", Known.CARDHOLDER_REGISTRATION_PENDING);
    public static final CardStatus CARDHOLDER_VERIFICATION_PENDING = new CardStatus("cardholder_verification_pending", Known.CARDHOLDER_VERIFICATION_PENDING);
    public static final CardStatus CARDHOLDER_VERIFICATION_PROCESSING = new CardStatus("cardholder_verification_processing", Known.CARDHOLDER_VERIFICATION_PROCESSING);
    public static final CardStatus CARDHOLDER_ADDITIONAL_DATA_REQUIRED = new CardStatus("cardholder_additional_data_required", Known.CARDHOLDER_ADDITIONAL_DATA_REQUIRED);
    public static final CardStatus ISSUING = new CardStatus("issuing", Known.ISSUING);
    public static final CardStatus INACTIVE = new CardStatus("inactive", Known.INACTIVE);
    public static final CardStatus ACTIVATION_BLOCKED_BY_PAYHAWK = new CardStatus("activation_blocked_by_payhawk", Known.ACTIVATION_BLOCKED_BY_PAYHAWK);
    public static final CardStatus ACTIVE = new CardStatus("active", Known.ACTIVE);
    public static final CardStatus BLOCKED_BY_USER = new CardStatus("blocked_by_user", Known.BLOCKED_BY_USER);
    public static final CardStatus BLOCKED_BY_ADMIN = new CardStatus("blocked_by_admin", Known.BLOCKED_BY_ADMIN);
    public static final CardStatus BLOCKED_BY_MANAGER = new CardStatus("blocked_by_manager", Known.BLOCKED_BY_MANAGER);
    public static final CardStatus BLOCKED_BY_PAYHAWK = new CardStatus("blocked_by_payhawk", Known.BLOCKED_BY_PAYHAWK);
    public static final CardStatus BLOCKED_BY_POLICY = new CardStatus("blocked_by_policy", Known.BLOCKED_BY_POLICY);
    public static final CardStatus CLOSED = new CardStatus("closed", Known.CLOSED);
    public static final CardStatus CLOSED_BY_PAYHAWK = new CardStatus("closed_by_payhawk", Known.CLOSED_BY_PAYHAWK);
    public static final CardStatus ACCOUNT_FULL_VERIFICATION_PENDING = new CardStatus("account_full_verification_pending", Known.ACCOUNT_FULL_VERIFICATION_PENDING);

    private static final Map<String, CardStatus> KNOWN = index(PROCESSING, CARDHOLDER_REGISTRATION_PENDING, CARDHOLDER_VERIFICATION_PENDING, CARDHOLDER_VERIFICATION_PROCESSING, CARDHOLDER_ADDITIONAL_DATA_REQUIRED, ISSUING, INACTIVE, ACTIVATION_BLOCKED_BY_PAYHAWK, ACTIVE, BLOCKED_BY_USER, BLOCKED_BY_ADMIN, BLOCKED_BY_MANAGER, BLOCKED_BY_PAYHAWK, BLOCKED_BY_POLICY, CLOSED, CLOSED_BY_PAYHAWK, ACCOUNT_FULL_VERIFICATION_PENDING);

    private CardStatus(String value, Known known) {
        super(value, known, known != Known.UNKNOWN);
    }

    /** The constant for {@code value}, or a new unknown instance holding it. */
    @JsonCreator
    public static CardStatus of(String value) {
        CardStatus known = KNOWN.get(value);
        return known != null ? known : new CardStatus(value, Known.UNKNOWN);
    }

    /**
     * The values of {@link CardStatus} this SDK version knows, as a Java enum to {@code switch} over
     * ({@link CardStatus#known()}); {@link #UNKNOWN} stands for any value Payhawk added later.
     */
    public enum Known {
        /** {@code "processing"}. */
        PROCESSING,
        /** {@code "cardholder_registration_pending"}. */
        CARDHOLDER_REGISTRATION_PENDING,
        /** {@code "cardholder_verification_pending"}. */
        CARDHOLDER_VERIFICATION_PENDING,
        /** {@code "cardholder_verification_processing"}. */
        CARDHOLDER_VERIFICATION_PROCESSING,
        /** {@code "cardholder_additional_data_required"}. */
        CARDHOLDER_ADDITIONAL_DATA_REQUIRED,
        /** {@code "issuing"}. */
        ISSUING,
        /** {@code "inactive"}. */
        INACTIVE,
        /** {@code "activation_blocked_by_payhawk"}. */
        ACTIVATION_BLOCKED_BY_PAYHAWK,
        /** {@code "active"}. */
        ACTIVE,
        /** {@code "blocked_by_user"}. */
        BLOCKED_BY_USER,
        /** {@code "blocked_by_admin"}. */
        BLOCKED_BY_ADMIN,
        /** {@code "blocked_by_manager"}. */
        BLOCKED_BY_MANAGER,
        /** {@code "blocked_by_payhawk"}. */
        BLOCKED_BY_PAYHAWK,
        /** {@code "blocked_by_policy"}. */
        BLOCKED_BY_POLICY,
        /** {@code "closed"}. */
        CLOSED,
        /** {@code "closed_by_payhawk"}. */
        CLOSED_BY_PAYHAWK,
        /** {@code "account_full_verification_pending"}. */
        ACCOUNT_FULL_VERIFICATION_PENDING,
        /** A value this SDK version does not know; {@link CardStatus#value()} has it as sent. */
        UNKNOWN
    }
}
