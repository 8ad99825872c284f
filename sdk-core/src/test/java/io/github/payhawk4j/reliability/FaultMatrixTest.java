package io.github.payhawk4j.reliability;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.payhawk4j.client.PayhawkClient;
import io.github.payhawk4j.client.TestClientBuilder;
import io.github.payhawk4j.error.ApiConnectionException;
import io.github.payhawk4j.error.ApiTimeoutException;
import io.github.payhawk4j.http.RecordingSleeper;
import io.github.payhawk4j.http.RefusingPort;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.stream.Stream;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Every network fault, for a GET and a POST, sync and async, ends in the documented exception within the
 * configured timeout and after the documented number of attempts (docs/client.md, "Retries" and "Errors"):
 * <ul>
 *   <li>a broken exchange (reset, empty response, malformed chunk, garbage then close) is an
 *       {@link ApiConnectionException} that may have reached the server: a GET is sent {@code maxRetries + 1}
 *       times, a POST once;</li>
 *   <li>a response slower than the request timeout, or whose body stops arriving after the headers, is an
 *       {@link ApiTimeoutException}, retried the same way;</li>
 *   <li>a refused connection never left, so both GET and POST are sent {@code maxRetries + 1} times.</li>
 * </ul>
 * The backoff between attempts is recorded rather than slept; the request timeout is real. Durations are only
 * bounded where a defect would cross the bound by far (waiting for a timeout that should not matter, or for a
 * response the timeout should have cut off), never by a margin a busy machine could eat.
 */
class FaultMatrixTest {

    private static final int MAX_RETRIES = 3;
    /**
     * The request timeout where the test waits for it to pass: a slow or stalled response. Long enough that every
     * attempt reaches the server on a loaded machine.
     */
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(1);
    /**
     * The request timeout where the server fails fast (broken exchanges, refused connections): so long that all
     * attempts together take less than one of it unless an attempt waited for it.
     */
    private static final Duration FAST_FAILURE_TIMEOUT = Duration.ofSeconds(30);
    /** How long a slow response takes: all attempts together take less, unless one waited for the response. */
    private static final Duration SERVER_DELAY = Duration.ofSeconds(20);
    /** Fails a call that has not ended by then: only a hang gets there. */
    private static final Duration HANG = Duration.ofSeconds(90);

