package io.github.payhawk4j.json;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The SDK reads every RFC 3339 date-time exactly as Jackson's own Instant deserializer does, fast path or not, and
 * refuses where Jackson alone would turn a number or a year beyond 9999 into a date nobody wrote; fraction digits
 * beyond nanoseconds, which Jackson alone refuses, are truncated.
 */
class IsoInstantDeserializerTest {

    private final ObjectMapper sdk = PayhawkJson.newObjectMapper();
    private final ObjectMapper jacksonAlone = new ObjectMapper().registerModule(new JavaTimeModule());

    @ParameterizedTest
    @ValueSource(strings = {
            // Payhawk's forms, read by hand.
            "2024-06-09T04:48:23.193Z", "2024-06-09T04:48:23Z", "2024-06-09T04:48:23.1Z",
            "2024-06-09T04:48:23.123456789Z", "2024-02-29T23:59:59.999Z", "1970-01-01T00:00:00Z",
            "0001-01-01T00:00:00Z", "9999-12-31T23:59:59.999999999Z",
            // Other forms, handed to Jackson.
            "2024-06-09T06:48:23.193+02:00", "2024-06-09t04:48:23.193z", "2024-06-09T04:48:23.Z",
            "2024-06-09T23:59:60Z", "2024-06-09T24:00:00Z", "0000-01-01T00:00:00Z",
            // Jackson's coercion of an empty string: null.
            "", "  "
    })
    void readsLikeJacksonAlone(String text) throws Exception {
        String json = "\"" + text + "\"";

        assertThat(sdk.readValue(json, Instant.class)).isEqualTo(jacksonAlone.readValue(json, Instant.class));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "2023-02-29T04:48:23Z", "2024-13-09T04:48:23Z", "2024-06-09T25:48:23Z",
            "2024-06-09T04:48:2xZ", "2024-06-09 04:48:23Z", "2024-06-09T04:48:23.1234567890", "yesterday",
            "2024-06-09T04:48:23.1234567890+25:00", "2024-02-30T04:48:23.1234567890Z"
    })
    void refusesWhatJacksonAloneRefuses(String text) {
        String json = "\"" + text + "\"";

        assertThatThrownBy(() -> jacksonAlone.readValue(json, Instant.class)).isInstanceOf(InvalidFormatException.class);
        assertThatThrownBy(() -> sdk.readValue(json, Instant.class)).isInstanceOf(InvalidFormatException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-06-09T04:48:23.193Z", "2024-06-09T04:48:23Z", "2024-06-09T04:48:23.000001Z"})
    void theFastPathAgreesWithInstantParse(String text) {
        assertThat(IsoInstantDeserializer.parseUtc(text)).isEqualTo(Instant.parse(text));
    }

    @ParameterizedTest
    @CsvSource({
            "2024-06-09T04:48:23.1234567891Z,        2024-06-09T04:48:23.123456789Z",
            "2024-06-09T04:48:23.1234567899Z,        2024-06-09T04:48:23.123456789Z",
            "2024-06-09T04:48:23.000000000001Z,      2024-06-09T04:48:23Z",
            "2024-12-31T23:59:59.99999999999999Z,    2024-12-31T23:59:59.999999999Z",
            "2024-06-09T06:48:23.1234567891234+02:00, 2024-06-09T04:48:23.123456789Z",
            "2024-06-09t04:48:23.1234567891z,        2024-06-09T04:48:23.123456789Z"
    })
    void readsMoreThanNineFractionDigitsTruncatedToNanoseconds(String text, String expected) throws Exception {
        // RFC 3339 allows any number of fraction digits; Instant holds nanoseconds, so the rest is cut off
        // (truncated, never rounded up: 23:59:59.9999999999 stays in the same second, day and year).
        assertThat(sdk.readValue("\"" + text + "\"", Instant.class)).isEqualTo(Instant.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "1717908503", "1717908503.193", "1e1000000000", "-1", "true", "{\"epochSecond\":1}", "[2024,6,9]",
            "\"+12024-06-09T04:48:23Z\"", "\"+300000000-01-01T00:00:00Z\"", "\"-0001-01-01T00:00:00Z\"",
            "\"12024-06-09T04:48:23Z\"", "\"1717908503\""
    })
    void refusesNumbersAndYearsOutsideRfc3339(String json) {
        // Jackson alone reads 1e1000000000 as 1970-01-01 and years beyond 9999 as they come.
        assertThatThrownBy(() -> sdk.readValue(json, Instant.class))
                .isInstanceOf(JsonMappingException.class)
                .hasMessageContaining("RFC 3339");
    }
}
