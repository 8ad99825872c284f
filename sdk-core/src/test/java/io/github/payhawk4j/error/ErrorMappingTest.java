package io.github.payhawk4j.error;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.payhawk4j.client.PayhawkClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.stream.Stream;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Every non-2xx status becomes the {@link PayhawkException} subclass a caller can act on, carrying
 * the status, Payhawk's error code and message, the method, path and request id, and never the key.
 * Retries are off here so each status is seen exactly as the server sent it.
 */
class ErrorMappingTest {

    private static final String API_KEY = "sk_live_SECRET_123";
    private static final String PATH = "/api/v3/accounts/acme/expenses/1207";

    @RegisterExtension
    static WireMockExtension payhawk = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    static Stream<Arguments> statuses() {
        return Stream.of(
                Arguments.of(400, InvalidRequestException.class),
                Arguments.of(401, AuthenticationException.class),
                Arguments.of(403, PermissionException.class),
                Arguments.of(404, NotFoundException.class),
                Arguments.of(409, UnexpectedResponseException.class),
                Arguments.of(422, InvalidRequestException.class),
                Arguments.of(429, RateLimitedException.class),
                Arguments.of(500, ServerException.class),
                Arguments.of(502, ServerException.class),
                Arguments.of(503, ServerException.class),
                Arguments.of(504, ServerException.class));
    }

    @ParameterizedTest(name = "HTTP {0} -> {1}")
    @MethodSource("statuses")
    void eachStatusMapsToItsExceptionWithPayhawksCodeAndMessage(int status, Class<? extends PayhawkException> expected) {
        payhawk.stubFor(get(PATH).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json")
                .withHeader("X-Request-Id", "req-8f3a")
                .withBody("{\"code\":\"E" + status + "\",\"message\":\"what went wrong " + status + "\"}")));

        PayhawkException error = catchThrowableOfType(PayhawkException.class, () -> client().expenses().get("1207"));