    @RegisterExtension
    static WireMockExtension payhawk = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().containerThreads(50)).build();

    private final RecordingSleeper sleeper = new RecordingSleeper();

    /**
     * Loads the HTTP stack and its failure paths once, on client and server, so class loading does not eat into
     * the first test's 300 ms timeout.
     */
    @BeforeAll
    static void warmUp() {
        PayhawkClient patient = PayhawkClient.builder().apiKey("warm-up").accountId(ApiCall.ACCOUNT)
                .baseUrl(payhawk.baseUrl()).maxRetries(0).disableRateLimit().build();
        for (ApiCall call : ApiCall.values()) {
            for (CallMode mode : CallMode.values()) {
                payhawk.stubFor(call.stub().willReturn(okJson(call.okBody())));
                mode.run(call, patient, Duration.ofSeconds(10));
                for (Fault fault : Fault.values()) {
                    payhawk.stubFor(call.stub().willReturn(aResponse().withFault(fault)));
                    catchThrowable(() -> mode.run(call, patient, Duration.ofSeconds(10)));
                }
            }
        }
        payhawk.resetAll();
    }

    static Stream<Arguments> brokenExchanges() {
        return Stream.of(Fault.CONNECTION_RESET_BY_PEER, Fault.EMPTY_RESPONSE, Fault.MALFORMED_RESPONSE_CHUNK,
                        Fault.RANDOM_DATA_THEN_CLOSE)
                .flatMap(fault -> Arrays.stream(ApiCall.values())
                        .flatMap(call -> Arrays.stream(CallMode.values()).map(mode -> Arguments.of(fault, call, mode))));
    }

    static Stream<Arguments> calls() {
        return Arrays.stream(ApiCall.values())
                .flatMap(call -> Arrays.stream(CallMode.values()).map(mode -> Arguments.of(call, mode)));
    }

    @ParameterizedTest(name = "{0}: {1} {2}")
    @MethodSource("brokenExchanges")
    void aBrokenExchangeIsAConnectionErrorRetriedOnlyWhenTheCallIsIdempotent(Fault fault, ApiCall call, CallMode mode) {
        payhawk.stubFor(call.stub().willReturn(aResponse().withFault(fault)));
        int attempts = call.retriedAfterIoFailure() ? MAX_RETRIES + 1 : 1;
        PayhawkClient client = client(payhawk.baseUrl(), FAST_FAILURE_TIMEOUT);

        long start = System.nanoTime();
        Throwable failure = catchThrowable(() -> mode.run(call, client, HANG));
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

        assertThat(failure).isExactlyInstanceOf(ApiConnectionException.class);
        ApiConnectionException error = (ApiConnectionException) failure;
        assertThat(error.requestSent()).as("the request may have reached the server").isTrue();
        assertThat(error.statusCode()).isZero();
        assertThat(error.method()).isEqualTo(call.method());
        assertThat(error.path()).isEqualTo(call.path());
        payhawk.verify(attempts, call.requests());
        assertThat(sleeper.waits()).as("one backoff before each retry").hasSize(attempts - 1);
        assertThat(elapsed).as("no attempt waited for its timeout").isLessThan(FAST_FAILURE_TIMEOUT);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("calls")
    void aResponseSlowerThanTheRequestTimeoutIsATimeoutAfterEachAttemptsTimeout(ApiCall call, CallMode mode) {
        payhawk.stubFor(call.stub().willReturn(okJson(call.okBody()).withFixedDelay((int) SERVER_DELAY.toMillis())));
        int attempts = call.retriedAfterIoFailure() ? MAX_RETRIES + 1 : 1;
        PayhawkClient client = client(payhawk.baseUrl(), REQUEST_TIMEOUT);

        long start = System.nanoTime();
        Throwable failure = catchThrowable(() -> mode.run(call, client, HANG));
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

        assertThat(failure).isExactlyInstanceOf(ApiTimeoutException.class);
        ApiTimeoutException error = (ApiTimeoutException) failure;
        assertThat(error.requestSent()).isTrue();
        assertThat(error.method()).isEqualTo(call.method());
        assertThat(error.path()).isEqualTo(call.path());
        payhawk.verify(attempts, call.requests());
        assertThat(sleeper.waits()).hasSize(attempts - 1);
        assertThat(elapsed).as("each attempt waited its full timeout, and none waited for the response")
                .isGreaterThanOrEqualTo(REQUEST_TIMEOUT.multipliedBy(attempts))
                .isLessThan(SERVER_DELAY);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("calls")
    void aResponseBodyThatStallsAfterTheHeadersIsATimeoutAfterEachAttemptsTimeout(ApiCall call, CallMode mode)
            throws IOException, InterruptedException {
        int attempts = call.retriedAfterIoFailure() ? MAX_RETRIES + 1 : 1;

        try (StalledBodyServer stalling = StalledBodyServer.start()) {
            PayhawkClient client = client(stalling.baseUrl(), REQUEST_TIMEOUT);
            long start = System.nanoTime();
            Throwable failure = catchThrowable(() -> mode.run(call, client, HANG));
            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

            assertThat(failure).isExactlyInstanceOf(ApiTimeoutException.class);
            assertThat(((ApiTimeoutException) failure).requestSent()).isTrue();
            assertThat(stalling.awaitRequestLines(attempts, HANG)).hasSize(attempts)
                    .allMatch(line -> line.startsWith(call.method() + " " + call.path()));
            assertThat(sleeper.waits()).hasSize(attempts - 1);
            assertThat(elapsed).as("the timeout bounds the whole response, body included")
                    .isGreaterThanOrEqualTo(REQUEST_TIMEOUT.multipliedBy(attempts))
                    .isLessThan(SERVER_DELAY);
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("calls")
    void aRefusedConnectionNeverLeftSoEvenAPostIsRetried(ApiCall call, CallMode mode) throws IOException {
        Throwable failure;
        Duration elapsed;
        try (RefusingPort refusing = RefusingPort.open()) {
            PayhawkClient client = client(refusing.baseUrl(), FAST_FAILURE_TIMEOUT);
            long start = System.nanoTime();
            failure = catchThrowable(() -> mode.run(call, client, HANG));
            elapsed = Duration.ofNanos(System.nanoTime() - start);
        }

        assertThat(failure).isExactlyInstanceOf(ApiConnectionException.class);
        ApiConnectionException error = (ApiConnectionException) failure;
        assertThat(error.requestSent()).as("a refused connection provably never carried the request").isFalse();
        assertThat(error.method()).isEqualTo(call.method());
        assertThat(sleeper.waits()).as("maxRetries retries, so maxRetries + 1 attempts").hasSize(MAX_RETRIES);
        assertThat(elapsed).as("no attempt waited for its timeout").isLessThan(FAST_FAILURE_TIMEOUT);
    }

    private PayhawkClient client(String baseUrl, Duration timeout) {
        return TestClientBuilder.withSleeper(sleeper)
                .apiKey("sk_test_reliability")
                .accountId(ApiCall.ACCOUNT)
                .baseUrl(baseUrl)
                .connectTimeout(timeout)
                .requestTimeout(timeout)
                .maxRetries(MAX_RETRIES)
                .disableRateLimit()
                .build();
    }
}
