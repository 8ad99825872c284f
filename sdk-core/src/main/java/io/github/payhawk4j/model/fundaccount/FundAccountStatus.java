package io.github.payhawk4j.model.fundaccount;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.github.payhawk4j.model.OpenEnum;

import java.util.Map;

/** The status of a fund account ({@code IFundAccount.status}). Open: unknown values are kept, see {@link OpenEnum}. */
public final class FundAccountStatus extends OpenEnum<FundAccountStatus.Known> {

    public static final FundAccountStatus PROCESSING = new FundAccountStatus("processing", Known.PROCESSING);
    public static final FundAccountStatus ACTIVE = new FundAccountStatus("active", Known.ACTIVE);
    public static final FundAccountStatus BLOCKED = new FundAccountStatus("blocked", Known.BLOCKED);
    public static final FundAccountStatus CLOSED = new FundAccountStatus("closed", Known.CLOSED);

    private static final Map<String, FundAccountStatus> KNOWN = index(PROCESSING, ACTIVE, BLOCKED, CLOSED);

    private FundAccountStatus(String value, Known known) {
        super(value, known, known != Known.UNKNOWN);
    }

    /** The constant for {@code value}, or a new unknown instance holding it. */
    @JsonCreator
    public static FundAccountStatus of(String value) {
        FundAccountStatus known = KNOWN.get(value);
        return known != null ? known : new FundAccountStatus(value, Known.UNKNOWN);
    }

    /**
     * The values of {@link FundAccountStatus} this SDK version knows, as a Java enum to {@code switch} over
     * ({@link FundAccountStatus#known()}); {@link #UNKNOWN} stands for any value Payhawk added later.
     */
    public enum Known {
        /** {@code "processing"}. */
        PROCESSING,
        /** {@code "active"}. */
        ACTIVE,
        /** {@code "blocked"}. */
        BLOCKED,
        /** {@code "closed"}. */
        CLOSED,
        /** A value this SDK version does not know; {@link FundAccountStatus#value()} has it as sent. */
        UNKNOWN
    }
}
