package io.github.payhawk4j.http;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.payhawk4j.client.PayhawkClient;
import io.github.payhawk4j.client.TestClientBuilder;
import io.github.payhawk4j.error.ApiConnectionException;
import io.github.payhawk4j.error.ApiTimeoutException;
import io.github.payhawk4j.error.NotFoundException;
import io.github.payhawk4j.error.PayhawkException;
import io.github.payhawk4j.error.RateLimitedException;
import io.github.payhawk4j.error.ServerException;
import io.github.payhawk4j.error.UnexpectedResponseException;
import io.github.payhawk4j.model.expense.ExpensePatch;
import io.github.payhawk4j.model.webhook.EventType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.status;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The async twins ({@code getAsync}, {@code createAsync}, ...) keep the sync semantics: the same
 * retries, counted the same way, and the future fails with the same mapped exception as its cause.
 */
class AsyncRetryTest {

    private static final String API_KEY = "sk_live_SECRET_123";
    private static final String EXPENSE = "/api/v3/accounts/acme/expenses/1207";
    private static final String WEBHOOKS = "/api/v3/accounts/acme/webhooks";
    private static final String WEBHOOK = "/api/v3/accounts/acme/webhooks/sub_1";
    private static final String CALLBACK = "https://erp.example/hooks";
    private static final String SUBSCRIPTION_JSON =
            "{\"id\":\"sub_1\",\"eventType\":\"expense.created\",\"callbackUrl\":\"https://erp.example/hooks\",\"status\":\"active\"}";
    private static final ExpensePatch NO_LINKS = ExpensePatch.externalLinks(List.of());

    @RegisterExtension
    static WireMockExtension payhawk = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private final RecordingSleeper sleeper = new RecordingSleeper();

    @ParameterizedTest(name = "getAsync answered {0} every time")
    @ValueSource(ints = {429, 502, 503, 504})
    void getAsyncIsRetriedOnTransientStatusesThenFailsWithTheMappedException(int status) {
        payhawk.stubFor(get(EXPENSE).willReturn(status(status)));

        PayhawkException error = failureOf(client().async().expenses().get("1207"), PayhawkException.class);

        assertThat(error).isInstanceOf(status == 429 ? RateLimitedException.class : ServerException.class);
        assertThat(error.statusCode()).isEqualTo(status);
        payhawk.verify(4, getRequestedFor(urlPathEqualTo(EXPENSE)));
        assertThat(sleeper.waits()).hasSize(3);
    }

    @Test
    void getAsyncSucceedsWhenARetryDoes() throws Exception {
        ResponsesInTurn.stub(payhawk, () -> get(EXPENSE), status(503), status(429), okJson("{\"id\":\"1207\"}"));

        assertThat(client().async().expenses().get("1207").get(60, TimeUnit.SECONDS).id()).isEqualTo("1207");

        payhawk.verify(3, getRequestedFor(urlPathEqualTo(EXPENSE)));
        assertThat(sleeper.waits()).hasSize(2);
    }

    @ParameterizedTest(name = "getAsync failing with {0} every time")
    @EnumSource(value = Fault.class, names = {"CONNECTION_RESET_BY_PEER", "EMPTY_RESPONSE"})
    void getAsyncIsRetriedOnIoFailuresThenFailsWithAConnectionError(Fault fault) {
        payhawk.stubFor(get(EXPENSE).willReturn(aResponse().withFault(fault)));

        ApiConnectionException error = failureOf(client().async().expenses().get("1207"), ApiConnectionException.class);

        assertThat(error.requestSent()).isTrue();
        assertThat(error.path()).isEqualTo(EXPENSE);
        payhawk.verify(4, getRequestedFor(urlPathEqualTo(EXPENSE)));
    }

    @Test
    void getAsyncSucceedsAfterAnIoFailure() throws Exception {
        ResponsesInTurn.stub(payhawk, () -> get(EXPENSE), aResponse().withFault(Fault.EMPTY_RESPONSE), okJson("{\"id\":\"1207\"}"));

        assertThat(client().async().expenses().get("1207").get(60, TimeUnit.SECONDS).id()).isEqualTo("1207");

        payhawk.verify(2, getRequestedFor(urlPathEqualTo(EXPENSE)));
    }

    @Test
    void deleteAsyncIsRetriedLikeGet() throws Exception {
        ResponsesInTurn.stub(payhawk, () -> delete(WEBHOOK),
                status(503), aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER), status(204));

        client().async().webhooks().delete("sub_1").get(60, TimeUnit.SECONDS);

