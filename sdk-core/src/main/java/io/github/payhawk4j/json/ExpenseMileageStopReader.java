package io.github.payhawk4j.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.SerializableString;
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
    /** The fields in the order the API writes them (the builder's), each tried first after the one before. */
    private static final SerializableString[] NAMES = names("label", "coordinates");

    private transient JsonDeserializer<Object> coordinatesReader;

    ExpenseMileageStopReader() {
        super(ExpenseMileageStop.class, NAMES);
    }

    @Override
    protected void resolveFields(DeserializationContext context) throws JsonMappingException {
        TypeFactory types = context.getTypeFactory();
        coordinatesReader = find(context, types.constructType(ExpenseMileageStopCoordinates.class));
    }

    @Override
    protected ExpenseMileageStop read(String firstField, JsonParser parser, DeserializationContext context, RepeatedStrings table)
            throws IOException {
        ExpenseMileageStop.Builder builder = ExpenseMileageStop.builder();
        RepeatedStrings repeated = table != null ? table : RepeatedStrings.of(context);
        int at = -1;
        for (String name = firstField; name != null; name = nextName(parser, NAMES, at)) {
            parser.nextToken();
            int field = at + 1 < NAMES.length && name == NAMES[at + 1].getValue() ? at + 1 : position(name);
            try {
                switch (field) {
                    case 0 -> builder.label(string(parser, context, repeated));
                    case 1 -> builder.coordinates((ExpenseMileageStopCoordinates) model(parser, context, coordinatesReader, repeated));
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
            case "label" -> 0;
            case "coordinates" -> 1;
            default -> -1;
        };
    }
}
