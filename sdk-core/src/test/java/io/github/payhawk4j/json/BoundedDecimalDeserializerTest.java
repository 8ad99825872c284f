package io.github.payhawk4j.json;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Decimals are read exactly, scale included, as long as a money amount, a rate or a quantity could have them:
 * at most {@value PayhawkJson#MAX_DECIMAL_SCALE} digits after the point (or that many zeros implied by a positive
 * exponent) and {@value PayhawkJson#MAX_DECIMAL_PRECISION} significant digits. Beyond that a value is refused
 * when read, before any arithmetic on it could throw or run for minutes ({@code 1e100000000 + 1}).
 */
class BoundedDecimalDeserializerTest {

    private final ObjectMapper sdk = PayhawkJson.newObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"1234.10", "-0.01", "0", "0.00", "1E+3", "1e3", "12e-2", "3086400.00", "1.0856234512345678",
            "0.000000000000000000000000000001", "1e30", "999999999999999999999999999999.9999999999"})
    void readsEveryAmountExactly(String number) throws Exception {
        BigDecimal read = sdk.readValue(number, BigDecimal.class);

        assertThat(read).isEqualTo(new BigDecimal(number));
        assertThat(read.scale()).isEqualTo(new BigDecimal(number).scale());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e1000000000", "1e100000000", "1e-1000000000", "1E+31", "1e-31",
            "0.0000000000000000000000000000001", "99999999999999999999999999999999999999999",
            "1.0000000000000000000000000000000000000001"})
    void refusesWhatNoAmountCanBe(String number) {
        assertThatThrownBy(() -> sdk.readValue(number, BigDecimal.class))
                .isInstanceOf(JsonMappingException.class)
                .hasMessageContaining(number);
    }

    @Test
    void aNullStaysNull() throws Exception {
        assertThat(sdk.readValue("null", BigDecimal.class)).isNull();
    }

    @Test
    void aQuotedAmountIsReadAsJacksonReadsIt() throws Exception {
        assertThat(sdk.readValue("\"1234.10\"", BigDecimal.class)).isEqualTo(new BigDecimal("1234.10"));
        assertThatThrownBy(() -> sdk.readValue("\"1e1000000000\"", BigDecimal.class)).isInstanceOf(JsonMappingException.class);
    }

    /** The plain-decimal fast path reads what {@code new BigDecimal(text)} (Jackson's path) reads, scale included. */
    @ParameterizedTest
    @ValueSource(strings = {"0.0", "-0.0", "-0.00", "0.5", "1234.10", "-1234.10", "1249.1", "0.511291", "15.0",
            "123456789012345.678", "999999999999999999.0", "-99999999999999999.9", "0.000000000000000001",
            "9223372036854775807.0", "1234567890123456789.5", "-9223372036854775808.1", "0.0000000000000000001",
            "100000000000000000000.00", "1.5e3", "2E-2", "-0.0e0"})
    void plainDecimalsReadAsJacksonReadsThem(String number) throws Exception {
        BigDecimal jackson = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .readValue(number, BigDecimal.class);
        BigDecimal read = sdk.readValue(number, BigDecimal.class);

        assertThat(read).isEqualTo(jackson).isEqualTo(new BigDecimal(number));
        assertThat(read.scale()).isEqualTo(jackson.scale());
        assertThat(sdk.readValue("[" + number + "]", BigDecimal[].class)).containsExactly(jackson);
        char[] padded = ("x" + number + "y").toCharArray();
        BigDecimal plain = BoundedDecimalDeserializer.plainDecimal(padded, 1, number.length());
        if (number.length() - (number.startsWith("-") ? 1 : 0) - 1 <= 18 && number.indexOf('e') < 0
                && number.indexOf('E') < 0) {
            assertThat(plain).isEqualTo(jackson);
        } else {
            assertThat(plain).as("left to Jackson").isNull();
        }
    }
}
