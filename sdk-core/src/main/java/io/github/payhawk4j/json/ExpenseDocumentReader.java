package io.github.payhawk4j.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
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

    private transient JsonDeserializer<Object> documentDateReader;
    private transient JsonDeserializer<Object> filesReader;
    private transient JsonDeserializer<Object> dueDateReader;
    private transient JsonDeserializer<Object> serviceDateReader;
    private transient JsonDeserializer<Object> documentTypeReader;

    ExpenseDocumentReader() {
        super(ExpenseDocument.class);
    }

    @Override
    protected void resolveFields(DeserializationContext context) throws JsonMappingException {
        TypeFactory types = context.getTypeFactory();
        documentDateReader = find(context, types.constructType(Instant.class));
        filesReader = find(context, types.constructCollectionType(List.class, DocumentFile.class));
        dueDateReader = find(context, types.constructType(Instant.class));
        serviceDateReader = find(context, types.constructType(Instant.class));
        documentTypeReader = find(context, types.constructType(DocumentType.class));
    }

    @Override
    protected ExpenseDocument read(String firstField, JsonParser parser, DeserializationContext context) throws IOException {
        ExpenseDocument.Builder builder = ExpenseDocument.builder();
        for (String name = firstField; name != null; name = parser.nextFieldName()) {
            parser.nextToken();
            try {
                switch (name) {
                    case "documentDate" -> builder.documentDate((Instant) value(parser, context, documentDateReader));
                    case "documentNumber" -> builder.documentNumber(string(parser, context));
                    case "files" -> builder.files(list(value(parser, context, filesReader)));
                    case "dueDate" -> builder.dueDate((Instant) value(parser, context, dueDateReader));
                    case "serviceDate" -> builder.serviceDate((Instant) value(parser, context, serviceDateReader));
                    case "documentType" -> builder.documentType(parser.hasToken(JsonToken.VALUE_STRING) ? DocumentType.of(parser.getText())
                            : (DocumentType) value(parser, context, documentTypeReader));
                    default -> builder.putAdditionalProperty(name, tree(parser, context));
                }
            } catch (Exception e) {
                throw wrap(e, builder, name, context);
            }
        }
        try {
            return builder.build();
        } catch (RuntimeException e) {
            return failedBuild(e, context);
        }
    }
}
