package io.github.payhawk4j.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.type.TypeFactory;

import io.github.payhawk4j.model.DocumentFile;
import io.github.payhawk4j.model.expense.DocumentType;
import io.github.payhawk4j.model.expense.ExpenseDocument;

import java.io.IOException;
import java.time.Instant;
import java.util.List;

/**
 * Reads {@link ExpenseDocument} into its builder by field name, as Jackson's builder path would (see {@link ModelReader}).
 * Written by {@code sdk-core/tools/generate_model_readers.py} from the builder's fields.
 */
final class ExpenseDocumentReader extends ModelReader<ExpenseDocument> {

    private static final long serialVersionUID = 1L;
    /** The fields in the order the API writes them (the builder's), each tried first after the one before. */
    private static final SerializableString[] NAMES = names("documentDate", "documentNumber", "files", "dueDate",
            "serviceDate", "documentType");

    private transient JsonDeserializer<Object> documentDateReader;
    private transient JsonDeserializer<Object> filesReader;
    private transient JsonDeserializer<Object> filesElements;
    private transient JsonDeserializer<Object> dueDateReader;
    private transient JsonDeserializer<Object> serviceDateReader;
    private transient JsonDeserializer<Object> documentTypeReader;

    ExpenseDocumentReader() {
        super(ExpenseDocument.class, NAMES);
    }

    @Override
    protected void resolveFields(DeserializationContext context) throws JsonMappingException {
        TypeFactory types = context.getTypeFactory();
        documentDateReader = find(context, types.constructType(Instant.class));
        filesReader = find(context, types.constructCollectionType(List.class, DocumentFile.class));
        filesElements = find(context, types.constructType(DocumentFile.class));
        dueDateReader = find(context, types.constructType(Instant.class));
        serviceDateReader = find(context, types.constructType(Instant.class));
        documentTypeReader = find(context, types.constructType(DocumentType.class));
    }

    @Override
    protected ExpenseDocument read(String firstField, JsonParser parser, DeserializationContext context, RepeatedStrings table)
            throws IOException {
        ExpenseDocument.Builder builder = ExpenseDocument.builder();
        RepeatedStrings repeated = table != null ? table : RepeatedStrings.of(context);
        int at = -1;
        for (String name = firstField; name != null; name = nextName(parser, NAMES, at)) {
            parser.nextToken();
            int field = at + 1 < NAMES.length && name == NAMES[at + 1].getValue() ? at + 1 : position(name);
            try {
                switch (field) {
                    case 0 -> builder.documentDate((Instant) value(parser, context, documentDateReader));
                    case 1 -> builder.documentNumber(string(parser, context, repeated));
                    case 2 -> builder.files(list(models(parser, context, filesReader, filesElements, repeated)));
                    case 3 -> builder.dueDate((Instant) value(parser, context, dueDateReader));
                    case 4 -> builder.serviceDate((Instant) value(parser, context, serviceDateReader));
                    case 5 -> builder.documentType(parser.hasToken(JsonToken.VALUE_STRING) ? DocumentType.of(repeated.text(parser))
                            : (DocumentType) value(parser, context, documentTypeReader));
                    default -> builder.putAdditionalProperty(name, tree(parser, context));
                }
            } catch (Exception e) {
                throw wrap(e, builder, name, context);
            }
            if (field >= 0) {
                at = field;
            }
        }
        try {
            return builder.build();
        } catch (RuntimeException e) {
            return failedBuild(e, context);
        }
    }

    /** The position of field {@code name} in {@link #NAMES}; -1 for a field this model does not know. */
    private static int position(String name) {
        return switch (name) {
            case "documentDate" -> 0;
            case "documentNumber" -> 1;
            case "files" -> 2;
            case "dueDate" -> 3;
            case "serviceDate" -> 4;
            case "documentType" -> 5;
            default -> -1;
        };
    }
}
