package io.github.payhawk4j.http;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.payhawk4j.client.PayhawkClient;
import io.github.payhawk4j.client.TestClientBuilder;
import io.github.payhawk4j.error.ApiConnectionException;
import io.github.payhawk4j.error.ApiTimeoutException;
import io.github.payhawk4j.error.PayhawkException;
import io.github.payhawk4j.error.RateLimitedException;
import io.github.payhawk4j.error.ServerException;
import io.github.payhawk4j.json.PayhawkJson;
import io.github.payhawk4j.model.ExternalLink;
import io.github.payhawk4j.model.expense.ExpensePatch;
import io.github.payhawk4j.model.webhook.EventType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.status;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Which failures are retried, how often and after how long, seen from the server: GET, PUT and
 * DELETE are retried on 429, 502, 503, 504 and I/O failures; POST and PATCH only on 429 and when
 * the request never left. The injected sleeper records the waits instead of sleeping.
 */
class RetryTest {

    private static final String API_KEY = "sk_live_SECRET_123";
    private static final String EXPENSE = "/api/v3/accounts/acme/expenses/1207";
    private static final String WEBHOOKS = "/api/v3/accounts/acme/webhooks";
    private static final String WEBHOOK = "/api/v3/accounts/acme/webhooks/sub_1";
    private static final String SUBSCRIPTION_JSON =
            "{\"id\":\"sub_1\",\"eventType\":\"expense.created\",\"callbackUrl\":\"https://erp.example/hooks\",\"status\":\"active\"}";
    private static final ExpensePatch LINKS = ExpensePatch.externalLinks(List.of());

    @RegisterExtension
    static WireMockExtension payhawk = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private final RecordingSleeper sleeper = new RecordingSleeper();

    // ---- GET ----

    @ParameterizedTest(name = "GET answered {0} every time")
    @ValueSource(ints = {429, 502, 503, 504})
    void getIsRetriedOnTransientStatusesUpToMaxRetriesThenFails(int status) {
        payhawk.stubFor(get(EXPENSE).willReturn(status(status)));

        PayhawkException error = catchThrowableOfType(PayhawkException.class, () -> client().expenses().get("1207"));

        assertThat(error.statusCode()).isEqualTo(status);
        assertThat(error).isInstanceOf(status == 429 ? RateLimitedException.class : ServerException.class);
        payhawk.verify(4, getRequestedFor(urlPathEqualTo(EXPENSE)));
        assertThat(sleeper.waits()).hasSize(3);
    }

    @ParameterizedTest(name = "GET answered {0}, {0}, then 200")
    @ValueSource(ints = {429, 502, 503, 504})
    void getSucceedsWhenARetryDoes(int status) {
        ResponsesInTurn.stub(payhawk, () -> get(EXPENSE), status(status), status(status), okJson("{\"id\":\"1207\"}"));

        assertThat(client().expenses().get("1207").id()).isEqualTo("1207");

        payhawk.verify(3, getRequestedFor(urlPathEqualTo(EXPENSE)));
        assertThat(sleeper.waits()).hasSize(2);
    }

    @ParameterizedTest(name = "GET failing with {0} every time")
    @EnumSource(value = Fault.class, names = {"CONNECTION_RESET_BY_PEER", "EMPTY_RESPONSE"})
    void getIsRetriedOnIoFailuresThenFailsWithAConnectionError(Fault fault) {
        payhawk.stubFor(get(EXPENSE).willReturn(aResponse().withFault(fault)));

        ApiConnectionException error = catchThrowableOfType(ApiConnectionException.class, () -> client().expenses().get("1207"));

        assertThat(error.requestSent()).isTrue();
        payhawk.verify(4, getRequestedFor(urlPathEqualTo(EXPENSE)));
        assertThat(sleeper.waits()).hasSize(3);
    }

