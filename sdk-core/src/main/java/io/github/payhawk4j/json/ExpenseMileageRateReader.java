package io.github.payhawk4j.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
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

    private transient JsonDeserializer<Object> typeReader;
    private transient JsonDeserializer<Object> thresholdTypeReader;
    private transient JsonDeserializer<Object> accumulatedMileageReader;
    private transient JsonDeserializer<Object> thresholdDefinitionsReader;
    private transient JsonDeserializer<Object> ratesReader;

    ExpenseMileageRateReader() {
        super(ExpenseMileageRate.class);
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
    protected ExpenseMileageRate read(String firstField, JsonParser parser, DeserializationContext context) throws IOException {
        ExpenseMileageRate.Builder builder = ExpenseMileageRate.builder();
        for (String name = firstField; name != null; name = parser.nextFieldName()) {
            parser.nextToken();
            try {
                switch (name) {
                    case "type" -> builder.type(parser.hasToken(JsonToken.VALUE_STRING) ? MileageRateType.of(parser.getText())
                            : (MileageRateType) value(parser, context, typeReader));
                    case "thresholdType" -> builder.thresholdType(parser.hasToken(JsonToken.VALUE_STRING) ? MileageThresholdType.of(parser.getText())
                            : (MileageThresholdType) value(parser, context, thresholdTypeReader));
                    case "accumulatedMilage" -> builder.accumulatedMileage((BigDecimal) value(parser, context, accumulatedMileageReader));
                    case "thresholdDefinitions" -> builder.thresholdDefinitions(list(value(parser, context, thresholdDefinitionsReader)));
                    case "rates" -> builder.rates(map(value(parser, context, ratesReader)));
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
