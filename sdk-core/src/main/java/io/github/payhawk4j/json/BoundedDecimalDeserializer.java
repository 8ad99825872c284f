package io.github.payhawk4j.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
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
    /** Digits that always fit a {@code long}. */
    private static final int LONG_DIGITS = 18;

    BoundedDecimalDeserializer() {
        super(BigDecimal.class);
    }

    @Override
    public BigDecimal deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (parser.hasToken(JsonToken.VALUE_NUMBER_FLOAT)) {
            BigDecimal plain = plainDecimal(parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength());
            if (plain != null) {
                return plain;
            }
        }
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

    /**
     * The number an amount almost always is, read without Jackson's text-to-{@code BigDecimal} path: an optional
     * minus, at most {@value #LONG_DIGITS} digits and at most one point, as {@code BigDecimal.valueOf(unscaled,
     * scale)}, equal to (same unscaled value and scale as) what {@code new BigDecimal(text)} reads; within every
     * bound by construction. Null for anything else (an exponent, more digits), which Jackson reads as before.
     */
    static BigDecimal plainDecimal(char[] chars, int offset, int length) {
        int i = offset;
        int end = offset + length;
        boolean negative = i < end && chars[i] == '-';
        if (negative) {
            i++;
        }
        long unscaled = 0;
        int digits = 0;
        int point = -1;
        for (; i < end; i++) {
            char c = chars[i];
            if (c >= '0' && c <= '9') {
                if (++digits > LONG_DIGITS) {
                    return null;
                }
                unscaled = unscaled * 10 + (c - '0');
            } else if (c == '.' && point < 0) {
                point = i;
            } else {
                return null;
            }
        }
        if (digits == 0) {
            return null;
        }
        int scale = point < 0 ? 0 : end - point - 1;
        return BigDecimal.valueOf(negative ? -unscaled : unscaled, scale);
    }
}
