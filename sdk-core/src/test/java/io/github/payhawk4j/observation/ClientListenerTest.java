package io.github.payhawk4j.observation;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.payhawk4j.client.PayhawkClient;
import io.github.payhawk4j.client.TestClientBuilder;
import io.github.payhawk4j.error.ApiConnectionException;
import io.github.payhawk4j.http.RecordingSleeper;
import io.github.payhawk4j.http.ResponsesInTurn;
import io.github.payhawk4j.model.expense.Expense;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What a {@link PayhawkClientListener} is told, against WireMock: every attempt with its operation template (no
 * ids), status, retry number, {@code Retry-After} and rate-limit wait, for blocking and async calls; and a
 * listener that throws does not break a call.
 */
class ClientListenerTest {

    private static final String EXPENSE = "/api/v3/accounts/acme/expenses/1207";
    private static final ApiOperation GET_EXPENSE = new ApiOperation("GET", "/accounts/{accountId}/expenses/{expenseId}");

    @RegisterExtension
    static WireMockExtension payhawk = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private final RecordingSleeper sleeper = new RecordingSleeper();
    private final RecordingListener listener = new RecordingListener();

    private PayhawkClient client(PayhawkClientListener observer) {
        return TestClientBuilder.withSleeper(sleeper).apiKey("sk_live_SECRET_123").accountId("acme")
                .baseUrl(payhawk.baseUrl()).disableRateLimit().listener(observer).build();
    }

    @Test
    void a429ThenA200IsTwoAttemptsOfOneCallWithTheRetryAfterAndTheOperationTemplate() {
        ResponsesInTurn.stub(payhawk, () -> get(EXPENSE),
                aResponse().withStatus(429).withHeader("Retry-After", "2"), okJson("{\"id\":\"1207\"}"));

        assertThat(client(listener).expenses().get("1207").id()).isEqualTo("1207");

        List<Object> events = listener.events();
        assertThat(events).hasSize(4);
        AttemptStarted first = (AttemptStarted) events.get(0);
        AttemptFinished throttled = (AttemptFinished) events.get(1);
        AttemptStarted retry = (AttemptStarted) events.get(2);
        AttemptFinished ok = (AttemptFinished) events.get(3);

        assertThat(first.operation()).isEqualTo(GET_EXPENSE);
        assertThat(first.operation().toString()).isEqualTo("GET /accounts/{accountId}/expenses/{expenseId}")
                .doesNotContain("1207").doesNotContain("acme");
        assertThat(first.attempt()).isEqualTo(1);
        assertThat(first.retry()).isZero();
        assertThat(first.maxAttempts()).isEqualTo(4);

        assertThat(throttled.throttled()).isTrue();
        assertThat(throttled.statusCode()).hasValue(429);
        assertThat(throttled.outcome()).isEqualTo("429");
        assertThat(throttled.retryAfterWait()).contains(Duration.ofSeconds(2));
        assertThat(throttled.willRetry()).isTrue();
        assertThat(throttled.nextRetryIn()).isEqualTo(Duration.ofSeconds(2));
        assertThat(throttled.duration()).isGreaterThanOrEqualTo(Duration.ZERO);

        assertThat(retry.attempt()).isEqualTo(2);
        assertThat(retry.retry()).isEqualTo(1);
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.willRetry()).isFalse();
        assertThat(ok.retryAfterWait()).isEmpty();
        assertThat(ok.retry()).isEqualTo(1);

