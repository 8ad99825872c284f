package io.github.payhawk4j.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.type.TypeFactory;

import io.github.payhawk4j.model.expense.ExpensePerDiemStop;

import java.io.IOException;
import java.time.Instant;

/**
 * Reads {@link ExpensePerDiemStop} into its builder by field name, as Jackson's builder path would (see {@link ModelReader}).
 * Written by {@code sdk-core/tools/generate_model_readers.py} from the builder's fields.
 */
final class ExpensePerDiemStopReader extends ModelReader<ExpensePerDiemStop> {

    private static final long serialVersionUID = 1L;
    /** The fields in the order the API writes them (the builder's), each tried first after the one before. */
    private static final SerializableString[] NAMES = names("address", "date", "timezone", "countryCode", "city");

    private transient JsonDeserializer<Object> dateReader;

    ExpensePerDiemStopReader() {
        super(ExpensePerDiemStop.class, NAMES);
    }

    @Override
    protected void resolveFields(DeserializationContext context) throws JsonMappingException {
        TypeFactory types = context.getTypeFactory();
        dateReader = find(context, types.constructType(Instant.class));
    }

    @Override
    protected ExpensePerDiemStop read(String firstField, JsonParser parser, DeserializationContext context, RepeatedStrings table)
            throws IOException {
        ExpensePerDiemStop.Builder builder = ExpensePerDiemStop.builder();
        RepeatedStrings repeated = table != null ? table : RepeatedStrings.of(context);
        int at = -1;
        for (String name = firstField; name != null; name = nextName(parser, NAMES, at)) {
            parser.nextToken();
            int field = at + 1 < NAMES.length && name == NAMES[at + 1].getValue() ? at + 1 : position(name);
            try {
                switch (field) {
                    case 0 -> builder.address(string(parser, context, repeated));
                    case 1 -> builder.date((Instant) value(parser, context, dateReader));
                    case 2 -> builder.timezone(string(parser, context, repeated));
                    case 3 -> builder.countryCode(string(parser, context, repeated));
                    case 4 -> builder.city(string(parser, context, repeated));
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
            case "address" -> 0;
            case "date" -> 1;
            case "timezone" -> 2;
            case "countryCode" -> 3;
            case "city" -> 4;
            default -> -1;
        };
    }
}
