package io.github.payhawk4j.reliability;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.payhawk4j.client.PayhawkClient;
import io.github.payhawk4j.error.UnexpectedResponseException;
import io.github.payhawk4j.json.PayhawkJson;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.util.stream.Stream;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * API responses are read under {@link PayhawkJson}'s deliberate {@code StreamReadConstraints}: a response
 * nested 100,000 deep, with a number longer than {@value PayhawkJson#MAX_NUMBER_LENGTH} digits or a string
 * longer than {@value PayhawkJson#MAX_STRING_LENGTH} characters is an {@link UnexpectedResponseException},
 * never a {@link StackOverflowError} or a giant {@code BigDecimal}. A 200 is not retried.
 */
class HostileApiResponseTest {

    @RegisterExtension
    static WireMockExtension payhawk = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    static Stream<Arguments> hostileBodies() {
        return Stream.of(
                Arguments.of("nested 100,000 deep", "{\"id\":\"1207\",\"customFields\":" + "[".repeat(100_000)
                        + "]".repeat(100_000) + "}"),
                Arguments.of("nested one level past the limit", "{\"id\":\"1207\",\"note\":"
                        + "[".repeat(PayhawkJson.MAX_NESTING_DEPTH) + "]".repeat(PayhawkJson.MAX_NESTING_DEPTH) + "}"),
                Arguments.of("a 100,000-digit amount", "{\"id\":\"1207\",\"totalAmount\":" + "9".repeat(100_000) + "}"),
                Arguments.of("a 65-digit amount", "{\"id\":\"1207\",\"totalAmount\":"
                        + "9".repeat(PayhawkJson.MAX_NUMBER_LENGTH + 1) + "}"),
                Arguments.of("a string over 10 MiB", "{\"id\":\"1207\",\"note\":\""
                        + "x".repeat(PayhawkJson.MAX_STRING_LENGTH + 1) + "\"}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileBodies")
    void aResponseBeyondTheJsonLimitsIsAnUnexpectedResponseNotACrash(String description, String body) {
        payhawk.stubFor(ApiCall.GET_EXPENSE.stub().willReturn(okJson(body)));
        RecordingSleeper sleeper = new RecordingSleeper();

        for (CallMode mode : CallMode.values()) {
            // A client per call: on a reused connection the JDK itself may send a GET again when it finds the
            // connection closed, and the server would count a request the SDK never retried.
            PayhawkClient client = PayhawkClient.builder().apiKey("sk_test_reliability").accountId(ApiCall.ACCOUNT)
                    .baseUrl(payhawk.baseUrl()).disableRateLimit().sleeper(sleeper).build();
            Throwable failure = catchThrowable(() -> mode.run(ApiCall.GET_EXPENSE, client, Duration.ofSeconds(20)));

            assertThat(failure).as(mode.name()).isExactlyInstanceOf(UnexpectedResponseException.class);
            assertThat(((UnexpectedResponseException) failure).statusCode()).isEqualTo(200);
        }
        payhawk.verify(2, ApiCall.GET_EXPENSE.requests());
        assertThat(sleeper.waits()).isEmpty();
    }
}