        assertThat(error).isExactlyInstanceOf(expected);
        assertThat(error.statusCode()).isEqualTo(status);
        assertThat(error.code()).contains("E" + status);
        assertThat(error.apiMessage()).contains("what went wrong " + status);
        assertThat(error.method()).isEqualTo("GET");
        assertThat(error.path()).isEqualTo(PATH);
        assertThat(error.requestId()).contains("req-8f3a");
        assertThat(error.getMessage()).contains("GET " + PATH, String.valueOf(status), "E" + status,
                "what went wrong " + status, "req-8f3a");
        assertThat(everythingShownOf(error)).doesNotContain(API_KEY);
    }

    @Test
    void rateLimitedCarriesTheRetryAfterPayhawkAskedFor() {
        payhawk.stubFor(get(PATH).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "30")
                .withBody("{\"code\":\"TooManyRequests\",\"message\":\"slow down\"}")));

        RateLimitedException error = catchThrowableOfType(RateLimitedException.class, () -> client().expenses().get("1207"));

        assertThat(error.retryAfter()).contains(Duration.ofSeconds(30));
    }

    @Test
    void rateLimitedWithoutRetryAfterHasNoWait() {
        payhawk.stubFor(get(PATH).willReturn(aResponse().withStatus(429)));

        RateLimitedException error = catchThrowableOfType(RateLimitedException.class, () -> client().expenses().get("1207"));

        assertThat(error.retryAfter()).isEmpty();
    }

    @Test
    void anHtmlErrorPageStillMapsByStatus() {
        payhawk.stubFor(get(PATH).willReturn(aResponse().withStatus(502).withHeader("Content-Type", "text/html")
                .withBody("<html><body><h1>502 Bad Gateway</h1></body></html>")));

        ServerException error = catchThrowableOfType(ServerException.class, () -> client().expenses().get("1207"));

        assertThat(error.statusCode()).isEqualTo(502);
        assertThat(error.code()).isEmpty();
        assertThat(error.apiMessage()).isEmpty();
        assertThat(error.requestId()).isEmpty();
        assertThat(error.path()).isEqualTo(PATH);
    }

    @Test
    void anEmptyOrNonObjectErrorBodyStillMapsByStatus() {
        payhawk.stubFor(get(PATH).willReturn(aResponse().withStatus(404)));
        payhawk.stubFor(get("/api/v3/accounts/acme/expenses/1208").willReturn(aResponse().withStatus(403).withBody("[\"no\"]")));

        NotFoundException notFound = catchThrowableOfType(NotFoundException.class, () -> client().expenses().get("1207"));
        PermissionException forbidden = catchThrowableOfType(PermissionException.class, () -> client().expenses().get("1208"));

        assertThat(notFound.code()).isEmpty();
        assertThat(forbidden.code()).isEmpty();
        assertThat(forbidden.apiMessage()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"{\"code\":\"E400\",\"message\":null}", "{\"code\":\"E400\"}",
            "{\"code\":\"E400\",\"message\":\"\"}", "{\"code\":\"E400\",\"message\":{\"text\":\"x\"}}"})
    void anAbsentNullOrEmptyMessageIsNoMessage(String body) {
        payhawk.stubFor(get(PATH).willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                .withBody(body)));

        InvalidRequestException error = catchThrowableOfType(InvalidRequestException.class, () -> client().expenses().get("1207"));

        assertThat(error.apiMessage()).isEmpty();
        assertThat(error.code()).contains("E400");
        assertThat(error.getMessage()).isEqualTo("GET " + PATH + " returned HTTP 400 (E400)").doesNotContain("null");
    }

    @Test
    void aNullCodeIsNoCode() {
        payhawk.stubFor(get(PATH).willReturn(aResponse().withStatus(400).withBody("{\"code\":null,\"message\":\"bad filter\"}")));

        InvalidRequestException error = catchThrowableOfType(InvalidRequestException.class, () -> client().expenses().get("1207"));

        assertThat(error.code()).isEmpty();
        assertThat(error.apiMessage()).contains("bad filter");
        assertThat(error.getMessage()).isEqualTo("GET " + PATH + " returned HTTP 400: bad filter");
    }

    @Test
    void theRequestIdIsReadFromAlternativeHeaders() {
        payhawk.stubFor(get(PATH).willReturn(aResponse().withStatus(404).withHeader("X-Correlation-Id", "corr-1")));

        NotFoundException error = catchThrowableOfType(NotFoundException.class, () -> client().expenses().get("1207"));

        assertThat(error.requestId()).contains("corr-1");
    }

    @Test
    void aSuccessfulResponseWithMalformedJsonIsAnUnexpectedResponse() {
        payhawk.stubFor(get(PATH).willReturn(okJson("{\"id\": \"1207\", \"createdAt\": ").withHeader("X-Request-Id", "req-9")));

        UnexpectedResponseException error = catchThrowableOfType(UnexpectedResponseException.class,
                () -> client().expenses().get("1207"));

        assertThat(error.statusCode()).isEqualTo(200);
        assertThat(error.method()).isEqualTo("GET");
        assertThat(error.path()).isEqualTo(PATH);
        assertThat(error.requestId()).contains("req-9");
        assertThat(error.getCause()).isNotNull();
        assertThat(everythingShownOf(error)).doesNotContain(API_KEY);
    }

    @Test
    void theMappedPathIsWithoutQueryAndIdsStayEncoded() {
        payhawk.stubFor(get("/api/v3/accounts/acme/expenses/a%2Fb").willReturn(aResponse().withStatus(404)));

        NotFoundException error = catchThrowableOfType(NotFoundException.class, () -> client().expenses().get("a/b"));

        assertThat(error.path()).isEqualTo("/api/v3/accounts/acme/expenses/a%2Fb");
    }

    @Test
    void aFailureWithoutResponseHasStatusZeroAndNeverTheKey() {
        payhawk.stubFor(get(PATH).willReturn(aResponse().withFault(com.github.tomakehurst.wiremock.http.Fault.CONNECTION_RESET_BY_PEER)));

        ApiConnectionException error = catchThrowableOfType(ApiConnectionException.class, () -> client().expenses().get("1207"));

        assertThat(error.statusCode()).isZero();
        assertThat(error.code()).isEmpty();
        assertThat(error.requestId()).isEmpty();
        assertThat(error.method()).isEqualTo("GET");
        assertThat(error.path()).isEqualTo(PATH);
        assertThat(error.requestSent()).isTrue();
        assertThat(everythingShownOf(error)).doesNotContain(API_KEY);
    }

    private static PayhawkClient client() {
        return PayhawkClient.builder().apiKey(API_KEY).accountId("acme").baseUrl(payhawk.baseUrl())
                .maxRetries(0).build();
    }

    /** Message, toString and the full stack trace with causes: whatever a log of this exception could show. */
    private static String everythingShownOf(Throwable error) {
        StringWriter trace = new StringWriter();
        error.printStackTrace(new PrintWriter(trace));
        return error.getMessage() + "\n" + error + "\n" + trace;
    }
}
