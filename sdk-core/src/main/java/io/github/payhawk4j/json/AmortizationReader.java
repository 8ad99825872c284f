package io.github.payhawk4j.json;

import com.fasterxml.jackson.core.JsonParser;
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

    private transient JsonDeserializer<Object> startDateReader;
    private transient JsonDeserializer<Object> endDateReader;

    AmortizationReader() {
        super(Amortization.class);
    }

    @Override
    protected void resolveFields(DeserializationContext context) throws JsonMappingException {
        TypeFactory types = context.getTypeFactory();
        startDateReader = find(context, types.constructType(Instant.class));
        endDateReader = find(context, types.constructType(Instant.class));
    }

    @Override
    protected Amortization read(String firstField, JsonParser parser, DeserializationContext context) throws IOException {
        Amortization.Builder builder = Amortization.builder();
        for (String name = firstField; name != null; name = parser.nextFieldName()) {
            parser.nextToken();
            try {
                switch (name) {
                    case "label" -> builder.label(string(parser, context));
                    case "externalId" -> builder.externalId(string(parser, context));
                    case "startDate" -> builder.startDate((Instant) value(parser, context, startDateReader));
                    case "endDate" -> builder.endDate((Instant) value(parser, context, endDateReader));
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