        payhawk.verify(3, deleteRequestedFor(urlPathEqualTo(WEBHOOK)));
    }

    @Test
    void createAsyncIsNotRetriedAfter503() {
        payhawk.stubFor(post(WEBHOOKS).willReturn(status(503)));

        failureOf(client().async().webhooks().create(EventType.EXPENSE_CREATED, CALLBACK), ServerException.class);

        payhawk.verify(1, postRequestedFor(urlPathEqualTo(WEBHOOKS)));
        assertThat(sleeper.waits()).isEmpty();
    }

    @Test
    void createAsyncIsNotRetriedAfterAConnectionReset() {
        payhawk.stubFor(post(WEBHOOKS).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        ApiConnectionException error = failureOf(client().async().webhooks().create(EventType.EXPENSE_CREATED, CALLBACK),
                ApiConnectionException.class);

        assertThat(error.requestSent()).isTrue();
        payhawk.verify(1, postRequestedFor(urlPathEqualTo(WEBHOOKS)));
    }

    @Test
    void createAsyncIsRetriedOn429() throws Exception {
        ResponsesInTurn.stub(payhawk, () -> post(WEBHOOKS), status(429), okJson(SUBSCRIPTION_JSON));

        assertThat(client().async().webhooks().create(EventType.EXPENSE_CREATED, CALLBACK).get(60, TimeUnit.SECONDS).id())
                .isEqualTo("sub_1");

        payhawk.verify(2, postRequestedFor(urlPathEqualTo(WEBHOOKS)));
    }

    @Test
    void createAsyncWithAnInsecureCallbackFailsTheFutureWithoutSending() {
        failureOf(client().async().webhooks().create(EventType.EXPENSE_CREATED, "http://erp.example/hooks"),
                IllegalArgumentException.class);

        payhawk.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void updateAsyncIsNotRetriedAfter503ButIsAfter429() throws Exception {
        payhawk.stubFor(patch(urlPathEqualTo(EXPENSE)).willReturn(status(503)));
        failureOf(client().async().expenses().update("1207", NO_LINKS), ServerException.class);
        payhawk.verify(1, patchRequestedFor(urlPathEqualTo(EXPENSE)));

        payhawk.resetAll();
        ResponsesInTurn.stub(payhawk, () -> patch(urlPathEqualTo(EXPENSE)), status(429), okJson("{\"id\":\"1207\"}"));
        assertThat(client().async().expenses().update("1207", NO_LINKS).get(60, TimeUnit.SECONDS).id()).isEqualTo("1207");
        payhawk.verify(2, patchRequestedFor(urlPathEqualTo(EXPENSE)));
    }

    @Test
    void aPostThatNeverLeftIsRetriedThenFailsAsNotSent() throws IOException {
        ApiConnectionException error;
        try (RefusingPort refusing = RefusingPort.open()) {
            PayhawkClient toClosedPort = TestClientBuilder.withSleeper(sleeper).apiKey(API_KEY).accountId("acme")
                    .baseUrl(refusing.baseUrl()).build();

            error = failureOf(toClosedPort.async().webhooks().create(EventType.EXPENSE_CREATED, CALLBACK),
                    ApiConnectionException.class);
        }

        assertThat(error.requestSent()).isFalse();
        assertThat(error.method()).isEqualTo("POST");
        assertThat(sleeper.waits()).hasSize(3);
    }

    @Test
    void aSlowResponseIsATimeout() {
        payhawk.stubFor(get(EXPENSE).willReturn(okJson("{}").withFixedDelay(10_000)));

        ApiTimeoutException error = failureOf(
                client(b -> b.requestTimeout(Duration.ofSeconds(1)).maxRetries(0)).async().expenses().get("1207"),
                ApiTimeoutException.class);

        assertThat(error.requestSent()).isTrue();
    }

    @Test
    void retryAfterIsHonouredAndItsCapApplies() {
        ResponsesInTurn.stub(payhawk, () -> get(EXPENSE), status(429).withHeader("Retry-After", "2"),
                status(429).withHeader("Retry-After", "120"));

        RateLimitedException error = failureOf(client().async().expenses().get("1207"), RateLimitedException.class);

        assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(2));
        assertThat(error.retryAfter()).contains(Duration.ofSeconds(120));
        payhawk.verify(2, getRequestedFor(urlPathEqualTo(EXPENSE)));
    }

    @Test
    void errorsCarryTheSameDetailsAsSync() {
        payhawk.stubFor(get(EXPENSE).willReturn(aResponse().withStatus(404).withHeader("X-Request-Id", "req-1")
                .withBody("{\"code\":\"NotFound\",\"message\":\"Expense not found\"}")));

        NotFoundException error = failureOf(client().async().expenses().get("1207"), NotFoundException.class);

        assertThat(error.code()).contains("NotFound");
        assertThat(error.apiMessage()).contains("Expense not found");
        assertThat(error.method()).isEqualTo("GET");
        assertThat(error.path()).isEqualTo(EXPENSE);
        assertThat(error.requestId()).contains("req-1");
        assertThat(error.getMessage()).doesNotContain(API_KEY);
    }

    @Test
    void malformedJsonFailsTheFutureAsAnUnexpectedResponse() {
        payhawk.stubFor(get(EXPENSE).willReturn(okJson("{\"id\":")));

        assertThat(failureOf(client().async().expenses().get("1207"), UnexpectedResponseException.class).statusCode())
                .isEqualTo(200);
    }

    @Test
    void maxRetriesZeroMeansASingleAttempt() {
        payhawk.stubFor(get(EXPENSE).willReturn(status(503)));

        failureOf(client(b -> b.maxRetries(0)).async().expenses().get("1207"), ServerException.class);

        payhawk.verify(1, getRequestedFor(urlPathEqualTo(EXPENSE)));
    }

    private PayhawkClient client() {
        return client(b -> b);
    }

    private PayhawkClient client(UnaryOperator<PayhawkClient.Builder> settings) {
        return settings.apply(TestClientBuilder.withSleeper(sleeper).apiKey(API_KEY).accountId("acme").baseUrl(payhawk.baseUrl())).build();
    }

    /**
     * The exception the future failed with, checked to be the same whether the caller uses
     * {@code get} (an {@link ExecutionException}) or {@code join} (a {@link CompletionException}).
     */
    private static <E extends Throwable> E failureOf(CompletableFuture<?> future, Class<E> expected) {
        ExecutionException viaGet = catchThrowableOfType(ExecutionException.class, () -> future.get(60, TimeUnit.SECONDS));
        CompletionException viaJoin = catchThrowableOfType(CompletionException.class, future::join);
        assertThat(viaGet).as("the future should have failed").isNotNull();
        assertThat(viaGet.getCause()).isInstanceOf(expected).isSameAs(viaJoin.getCause());
        return expected.cast(viaGet.getCause());
    }
}
