package io.github.payhawk4j.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.type.TypeFactory;

import io.github.payhawk4j.model.expense.DistanceUnit;
import io.github.payhawk4j.model.expense.ExpenseMileage;
import io.github.payhawk4j.model.expense.ExpenseMileageRate;
import io.github.payhawk4j.model.expense.ExpenseMileageStop;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;

/**
 * Reads {@link ExpenseMileage} into its builder by field name, as Jackson's builder path would (see {@link ModelReader}).
 * Written by {@code sdk-core/tools/generate_model_readers.py} from the builder's fields.
 */
final class ExpenseMileageReader extends ModelReader<ExpenseMileage> {

    private static final long serialVersionUID = 1L;

    private transient JsonDeserializer<Object> routeStopsReader;
    private transient JsonDeserializer<Object> isRoundTripReader;
    private transient JsonDeserializer<Object> distanceReader;
    private transient JsonDeserializer<Object> distanceUnitReader;
    private transient JsonDeserializer<Object> editedDistanceReader;
    private transient JsonDeserializer<Object> appliedRatesReader;

    ExpenseMileageReader() {
        super(ExpenseMileage.class);
    }

    @Override
    protected void resolveFields(DeserializationContext context) throws JsonMappingException {
        TypeFactory types = context.getTypeFactory();
        routeStopsReader = find(context, types.constructCollectionType(List.class, ExpenseMileageStop.class));
        isRoundTripReader = find(context, types.constructType(boolean.class));
        distanceReader = find(context, types.constructType(BigDecimal.class));
        distanceUnitReader = find(context, types.constructType(DistanceUnit.class));
        editedDistanceReader = find(context, types.constructType(BigDecimal.class));
        appliedRatesReader = find(context, types.constructType(ExpenseMileageRate.class));
    }

    @Override
    protected ExpenseMileage read(String firstField, JsonParser parser, DeserializationContext context) throws IOException {
        ExpenseMileage.Builder builder = ExpenseMileage.builder();
        for (String name = firstField; name != null; name = parser.nextFieldName()) {
            parser.nextToken();
            try {
                switch (name) {
                    case "routeStops" -> builder.routeStops(list(value(parser, context, routeStopsReader)));
                    case "isRoundTrip" -> builder.isRoundTrip((Boolean) value(parser, context, isRoundTripReader));
                    case "distance" -> builder.distance((BigDecimal) value(parser, context, distanceReader));
                    case "distanceUnit" -> builder.distanceUnit(parser.hasToken(JsonToken.VALUE_STRING) ? DistanceUnit.of(parser.getText())
                            : (DistanceUnit) value(parser, context, distanceUnitReader));
                    case "editedDistance" -> builder.editedDistance((BigDecimal) value(parser, context, editedDistanceReader));
                    case "vehicleType" -> builder.vehicleType(string(parser, context));
                    case "appliedRates" -> builder.appliedRates((ExpenseMileageRate) value(parser, context, appliedRatesReader));
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
