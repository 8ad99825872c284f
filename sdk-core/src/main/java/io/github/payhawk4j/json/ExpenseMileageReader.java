package io.github.payhawk4j.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
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
    /** The fields in the order the API writes them (the builder's), each tried first after the one before. */
    private static final SerializableString[] NAMES = names("routeStops", "isRoundTrip", "distance", "distanceUnit",
            "editedDistance", "vehicleType", "appliedRates");

    private transient JsonDeserializer<Object> routeStopsReader;
    private transient JsonDeserializer<Object> routeStopsElements;
    private transient JsonDeserializer<Object> distanceReader;
    private transient JsonDeserializer<Object> distanceUnitReader;
    private transient JsonDeserializer<Object> editedDistanceReader;
    private transient JsonDeserializer<Object> appliedRatesReader;

    ExpenseMileageReader() {
        super(ExpenseMileage.class, NAMES);
    }

    @Override
    protected void resolveFields(DeserializationContext context) throws JsonMappingException {
        TypeFactory types = context.getTypeFactory();
        routeStopsReader = find(context, types.constructCollectionType(List.class, ExpenseMileageStop.class));
        routeStopsElements = find(context, types.constructType(ExpenseMileageStop.class));
        distanceReader = find(context, types.constructType(BigDecimal.class));
        distanceUnitReader = find(context, types.constructType(DistanceUnit.class));
        editedDistanceReader = find(context, types.constructType(BigDecimal.class));
        appliedRatesReader = find(context, types.constructType(ExpenseMileageRate.class));
    }

    @Override
    protected ExpenseMileage read(String firstField, JsonParser parser, DeserializationContext context, RepeatedStrings table)
            throws IOException {
        ExpenseMileage.Builder builder = ExpenseMileage.builder();
        RepeatedStrings repeated = table != null ? table : RepeatedStrings.of(context);
        int at = -1;
        for (String name = firstField; name != null; name = nextName(parser, NAMES, at)) {
            parser.nextToken();
            int field = at + 1 < NAMES.length && name == NAMES[at + 1].getValue() ? at + 1 : position(name);
            try {
                switch (field) {
                    case 0 -> builder.routeStops(list(models(parser, context, routeStopsReader, routeStopsElements, repeated)));
                    case 1 -> builder.isRoundTrip(bool(parser, context));
                    case 2 -> builder.distance((BigDecimal) value(parser, context, distanceReader));
                    case 3 -> builder.distanceUnit(parser.hasToken(JsonToken.VALUE_STRING) ? DistanceUnit.of(repeated.text(parser))
                            : (DistanceUnit) value(parser, context, distanceUnitReader));
                    case 4 -> builder.editedDistance((BigDecimal) value(parser, context, editedDistanceReader));
                    case 5 -> builder.vehicleType(string(parser, context, repeated));
                    case 6 -> builder.appliedRates((ExpenseMileageRate) model(parser, context, appliedRatesReader, repeated));
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
            case "routeStops" -> 0;
            case "isRoundTrip" -> 1;
            case "distance" -> 2;
            case "distanceUnit" -> 3;
            case "editedDistance" -> 4;
            case "vehicleType" -> 5;
            case "appliedRates" -> 6;
            default -> -1;
        };
    }
}
