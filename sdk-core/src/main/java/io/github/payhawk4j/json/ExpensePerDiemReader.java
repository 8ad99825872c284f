package io.github.payhawk4j.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.type.TypeFactory;

import io.github.payhawk4j.model.expense.ExpensePerDiem;
import io.github.payhawk4j.model.expense.ExpensePerDiemDay;
import io.github.payhawk4j.model.expense.ExpensePerDiemStop;

import java.io.IOException;
import java.util.List;

/**
 * Reads {@link ExpensePerDiem} into its builder by field name, as Jackson's builder path would (see {@link ModelReader}).
 * Written by {@code sdk-core/tools/generate_model_readers.py} from the builder's fields.
 */
final class ExpensePerDiemReader extends ModelReader<ExpensePerDiem> {

    private static final long serialVersionUID = 1L;

    private transient JsonDeserializer<Object> stopsReader;
    private transient JsonDeserializer<Object> daysReader;

    ExpensePerDiemReader() {
        super(ExpensePerDiem.class);
    }

    @Override
    protected void resolveFields(DeserializationContext context) throws JsonMappingException {
        TypeFactory types = context.getTypeFactory();
        stopsReader = find(context, types.constructCollectionType(List.class, ExpensePerDiemStop.class));
        daysReader = find(context, types.constructCollectionType(List.class, ExpensePerDiemDay.class));
    }

    @Override
    protected ExpensePerDiem read(String firstField, JsonParser parser, DeserializationContext context) throws IOException {
        ExpensePerDiem.Builder builder = ExpensePerDiem.builder();
        for (String name = firstField; name != null; name = parser.nextFieldName()) {
            parser.nextToken();
            try {
                switch (name) {
                    case "stops" -> builder.stops(list(value(parser, context, stopsReader)));
                    case "days" -> builder.days(list(value(parser, context, daysReader)));
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
