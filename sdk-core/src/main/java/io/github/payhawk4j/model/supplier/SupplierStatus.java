package io.github.payhawk4j.model.supplier;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.github.payhawk4j.model.OpenEnum;

import java.util.Map;

/** The status of a supplier ({@code ISupplier.status}). Open: unknown values are kept, see {@link OpenEnum}. */
public final class SupplierStatus extends OpenEnum {

    public static final SupplierStatus ACTIVE = new SupplierStatus("active", true);
    public static final SupplierStatus ARCHIVED = new SupplierStatus("archived", true);

    private static final Map<String, SupplierStatus> KNOWN = index(ACTIVE, ARCHIVED);

    private SupplierStatus(String value, boolean known) {
        super(value, known);
    }

    /** The constant for {@code value}, or a new unknown instance holding it. */
    @JsonCreator
    public static SupplierStatus of(String value) {
        SupplierStatus known = KNOWN.get(value);
        return known != null ? known : new SupplierStatus(value, false);
    }
}
