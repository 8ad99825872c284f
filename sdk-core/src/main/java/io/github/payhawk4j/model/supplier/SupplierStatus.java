package io.github.payhawk4j.model.supplier;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.github.payhawk4j.model.OpenEnum;

import java.util.Map;

/** The status of a supplier ({@code ISupplier.status}). Open: unknown values are kept, see {@link OpenEnum}. */
public final class SupplierStatus extends OpenEnum<SupplierStatus.Known> {

    public static final SupplierStatus ACTIVE = new SupplierStatus("active", Known.ACTIVE);
    public static final SupplierStatus ARCHIVED = new SupplierStatus("archived", Known.ARCHIVED);

    private static final Map<String, SupplierStatus> KNOWN = index(ACTIVE, ARCHIVED);

    private SupplierStatus(String value, Known known) {
        super(value, known, known != Known.UNKNOWN);
    }

    /** The constant for {@code value}, or a new unknown instance holding it. */
    @JsonCreator
    public static SupplierStatus of(String value) {
        SupplierStatus known = KNOWN.get(value);
        return known != null ? known : new SupplierStatus(value, Known.UNKNOWN);
    }

    /**
     * The values of {@link SupplierStatus} this SDK version knows, as a Java enum to {@code switch} over
     * ({@link SupplierStatus#known()}); {@link #UNKNOWN} stands for any value Payhawk added later.
     */
    public enum Known {
        /** {@code "active"}. */
        ACTIVE,
        /** {@code "archived"}. */
        ARCHIVED,
        /** A value this SDK version does not know; {@link SupplierStatus#value()} has it as sent. */
        UNKNOWN
    }
}
