package io.github.payhawk4j.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The SDK reads every instant exactly as Jackson's own Instant deserializer does, fast path or not. */
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
            "2024-06-09T23:59:60Z", "+12024-06-09T04:48:23Z", "1717908503"
    })
    void readsLikeJacksonAlone(String text) throws Exception {
        String json = text.matches("\\d+") ? text : "\"" + text + "\"";

        assertThat(sdk.readValue(json, Instant.class)).isEqualTo(jacksonAlone.readValue(json, Instant.class));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "2023-02-29T04:48:23Z", "2024-13-09T04:48:23Z", "2024-06-09T25:48:23Z", "2024-06-09T04:48:23.000000000001Z",
            "2024-06-09T04:48:2xZ", "2024-06-09 04:48:23Z", "2024-06-09T04:48:23.1234567890Z", "yesterday"
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
}
