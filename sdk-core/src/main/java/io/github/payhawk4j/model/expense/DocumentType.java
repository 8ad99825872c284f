package io.github.payhawk4j.model.expense;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.github.payhawk4j.model.OpenEnum;

import java.util.Map;

/**
 * The kind of document behind an expense ({@code IExpenseDocument.documentType}).
 * Open: unknown values are kept, see {@link OpenEnum}.
 */
public final class DocumentType extends OpenEnum<DocumentType.Known> {

    public static final DocumentType RECEIPT = new DocumentType("receipt", Known.RECEIPT);
    public static final DocumentType INVOICE = new DocumentType("invoice", Known.INVOICE);

    private static final Map<String, DocumentType> KNOWN = index(RECEIPT, INVOICE);

    private DocumentType(String value, Known known) {
        super(value, known, known != Known.UNKNOWN);
    }

    /** The constant for {@code value}, or a new unknown instance holding it. */
    @JsonCreator
    public static DocumentType of(String value) {
        DocumentType known = KNOWN.get(value);
        return known != null ? known : new DocumentType(value, Known.UNKNOWN);
    }

    /**
     * The values of {@link DocumentType} this SDK version knows, as a Java enum to {@code switch} over
     * ({@link DocumentType#known()}); {@link #UNKNOWN} stands for any value Payhawk added later.
     */
    public enum Known {
        /** {@code "receipt"}. */
        RECEIPT,
        /** {@code "invoice"}. */
        INVOICE,
        /** A value this SDK version does not know; {@link DocumentType#value()} has it as sent. */
        UNKNOWN
    }
}
