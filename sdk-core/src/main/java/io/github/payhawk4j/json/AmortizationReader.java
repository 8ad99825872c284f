package io.github.payhawk4j.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.type.TypeFactory;

import io.github.payhawk4j.model.expense.Amortization;

import java.io.IOException;
import java.time.Instant;

/**
 * Reads {@link Amortization} into its builder by field name, as Jackson's builder path would (see {@link ModelReader}).
 * Written by {@code sdk-core/tools/generate_model_readers.py} from the builder's fields.
 */
final class AmortizationReader extends ModelReader<Amortization> {

    private static final long serialVersionUID = 1L;
    /** The fields in the order the API writes them (the builder's), each tried first after the one before. */
    private static final SerializableString[] NAMES = names("label", "externalId", "startDate", "endDate");

    private transient JsonDeserializer<Object> startDateReader;
    private transient JsonDeserializer<Object> endDateReader;

    AmortizationReader() {
        super(Amortization.class, NAMES);
    }

    @Override
    protected void resolveFields(DeserializationContext context) throws JsonMappingException {
        TypeFactory types = context.getTypeFactory();
        startDateReader = find(context, types.constructType(Instant.class));
        endDateReader = find(context, types.constructType(Instant.class));
    }

    @Override
    protected Amortization read(String firstField, JsonParser parser, DeserializationContext context, RepeatedStrings table)
            throws IOException {
        Amortization.Builder builder = Amortization.builder();
        RepeatedStrings repeated = table != null ? table : RepeatedStrings.of(context);
        int at = -1;
        for (String name = firstField; name != null; name = nextName(parser, NAMES, at)) {
            parser.nextToken();
            int field = at + 1 < NAMES.length && name == NAMES[at + 1].getValue() ? at + 1 : position(name);
            try {
                switch (field) {
                    case 0 -> builder.label(string(parser, context, repeated));
                    case 1 -> builder.externalId(string(parser, context, repeated));
                    case 2 -> builder.startDate((Instant) value(parser, context, startDateReader));
                    case 3 -> builder.endDate((Instant) value(parser, context, endDateReader));
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
            case "externalId" -> 1;
            case "startDate" -> 2;
            case "endDate" -> 3;
            default -> -1;
        };
    }
}
