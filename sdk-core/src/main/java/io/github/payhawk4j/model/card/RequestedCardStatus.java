package io.github.payhawk4j.model.card;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.github.payhawk4j.model.OpenEnum;

import java.util.Map;

/** The status to put a card in ({@code ICardStatusUpdate.status}). Open: unknown values are kept, see {@link OpenEnum}. */
public final class RequestedCardStatus extends OpenEnum<RequestedCardStatus.Known> {

    public static final RequestedCardStatus ACTIVE = new RequestedCardStatus("active", Known.ACTIVE);
    public static final RequestedCardStatus BLOCKED = new RequestedCardStatus("blocked", Known.BLOCKED);
    public static final RequestedCardStatus CLOSED = new RequestedCardStatus("closed", Known.CLOSED);

    private static final Map<String, RequestedCardStatus> KNOWN = index(ACTIVE, BLOCKED, CLOSED);

    private RequestedCardStatus(String value, Known known) {
        super(value, known, known != Known.UNKNOWN);
    }

    /** The constant for {@code value}, or a new unknown instance holding it. */
    @JsonCreator
    public static RequestedCardStatus of(String value) {
        RequestedCardStatus known = KNOWN.get(value);
        return known != null ? known : new RequestedCardStatus(value, Known.UNKNOWN);
    }

    /**
     * The values of {@link RequestedCardStatus} this SDK version knows, as a Java enum to {@code switch} over
     * ({@link RequestedCardStatus#known()}); {@link #UNKNOWN} stands for any value Payhawk added later.
     */
    public enum Known {
        /** {@code "active"}. */
        ACTIVE,
        /** {@code "blocked"}. */
        BLOCKED,
        /** {@code "closed"}. */
        CLOSED,
        /** A value this SDK version does not know; {@link RequestedCardStatus#value()} has it as sent. */
        UNKNOWN
    }
}
