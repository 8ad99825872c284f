package io.github.payhawk4j.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.type.TypeFactory;

import io.github.payhawk4j.model.expense.ExpenseCategory;

import java.io.IOException;
import java.time.Instant;

/**
 * Reads {@link ExpenseCategory} into its builder by field name, as Jackson's builder path would (see {@link ModelReader}).
 * Written by {@code sdk-core/tools/generate_model_readers.py} from the builder's fields.
 */
final class ExpenseCategoryReader extends ModelReader<ExpenseCategory> {

    private static final long serialVersionUID = 1L;

    private transient JsonDeserializer<Object> createdAtReader;

    ExpenseCategoryReader() {
        super(ExpenseCategory.class);
    }

    @Override
    protected void resolveFields(DeserializationContext context) throws JsonMappingException {
        TypeFactory types = context.getTypeFactory();
        createdAtReader = find(context, types.constructType(Instant.class));
    }

    @Override
    protected ExpenseCategory read(String firstField, JsonParser parser, DeserializationContext context) throws IOException {
        ExpenseCategory.Builder builder = ExpenseCategory.builder();
        for (String name = firstField; name != null; name = parser.nextFieldName()) {
            parser.nextToken();
            try {
                switch (name) {
                    case "id" -> builder.id(string(parser, context));
                    case "name" -> builder.name(string(parser, context));
                    case "fullName" -> builder.fullName(string(parser, context));
                    case "parentId" -> builder.parentId(string(parser, context));
                    case "createdAt" -> builder.createdAt((Instant) value(parser, context, createdAtReader));
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
