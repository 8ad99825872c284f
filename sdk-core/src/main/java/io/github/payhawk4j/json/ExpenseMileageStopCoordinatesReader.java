package io.github.payhawk4j.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;

import io.github.payhawk4j.model.expense.ExpenseMileageStopCoordinates;

import java.io.IOException;

/**
 * Reads {@link ExpenseMileageStopCoordinates} into its builder by field name, as Jackson's builder path would (see {@link ModelReader}).
 * Written by {@code sdk-core/tools/generate_model_readers.py} from the builder's fields.
 */
final class ExpenseMileageStopCoordinatesReader extends ModelReader<ExpenseMileageStopCoordinates> {

    private static final long serialVersionUID = 1L;

    ExpenseMileageStopCoordinatesReader() {
        super(ExpenseMileageStopCoordinates.class);
    }

    @Override
    protected ExpenseMileageStopCoordinates read(String firstField, JsonParser parser, DeserializationContext context) throws IOException {
        ExpenseMileageStopCoordinates.Builder builder = ExpenseMileageStopCoordinates.builder();
        for (String name = firstField; name != null; name = parser.nextFieldName()) {
            parser.nextToken();
            try {
                switch (name) {
                    case "latitude" -> builder.latitude(string(parser, context));
                    case "longitude" -> builder.longitude(string(parser, context));
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
