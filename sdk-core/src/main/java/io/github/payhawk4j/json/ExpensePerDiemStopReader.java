package io.github.payhawk4j.json;

import com.fasterxml.jackson.core.JsonParser;
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

    private transient JsonDeserializer<Object> dateReader;

    ExpensePerDiemStopReader() {
        super(ExpensePerDiemStop.class);
    }

    @Override
    protected void resolveFields(DeserializationContext context) throws JsonMappingException {
        TypeFactory types = context.getTypeFactory();
        dateReader = find(context, types.constructType(Instant.class));
    }

    @Override
    protected ExpensePerDiemStop read(String firstField, JsonParser parser, DeserializationContext context) throws IOException {
        ExpensePerDiemStop.Builder builder = ExpensePerDiemStop.builder();
        for (String name = firstField; name != null; name = parser.nextFieldName()) {
            parser.nextToken();
            try {
                switch (name) {
                    case "address" -> builder.address(string(parser, context));
                    case "date" -> builder.date((Instant) value(parser, context, dateReader));
                    case "timezone" -> builder.timezone(string(parser, context));
                    case "countryCode" -> builder.countryCode(string(parser, context));
                    case "city" -> builder.city(string(parser, context));
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