    @ParameterizedTest(name = "GET failing with {0} once, then 200")
    @EnumSource(value = Fault.class, names = {"CONNECTION_RESET_BY_PEER", "EMPTY_RESPONSE"})
    void getSucceedsAfterAnIoFailure(Fault fault) {
        ResponsesInTurn.stub(payhawk, () -> get(EXPENSE), aResponse().withFault(fault), okJson("{\"id\":\"1207\"}"));

        assertThat(client().expenses().get("1207").id()).isEqualTo("1207");

        payhawk.verify(2, getRequestedFor(urlPathEqualTo(EXPENSE)));
    }

    @ParameterizedTest(name = "GET answered {0}")
    @ValueSource(ints = {400, 401, 403, 404, 409, 422, 500})
    void otherErrorsAreNotRetried(int status) {
        payhawk.stubFor(get(EXPENSE).willReturn(status(status)));

        assertThatThrownBy(() -> client().expenses().get("1207")).isInstanceOf(PayhawkException.class);

        payhawk.verify(1, getRequestedFor(urlPathEqualTo(EXPENSE)));
        assertThat(sleeper.waits()).isEmpty();
    }

    @Test
    void maxRetriesZeroMeansASingleAttempt() {
        payhawk.stubFor(get(EXPENSE).willReturn(status(503)));

        assertThatThrownBy(() -> client(b -> b.maxRetries(0)).expenses().get("1207")).isInstanceOf(ServerException.class);

        payhawk.verify(1, getRequestedFor(urlPathEqualTo(EXPENSE)));
        assertThat(sleeper.waits()).isEmpty();
    }

    @Test
    void maxRetriesIsConfigurable() {
        payhawk.stubFor(get(EXPENSE).willReturn(status(503)));

        assertThatThrownBy(() -> client(b -> b.maxRetries(5)).expenses().get("1207")).isInstanceOf(ServerException.class);

        payhawk.verify(6, getRequestedFor(urlPathEqualTo(EXPENSE)));
    }

    // ---- PUT and DELETE behave like GET ----

    @Test
    void deleteIsRetriedOn503AndOnConnectionReset() {
        ResponsesInTurn.stub(payhawk, () -> delete(WEBHOOK),
                status(503), aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER), status(204));

        client().webhooks().delete("sub_1");