        assertThat(events).allSatisfy(event -> assertThat(callIdOf(event)).isEqualTo(first.callId()));
    }

    @Test
    void eachCallHasItsOwnIdAndAFailureWithoutResponseIsReportedWithItsException() {
        PayhawkClient client = TestClientBuilder.withSleeper(sleeper).apiKey("sk_live_SECRET_123").accountId("acme")
                .baseUrl("http://127.0.0.1:1").maxRetries(1).disableRateLimit().listener(listener).build();

        assertThatThrownBy(() -> client.expenses().get("1207")).isInstanceOf(ApiConnectionException.class);

        List<AttemptFinished> finished = listener.finished();
        assertThat(finished).hasSize(2);
        assertThat(finished.get(0).statusCode()).isEmpty();
        assertThat(finished.get(0).failure()).isInstanceOf(ApiConnectionException.class);
        assertThat(finished.get(0).outcome()).isEqualTo("ApiConnectionException");
        assertThat(finished.get(0).willRetry()).isTrue();
        assertThat(finished.get(1).willRetry()).isFalse();

        assertThatThrownBy(() -> client.expenses().get("1207")).isInstanceOf(ApiConnectionException.class);
        assertThat(listener.finished().get(2).callId()).isNotEqualTo(finished.get(0).callId());
    }

    @Test
    void asyncCallsReportTheirAttemptsToo() {
        ResponsesInTurn.stub(payhawk, () -> get(EXPENSE),
                aResponse().withStatus(429).withHeader("Retry-After", "1"), okJson("{\"id\":\"1207\"}"));

        assertThat(client(listener).async().expenses().get("1207").orTimeout(30, TimeUnit.SECONDS).join().id())
                .isEqualTo("1207");

        assertThat(listener.finished()).extracting(AttemptFinished::attempt, AttemptFinished::status,
                        AttemptFinished::retryAfter)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, 429, Duration.ofSeconds(1)),
                        org.assertj.core.groups.Tuple.tuple(2, 200, null));
        assertThat(listener.started()).extracting(AttemptStarted::operation).containsOnly(GET_EXPENSE);
    }

    /**
     * Async calls reserve their slots in call order at once, so with one request per second the second and third
     * call must wait for theirs; the wait the limiter asked for is part of the reported rate-limit wait.
     */
    @Test
    void aBurstAboveTheRateLimitReportsTheTimeEachAttemptWaitedForItsSlot() {
        payhawk.stubFor(get(urlPathMatching("/api/v3/accounts/acme/expenses/.+")).willReturn(okJson("{\"id\":\"e\"}")));
        PayhawkClient client = TestClientBuilder.withSleeper(sleeper).apiKey("sk_live_SECRET_123").accountId("acme")
                .baseUrl(payhawk.baseUrl()).rateLimit(1).listener(listener).build();

        List<CompletableFuture<Expense>> calls = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            calls.add(client.async().expenses().get("e" + i));
        }
        CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).orTimeout(30, TimeUnit.SECONDS).join();

        List<Duration> limiterSleeps = sleeper.waits();
        assertThat(limiterSleeps).as("the limiter made two of three calls wait").hasSize(2);
        List<Duration> reported = listener.started().stream().map(AttemptStarted::rateLimitWait).sorted().toList();
        assertThat(reported).hasSize(3).allSatisfy(wait -> assertThat(wait).isGreaterThanOrEqualTo(Duration.ZERO));
        assertThat(reported.get(1)).isGreaterThanOrEqualTo(limiterSleeps.stream().min(Duration::compareTo).orElseThrow());
        assertThat(reported.get(2)).isGreaterThanOrEqualTo(limiterSleeps.stream().max(Duration::compareTo).orElseThrow());
        assertThat(listener.started()).extracting(event -> event.operation().pathTemplate())
                .containsOnly("/accounts/{accountId}/expenses/{expenseId}");
    }

    @Test
    void aListenerThatThrowsDoesNotBreakBlockingOrAsyncCalls() {
        payhawk.stubFor(get(EXPENSE).willReturn(okJson("{\"id\":\"1207\"}")));
        PayhawkClientListener broken = new PayhawkClientListener() {
            @Override
            public void attemptStarted(AttemptStarted event) {
                throw new IllegalStateException("metrics backend down");
            }

            @Override
            public void attemptFinished(AttemptFinished event) {
                throw new IllegalStateException("metrics backend down");
            }
        };
        PayhawkClient client = client(broken);

        assertThat(client.expenses().get("1207").id()).isEqualTo("1207");
        assertThat(client.async().expenses().get("1207").orTimeout(30, TimeUnit.SECONDS).join().id()).isEqualTo("1207");
        payhawk.verify(2, getRequestedFor(urlPathEqualTo(EXPENSE)));
    }

    @Test
    void theDefaultListenerIgnoresEverything() {
        payhawk.stubFor(get(EXPENSE).willReturn(okJson("{\"id\":\"1207\"}")));
        PayhawkClient client = TestClientBuilder.withSleeper(sleeper).apiKey("sk_live_SECRET_123").accountId("acme")
                .baseUrl(payhawk.baseUrl()).build();

        assertThat(client.expenses().get("1207").id()).isEqualTo("1207");
        assertThatThrownBy(() -> PayhawkClient.builder().listener(null)).isInstanceOf(NullPointerException.class);
    }

    private static long callIdOf(Object event) {
        return event instanceof AttemptStarted started ? started.callId() : ((AttemptFinished) event).callId();
    }

    /** Keeps every event in the order it was told. Thread-safe. */
    private static final class RecordingListener implements PayhawkClientListener {
        private final List<Object> events = new ArrayList<>();

        @Override
        public synchronized void attemptStarted(AttemptStarted event) {
            events.add(event);
        }

        @Override
        public synchronized void attemptFinished(AttemptFinished event) {
            events.add(event);
        }

        synchronized List<Object> events() {
            return List.copyOf(events);
        }

        synchronized List<AttemptStarted> started() {
            return events.stream().filter(AttemptStarted.class::isInstance).map(AttemptStarted.class::cast).toList();
        }

        synchronized List<AttemptFinished> finished() {
            return events.stream().filter(AttemptFinished.class::isInstance).map(AttemptFinished.class::cast).toList();
        }
    }
}
