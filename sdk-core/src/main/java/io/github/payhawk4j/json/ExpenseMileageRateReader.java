package io.github.payhawk4j.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.type.TypeFactory;

import io.github.payhawk4j.model.expense.ExpenseMileageRate;
import io.github.payhawk4j.model.expense.MileageRateType;
import io.github.payhawk4j.model.expense.MileageThresholdType;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Reads {@link ExpenseMileageRate} into its builder by field name, as Jackson's builder path would (see {@link ModelReader}).
 * Written by {@code sdk-core/tools/generate_model_readers.py} from the builder's fields.
 */
final class ExpenseMileageRateReader extends ModelReader<ExpenseMileageRate> {

    private static final long serialVersionUID = 1L;
    /** The fields in the order the API writes them (the builder's), each tried first after the one before. */
    private static final SerializableString[] NAMES = names("type", "thresholdType", "accumulatedMilage",
            "thresholdDefinitions", "rates");

    private transient JsonDeserializer<Object> typeReader;
    private transient JsonDeserializer<Object> thresholdTypeReader;
    private transient JsonDeserializer<Object> accumulatedMileageReader;
    private transient JsonDeserializer<Object> thresholdDefinitionsReader;
    private transient JsonDeserializer<Object> ratesReader;

    ExpenseMileageRateReader() {
        super(ExpenseMileageRate.class, NAMES);
    }

    @Override
    protected void resolveFields(DeserializationContext context) throws JsonMappingException {
        TypeFactory types = context.getTypeFactory();
        typeReader = find(context, types.constructType(MileageRateType.class));
        thresholdTypeReader = find(context, types.constructType(MileageThresholdType.class));
        accumulatedMileageReader = find(context, types.constructType(BigDecimal.class));
        thresholdDefinitionsReader = find(context, types.constructCollectionType(List.class, String.class));
        ratesReader = find(context, types.constructMapType(Map.class, String.class, Object.class));
    }

    @Override
    protected ExpenseMileageRate read(String firstField, JsonParser parser, DeserializationContext context, RepeatedStrings table)
            throws IOException {
        ExpenseMileageRate.Builder builder = ExpenseMileageRate.builder();
        RepeatedStrings repeated = table != null ? table : RepeatedStrings.of(context);
        int at = -1;
        for (String name = firstField; name != null; name = nextName(parser, NAMES, at)) {
            parser.nextToken();
            int field = at + 1 < NAMES.length && name == NAMES[at + 1].getValue() ? at + 1 : position(name);
            try {
                switch (field) {
                    case 0 -> builder.type(parser.hasToken(JsonToken.VALUE_STRING) ? MileageRateType.of(repeated.text(parser))
                            : (MileageRateType) value(parser, context, typeReader));
                    case 1 -> builder.thresholdType(parser.hasToken(JsonToken.VALUE_STRING) ? MileageThresholdType.of(repeated.text(parser))
                            : (MileageThresholdType) value(parser, context, thresholdTypeReader));
                    case 2 -> builder.accumulatedMileage((BigDecimal) value(parser, context, accumulatedMileageReader));
                    case 3 -> builder.thresholdDefinitions(list(value(parser, context, thresholdDefinitionsReader)));
                    case 4 -> builder.rates(map(value(parser, context, ratesReader)));
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
            case "type" -> 0;
            case "thresholdType" -> 1;
            case "accumulatedMilage" -> 2;
            case "thresholdDefinitions" -> 3;
            case "rates" -> 4;
            default -> -1;
        };
    }
}
