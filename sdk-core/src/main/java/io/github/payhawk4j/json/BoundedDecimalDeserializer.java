package io.github.payhawk4j.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;

import java.io.IOException;
import java.math.BigDecimal;

/**
 * Reads a {@link BigDecimal} exactly as Jackson does, then refuses one that no amount, rate or quantity can be:
 * more than {@value PayhawkJson#MAX_DECIMAL_SCALE} decimal places, a power of ten beyond
 * 10<sup>{@value PayhawkJson#MAX_DECIMAL_SCALE}</sup>, or more than {@value PayhawkJson#MAX_DECIMAL_PRECISION}
 * significant digits. Twelve characters, {@code 1e1000000000}, read as a valid {@code BigDecimal} on which
 * {@code add} throws and {@code 1e100000000} one on which it runs for seconds; refused here, the response fails
 * with the field named instead of the caller's arithmetic.
 */
final class BoundedDecimalDeserializer extends StdScalarDeserializer<BigDecimal> {

    private static final long serialVersionUID = 1L;

    BoundedDecimalDeserializer() {
        super(BigDecimal.class);
    }

    @Override
    public BigDecimal deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        BigDecimal value = NumberDeserializers.BigDecimalDeserializer.instance.deserialize(parser, context);
        if (value != null && (Math.abs((long) value.scale()) > PayhawkJson.MAX_DECIMAL_SCALE
                || value.precision() > PayhawkJson.MAX_DECIMAL_PRECISION)) {
            String text = parser.getText();
            throw InvalidFormatException.from(parser, text + " is not an amount, rate or quantity: more than "
                    + PayhawkJson.MAX_DECIMAL_SCALE + " decimal places, a power of ten beyond 1e"
                    + PayhawkJson.MAX_DECIMAL_SCALE + " or more than " + PayhawkJson.MAX_DECIMAL_PRECISION
                    + " significant digits", text, BigDecimal.class);
        }
        return value;
    }
}
