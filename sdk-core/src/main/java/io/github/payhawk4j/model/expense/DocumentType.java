package io.github.payhawk4j.model.expense;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.github.payhawk4j.model.OpenEnum;

import java.util.Map;

/**
 * The kind of document behind an expense ({@code IExpenseDocument.documentType}).
 * Open: unknown values are kept, see {@link OpenEnum}.
 */
public final class DocumentType extends OpenEnum {

    public static final DocumentType RECEIPT = new DocumentType("receipt", true);
    public static final DocumentType INVOICE = new DocumentType("invoice", true);

    private static final Map<String, DocumentType> KNOWN = index(RECEIPT, INVOICE);

    private DocumentType(String value, boolean known) {
        super(value, known);
    }

    /** The constant for {@code value}, or a new unknown instance holding it. */
    @JsonCreator
    public static DocumentType of(String value) {
        DocumentType known = KNOWN.get(value);
        return known != null ? known : new DocumentType(value, false);
    }
}
