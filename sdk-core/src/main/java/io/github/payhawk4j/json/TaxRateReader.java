package io.github.payhawk4j.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.type.TypeFactory;

import io.github.payhawk4j.model.expense.TaxRate;

import java.io.IOException;
import java.math.BigDecimal;

/**
 * Reads {@link TaxRate} into its builder by field name, as Jackson's builder path would (see {@link ModelReader}).
 * Written by {@code sdk-core/tools/generate_model_readers.py} from the builder's fields.
 */
final class TaxRateReader extends ModelReader<TaxRate> {

    private static final long serialVersionUID = 1L;

    private transient JsonDeserializer<Object> rateReader;

    TaxRateReader() {
        super(TaxRate.class);
    }

    @Override
    protected void resolveFields(DeserializationContext context) throws JsonMappingException {
        TypeFactory types = context.getTypeFactory();
        rateReader = find(context, types.constructType(BigDecimal.class));
    }

    @Override
    protected TaxRate read(String firstField, JsonParser parser, DeserializationContext context) throws IOException {
        TaxRate.Builder builder = TaxRate.builder();
        for (String name = firstField; name != null; name = parser.nextFieldName()) {
            parser.nextToken();
            try {
                switch (name) {
                    case "name" -> builder.name(string(parser, context));
                    case "code" -> builder.code(string(parser, context));
                    case "rate" -> builder.rate((BigDecimal) value(parser, context, rateReader));
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
