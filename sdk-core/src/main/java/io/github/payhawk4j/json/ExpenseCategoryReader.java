package io.github.payhawk4j.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.SerializableString;
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
    /** The fields in the order the API writes them (the builder's), each tried first after the one before. */
    private static final SerializableString[] NAMES = names("id", "name", "fullName", "parentId", "createdAt");

    private transient JsonDeserializer<Object> createdAtReader;

    ExpenseCategoryReader() {
        super(ExpenseCategory.class, NAMES);
    }

    @Override
    protected void resolveFields(DeserializationContext context) throws JsonMappingException {
        TypeFactory types = context.getTypeFactory();
        createdAtReader = find(context, types.constructType(Instant.class));
    }

    @Override
    protected ExpenseCategory read(String firstField, JsonParser parser, DeserializationContext context, RepeatedStrings table)
            throws IOException {
        ExpenseCategory.Builder builder = ExpenseCategory.builder();
        RepeatedStrings repeated = table != null ? table : RepeatedStrings.of(context);
        int at = -1;
        for (String name = firstField; name != null; name = nextName(parser, NAMES, at)) {
            parser.nextToken();
            int field = at + 1 < NAMES.length && name == NAMES[at + 1].getValue() ? at + 1 : position(name);
            try {
                switch (field) {
                    case 0 -> builder.id(string(parser, context, repeated));
                    case 1 -> builder.name(string(parser, context, repeated));
                    case 2 -> builder.fullName(string(parser, context, repeated));
                    case 3 -> builder.parentId(string(parser, context, repeated));
                    case 4 -> builder.createdAt((Instant) value(parser, context, createdAtReader));
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
            case "id" -> 0;
            case "name" -> 1;
            case "fullName" -> 2;
            case "parentId" -> 3;
            case "createdAt" -> 4;
            default -> -1;
        };
    }
}
