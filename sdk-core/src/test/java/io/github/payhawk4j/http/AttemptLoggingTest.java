package io.github.payhawk4j.http;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.payhawk4j.client.PayhawkClient;
import io.github.payhawk4j.client.TestClientBuilder;
import io.github.payhawk4j.error.PayhawkException;
import io.github.payhawk4j.model.webhook.EventType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.logging.Level;
import java.util.logging.LogRecord;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.status;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The SDK logs one debug line per attempt (method, path, status or failure, duration, attempt
 * number), never the API key, and nothing with headers or bodies at info or above. A full run of
 * successes, failures and retries is captured from slf4j through java.util.logging.
 */
class AttemptLoggingTest {

    private static final String API_KEY = "sk_live_SECRET_123";
    private static final String ACCOUNT = "/api/v3/accounts/acme";
    private static final String BODY_MARKER = "BODY_MARKER_7c1e";

    @RegisterExtension
    static WireMockExtension payhawk = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private CapturedLog log;

    @BeforeEach
    void captureTheSdksLog() {
        log = CapturedLog.start("io.github.payhawk4j");
    }

    @AfterEach
    void stopCapturing() {
        log.stop();
    }

    @Test
    void aFullRunLogsOneDebugLinePerAttemptAndNeverTheKeyHeadersOrBodies() {
        runCallsWithFailuresAndRetries();

        assertThat(attemptLines()).satisfiesExactly(
                line -> assertThat(line).matches("GET " + ACCOUNT + "/expenses/e1 -> 200 in \\d+ ms \\(attempt 1 of 4\\)"),
                line -> assertThat(line).matches("GET " + ACCOUNT + "/expenses/e2 -> 503 in \\d+ ms \\(attempt 1 of 4\\)"),
                line -> assertThat(line).matches("GET " + ACCOUNT + "/expenses/e2 -> 200 in \\d+ ms \\(attempt 2 of 4\\)"),
                line -> assertThat(line).matches("GET " + ACCOUNT + "/expenses/e3 -> 404 in \\d+ ms \\(attempt 1 of 4\\)"),
                line -> assertThat(line).matches("POST " + ACCOUNT + "/webhooks -> 503 in \\d+ ms \\(attempt 1 of 4\\)"),
                line -> assertThat(line).matches("GET " + ACCOUNT + "/expenses/e4 -> ApiConnectionException in \\d+ ms \\(attempt 1 of 4\\)"),
                line -> assertThat(line).matches("GET " + ACCOUNT + "/expenses/e4 -> ApiConnectionException in \\d+ ms \\(attempt 2 of 4\\)"),
                line -> assertThat(line).matches("GET " + ACCOUNT + "/expenses/e4 -> ApiConnectionException in \\d+ ms \\(attempt 3 of 4\\)"),
                line -> assertThat(line).matches("GET " + ACCOUNT + "/expenses/e4 -> ApiConnectionException in \\d+ ms \\(attempt 4 of 4\\)"),
                line -> assertThat(line).matches("GET " + ACCOUNT + "/expenses/e5 -> 429 in \\d+ ms \\(attempt 1 of 4\\)"),
                line -> assertThat(line).matches("GET " + ACCOUNT + "/expenses/e5 -> 200 in \\d+ ms \\(attempt 2 of 4\\)"),
                line -> assertThat(line).matches("GET " + ACCOUNT + "/expenses/e6 -> 401 in \\d+ ms \\(attempt 1 of 4\\)"));

        assertThat(log.records()).allSatisfy(record ->
                assertThat(CapturedLog.allTextOf(record)).doesNotContain(API_KEY).doesNotContain("SECRET"));
        assertThat(attemptLines()).allSatisfy(line ->
                assertThat(line).doesNotContain(BODY_MARKER).doesNotContainIgnoringCase("x-payhawk-apikey")
                        .doesNotContainIgnoringCase("user-agent"));
        assertThat(log.records()).filteredOn(record -> record.getLevel().intValue() >= Level.INFO.intValue())
                .allSatisfy(record -> assertThat(CapturedLog.allTextOf(record))
                        .doesNotContain(BODY_MARKER)
                        .doesNotContainIgnoringCase("x-payhawk-apikey")
                        .doesNotContainIgnoringCase("user-agent")
                        .doesNotContainIgnoringCase("content-type"));
    }

    @Test
    void nothingIsLoggedWhenDebugIsOff() {
        log.stop();
        log = CapturedLog.start("io.github.payhawk4j", Level.INFO);

        runCallsWithFailuresAndRetries();

        assertThat(log.records()).isEmpty();
    }

    /** Successes, mapped errors, a POST that is not retried, I/O failures and 429s, sync and async. */
    private void runCallsWithFailuresAndRetries() {
        PayhawkClient client = TestClientBuilder.withSleeper(new RecordingSleeper()).apiKey(API_KEY).accountId("acme").baseUrl(payhawk.baseUrl()).build();
        String errorBody = "{\"code\":\"Failed\",\"message\":\"" + BODY_MARKER + "\"}";
        payhawk.stubFor(get(ACCOUNT + "/expenses/e1").willReturn(okJson("{\"id\":\"e1\",\"note\":\"" + BODY_MARKER + "\"}")));
        ResponsesInTurn.stub(payhawk, () -> get(ACCOUNT + "/expenses/e2"), status(503).withBody(errorBody), okJson("{\"id\":\"e2\"}"));
        payhawk.stubFor(get(ACCOUNT + "/expenses/e3").willReturn(status(404).withBody(errorBody)));
        payhawk.stubFor(post(ACCOUNT + "/webhooks").willReturn(status(503).withBody(errorBody)));
        payhawk.stubFor(get(ACCOUNT + "/expenses/e4").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        ResponsesInTurn.stub(payhawk, () -> get(ACCOUNT + "/expenses/e5"), status(429).withBody(errorBody), okJson("{\"id\":\"e5\"}"));
        payhawk.stubFor(get(ACCOUNT + "/expenses/e6").willReturn(status(401).withBody(errorBody)));

        client.expenses().get("e1");
        client.expenses().get("e2");
        assertThatThrownBy(() -> client.expenses().get("e3")).isInstanceOf(PayhawkException.class);
        assertThatThrownBy(() -> client.webhooks().create(EventType.EXPENSE_CREATED, "https://erp.example/" + BODY_MARKER))
                .isInstanceOf(PayhawkException.class);
        assertThatThrownBy(() -> client.expenses().get("e4")).isInstanceOf(PayhawkException.class);
        client.async().expenses().get("e5").join();
        assertThatThrownBy(() -> client.async().expenses().get("e6").join()).isInstanceOf(CompletionException.class)
                .hasCauseInstanceOf(PayhawkException.class);
    }

    private List<String> attemptLines() {
        return log.records().stream()
                .filter(record -> record.getLevel().equals(Level.FINE))
                .filter(record -> record.getLoggerName().equals(RetryingHttpExecutor.class.getName()))
                .map(LogRecord::getMessage)
                .toList();
    }
}