        payhawk.verify(3, deleteRequestedFor(urlPathEqualTo(WEBHOOK)));
    }

    @Test
    void deleteGivesUpAfterMaxRetries() {
        payhawk.stubFor(delete(WEBHOOK).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        assertThatThrownBy(() -> client().webhooks().delete("sub_1")).isInstanceOf(ApiConnectionException.class);

        payhawk.verify(4, deleteRequestedFor(urlPathEqualTo(WEBHOOK)));
    }

    @Test
    void putIsRetriedOn503AndOnConnectionReset() {
        // No service sends PUT today, so this drives the client's own transport chain directly.
        String path = "/api/v3/accounts/acme/things/1";
        ResponsesInTurn.stub(payhawk, () -> put(path),
                status(503), aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER), status(502), okJson("{}"));
        ApiRequest request = ApiRequest.of("PUT", "accounts", "acme", "things", "1")
                .withBody("{}".getBytes(StandardCharsets.UTF_8), "application/json");

        transportLikeTheClients().call(request, ApiTransport.noContent());

        payhawk.verify(4, putRequestedFor(urlPathEqualTo(path)));
    }

    // ---- POST and PATCH: only 429 and never-sent requests ----

    @Test
    void postIsNotRetriedAfter503() {
        payhawk.stubFor(post(WEBHOOKS).willReturn(status(503)));

        assertThatThrownBy(() -> client().webhooks().create(EventType.EXPENSE_CREATED, "https://erp.example/hooks"))
                .isInstanceOf(ServerException.class);

        payhawk.verify(1, postRequestedFor(urlPathEqualTo(WEBHOOKS)));
        assertThat(sleeper.waits()).isEmpty();
    }

    @ParameterizedTest(name = "POST failing with {0}")
    @EnumSource(value = Fault.class, names = {"CONNECTION_RESET_BY_PEER", "EMPTY_RESPONSE"})
    void postIsNotRetriedAfterAnIoFailureBecauseItMayHaveBeenProcessed(Fault fault) {
        payhawk.stubFor(post(WEBHOOKS).willReturn(aResponse().withFault(fault)));

        ApiConnectionException error = catchThrowableOfType(ApiConnectionException.class,
                () -> client().webhooks().create(EventType.EXPENSE_CREATED, "https://erp.example/hooks"));

        assertThat(error.requestSent()).isTrue();
        payhawk.verify(1, postRequestedFor(urlPathEqualTo(WEBHOOKS)));
    }

    @Test
    void postIsRetriedOn429() {
        ResponsesInTurn.stub(payhawk, () -> post(WEBHOOKS), status(429), status(429), okJson(SUBSCRIPTION_JSON));

        assertThat(client().webhooks().create(EventType.EXPENSE_CREATED, "https://erp.example/hooks").id()).isEqualTo("sub_1");

        payhawk.verify(3, postRequestedFor(urlPathEqualTo(WEBHOOKS)));
    }

    @Test
    void patchIsNotRetriedAfter503OrConnectionReset() {
        ResponsesInTurn.stub(payhawk, () -> patch(urlPathEqualTo(EXPENSE)),
                status(503), aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER), okJson("{}"));

        assertThatThrownBy(() -> client().expenses().update("1207", LINKS)).isInstanceOf(ServerException.class);
        payhawk.verify(1, patchRequestedFor(urlPathEqualTo(EXPENSE)));

        assertThatThrownBy(() -> client().expenses().update("1207", LINKS)).isInstanceOf(ApiConnectionException.class);
        payhawk.verify(2, patchRequestedFor(urlPathEqualTo(EXPENSE)));
        assertThat(sleeper.waits()).isEmpty();
    }

    @Test
    void patchIsRetriedOn429() {
        ResponsesInTurn.stub(payhawk, () -> patch(urlPathEqualTo(EXPENSE)), status(429), okJson("{\"id\":\"1207\"}"));

        assertThat(client().expenses().update("1207", ExpensePatch.externalLinks(
                List.of(ExternalLink.builder().title("erp").url("https://erp.example/1207").build()))).id())
                        .isEqualTo("1207");

        payhawk.verify(2, patchRequestedFor(urlPathEqualTo(EXPENSE)));
    }

    @Test
    void aPostThatNeverLeftIsRetriedThenFailsAsNotSent() throws IOException {
        ApiConnectionException error;
        try (RefusingPort refusing = RefusingPort.open()) {
            PayhawkClient toClosedPort = TestClientBuilder.withSleeper(sleeper).apiKey(API_KEY).accountId("acme")
                    .baseUrl(refusing.baseUrl()).build();

            error = catchThrowableOfType(ApiConnectionException.class,
                    () -> toClosedPort.webhooks().create(EventType.EXPENSE_CREATED, "https://erp.example/hooks"));
        }

        assertThat(error).isNotInstanceOf(ApiTimeoutException.class);
        assertThat(error.requestSent()).isFalse();
        assertThat(error.statusCode()).isZero();
        assertThat(error.method()).isEqualTo("POST");
        assertThat(error.path()).isEqualTo(WEBHOOKS);
        assertThat(sleeper.waits()).as("one wait before each of the 3 retries").hasSize(3);
    }

    // ---- timeouts ----

    @Test
    void aResponseSlowerThanTheRequestTimeoutIsATimeout() {
        payhawk.stubFor(get(EXPENSE).willReturn(okJson("{}").withFixedDelay(10_000)));

        ApiTimeoutException error = catchThrowableOfType(ApiTimeoutException.class,
                () -> client(b -> b.requestTimeout(Duration.ofSeconds(1)).maxRetries(1)).expenses().get("1207"));

        assertThat(error.requestSent()).isTrue();
        assertThat(error.path()).isEqualTo(EXPENSE);
        assertThat(sleeper.waits()).as("a GET that timed out is retried").hasSize(1);
    }

    @Test
    void aPostThatTimedOutIsNotRetriedBecauseItMayHaveBeenProcessed() {
        payhawk.stubFor(post(WEBHOOKS).willReturn(okJson(SUBSCRIPTION_JSON).withFixedDelay(10_000)));

        ApiTimeoutException error = catchThrowableOfType(ApiTimeoutException.class,
                () -> client(b -> b.requestTimeout(Duration.ofSeconds(1)))
                        .webhooks().create(EventType.EXPENSE_CREATED, "https://erp.example/hooks"));

        assertThat(error.requestSent()).isTrue();
        assertThat(sleeper.waits()).isEmpty();
    }

    // ---- how long the waits are ----

    @Test
    void retryAfterInSecondsIsWaitedExactly() {
        ResponsesInTurn.stub(payhawk, () -> get(EXPENSE), status(429).withHeader("Retry-After", "2"), okJson("{}"));

        client().expenses().get("1207");

        assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(2));
        payhawk.verify(2, getRequestedFor(urlPathEqualTo(EXPENSE)));
    }

    @Test
    void retryAfterAsAnHttpDateIsWaitedUntilThatTime() {
        Instant now = Instant.parse("2026-03-10T12:00:00Z");
        String sevenSecondsLater = DateTimeFormatter.RFC_1123_DATE_TIME.format(now.plusSeconds(7).atZone(ZoneOffset.UTC));
        ResponsesInTurn.stub(payhawk, () -> get(EXPENSE), status(503).withHeader("Retry-After", sevenSecondsLater), okJson("{}"));

        client(b -> b.clock(Clock.fixed(now, ZoneOffset.UTC))).expenses().get("1207");

        assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(7));
    }

    @Test
    void aRetryAfterBeyondTheCapIsNotWaitedForButReported() {
        payhawk.stubFor(get(EXPENSE).willReturn(status(429).withHeader("Retry-After", "120")));

        RateLimitedException error = catchThrowableOfType(RateLimitedException.class, () -> client().expenses().get("1207"));

        assertThat(error.retryAfter()).contains(Duration.ofSeconds(120));
        payhawk.verify(1, getRequestedFor(urlPathEqualTo(EXPENSE)));
        assertThat(sleeper.waits()).isEmpty();
    }

    @Test
    void withoutRetryAfterTheBackoffGrowsExponentiallyWithJitter() {
        payhawk.stubFor(get(EXPENSE).willReturn(status(503)));

        assertThatThrownBy(() -> client().expenses().get("1207")).isInstanceOf(ServerException.class);

        List<Duration> waits = sleeper.waits();
        assertThat(waits).hasSize(3);
        assertThat(waits.get(0)).isBetween(Duration.ofMillis(250), Duration.ofMillis(500));
        assertThat(waits.get(1)).isBetween(Duration.ofMillis(500), Duration.ofMillis(1000));
        assertThat(waits.get(2)).isBetween(Duration.ofMillis(1000), Duration.ofMillis(2000));
    }

    private PayhawkClient client() {
        return client(b -> b);
    }

    private PayhawkClient client(java.util.function.UnaryOperator<PayhawkClient.Builder> settings) {
        return settings.apply(TestClientBuilder.withSleeper(sleeper).apiKey(API_KEY).accountId("acme").baseUrl(payhawk.baseUrl())).build();
    }

    /** The same layering PayhawkClient builds, for a method no service uses. */
    private ApiTransport transportLikeTheClients() {
        HttpExecutor jdk = new JdkHttpExecutor(HttpClient.newHttpClient(), null, payhawk.baseUrl(), API_KEY, "payhawk4j-test",
                Duration.ofSeconds(5), PayhawkClient.DEFAULT_MAX_RESPONSE_BYTES);
        HttpExecutor chain = new RetryingHttpExecutor(new RateLimitedHttpExecutor(jdk, RateLimiter.unlimited(), sleeper),
                RetryPolicy.defaults(), sleeper);
        return new ApiTransport(chain, PayhawkJson.newObjectMapper(), Clock.systemUTC());
    }
}
