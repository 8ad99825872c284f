package io.github.payhawk4j.model.supplier;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.github.payhawk4j.model.OpenEnum;

import java.util.Map;

/** The kind of a supplier custom field: a predefined list, free text or a file ({@code ISupplierCustomField.type}). Open: unknown values are kept, see {@link OpenEnum}. */
public final class SupplierCustomFieldType extends OpenEnum<SupplierCustomFieldType.Known> {

    public static final SupplierCustomFieldType FIXED_LIST = new SupplierCustomFieldType("fixed_list", Known.FIXED_LIST);
    public static final SupplierCustomFieldType TEXT = new SupplierCustomFieldType("text", Known.TEXT);
    public static final SupplierCustomFieldType FILE_UPLOAD = new SupplierCustomFieldType("file_upload", Known.FILE_UPLOAD);

    private static final Map<String, SupplierCustomFieldType> KNOWN = index(FIXED_LIST, TEXT, FILE_UPLOAD);

    private SupplierCustomFieldType(String value, Known known) {
        super(value, known, known != Known.UNKNOWN);
    }

    /** The constant for {@code value}, or a new unknown instance holding it. */
    @JsonCreator
    public static SupplierCustomFieldType of(String value) {
        SupplierCustomFieldType known = KNOWN.get(value);
        return known != null ? known : new SupplierCustomFieldType(value, Known.UNKNOWN);
    }

    /**
     * The values of {@link SupplierCustomFieldType} this SDK version knows, as a Java enum to {@code switch} over
     * ({@link SupplierCustomFieldType#known()}); {@link #UNKNOWN} stands for any value Payhawk added later.
     */
    public enum Known {
        /** {@code "fixed_list"}. */
        FIXED_LIST,
        /** {@code "text"}. */
        TEXT,
        /** {@code "file_upload"}. */
        FILE_UPLOAD,
        /** A value this SDK version does not know; {@link SupplierCustomFieldType#value()} has it as sent. */
        UNKNOWN
    }
}
