package io.github.payhawk4j.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.type.TypeFactory;

import io.github.payhawk4j.model.expense.ExpenseMileageStop;
import io.github.payhawk4j.model.expense.ExpenseMileageStopCoordinates;

import java.io.IOException;

/**
 * Reads {@link ExpenseMileageStop} into its builder by field name, as Jackson's builder path would (see {@link ModelReader}).
 * Written by {@code sdk-core/tools/generate_model_readers.py} from the builder's fields.
 */
final class ExpenseMileageStopReader extends ModelReader<ExpenseMileageStop> {

    private static final long serialVersionUID = 1L;

    private transient JsonDeserializer<Object> coordinatesReader;

    ExpenseMileageStopReader() {
        super(ExpenseMileageStop.class);
    }

    @Override
    protected void resolveFields(DeserializationContext context) throws JsonMappingException {
        TypeFactory types = context.getTypeFactory();
        coordinatesReader = find(context, types.constructType(ExpenseMileageStopCoordinates.class));
    }

    @Override
    protected ExpenseMileageStop read(String firstField, JsonParser parser, DeserializationContext context) throws IOException {
        ExpenseMileageStop.Builder builder = ExpenseMileageStop.builder();
        for (String name = firstField; name != null; name = parser.nextFieldName()) {
            parser.nextToken();
            try {
                switch (name) {
                    case "label" -> builder.label(string(parser, context));
                    case "coordinates" -> builder.coordinates((ExpenseMileageStopCoordinates) value(parser, context, coordinatesReader));
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
