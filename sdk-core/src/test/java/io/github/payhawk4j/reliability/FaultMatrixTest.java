package io.github.payhawk4j.reliability;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.payhawk4j.client.PayhawkClient;
import io.github.payhawk4j.client.TestClientBuilder;
import io.github.payhawk4j.error.ApiConnectionException;
import io.github.payhawk4j.error.ApiTimeoutException;
import io.github.payhawk4j.http.RecordingSleeper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.net.ServerSocket;
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
 * The backoff between attempts is recorded rather than slept; the request timeout is real.
 */
class FaultMatrixTest {

    private static final int MAX_RETRIES = 3;
    /** The request timeout where the test waits for it to pass: a slow or stalled response. */
    private static final Duration REQUEST_TIMEOUT = Duration.ofMillis(300);
    /**
     * The request timeout where the server fails fast (broken exchanges, refused connections): long enough that a
     * loaded build machine never turns a fast failure into a timeout, and still a bound on the whole call.
     */
    private static final Duration FAST_FAILURE_TIMEOUT = Duration.ofSeconds(2);
    /** Scheduling slack on top of the timeouts, for a loaded two-core build machine. */
    private static final Duration SLACK = Duration.ofMillis(700);
    private static final Duration SERVER_DELAY = Duration.ofMillis(2_000);

    @RegisterExtension
    static WireMockExtension payhawk = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

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
        Throwable failure = catchThrowable(() -> mode.run(call, client, Duration.ofSeconds(10)));
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

        assertThat(failure).isExactlyInstanceOf(ApiConnectionException.class);
        ApiConnectionException error = (ApiConnectionException) failure;
        assertThat(error.requestSent()).as("the request may have reached the server").isTrue();
        assertThat(error.statusCode()).isZero();
        assertThat(error.method()).isEqualTo(call.method());
        assertThat(error.path()).isEqualTo(call.path());
        payhawk.verify(attempts, call.requests());
        assertThat(sleeper.waits()).as("one backoff before each retry").hasSize(attempts - 1);
        assertThat(elapsed).as("no attempt waited for its timeout")
                .isLessThan(FAST_FAILURE_TIMEOUT.multipliedBy(attempts).plus(SLACK));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("calls")
    void aResponseSlowerThanTheRequestTimeoutIsATimeoutAfterEachAttemptsTimeout(ApiCall call, CallMode mode) {
        payhawk.stubFor(call.stub().willReturn(okJson(call.okBody()).withFixedDelay((int) SERVER_DELAY.toMillis())));
        int attempts = call.retriedAfterIoFailure() ? MAX_RETRIES + 1 : 1;
        PayhawkClient client = client(payhawk.baseUrl(), REQUEST_TIMEOUT);

        long start = System.nanoTime();
        Throwable failure = catchThrowable(() -> mode.run(call, client, Duration.ofSeconds(15)));
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

        assertThat(failure).isExactlyInstanceOf(ApiTimeoutException.class);
        ApiTimeoutException error = (ApiTimeoutException) failure;
        assertThat(error.requestSent()).isTrue();
        assertThat(error.method()).isEqualTo(call.method());
        assertThat(error.path()).isEqualTo(call.path());
        payhawk.verify(attempts, call.requests());
        assertThat(sleeper.waits()).hasSize(attempts - 1);
        assertThat(elapsed).as("each attempt waited its full timeout, and no longer")
                .isGreaterThanOrEqualTo(REQUEST_TIMEOUT.multipliedBy(attempts))
                .isLessThan(REQUEST_TIMEOUT.multipliedBy(attempts).plus(SLACK));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("calls")
    void aResponseBodyThatStallsAfterTheHeadersIsATimeoutAfterEachAttemptsTimeout(ApiCall call, CallMode mode)
            throws IOException, InterruptedException {
        int attempts = call.retriedAfterIoFailure() ? MAX_RETRIES + 1 : 1;

        try (StalledBodyServer stalling = StalledBodyServer.start()) {
            PayhawkClient client = client(stalling.baseUrl(), REQUEST_TIMEOUT);
            long start = System.nanoTime();
            Throwable failure = catchThrowable(() -> mode.run(call, client, Duration.ofSeconds(15)));
            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

            assertThat(failure).isExactlyInstanceOf(ApiTimeoutException.class);
            assertThat(((ApiTimeoutException) failure).requestSent()).isTrue();
            assertThat(stalling.awaitRequestLines(attempts, Duration.ofSeconds(1))).hasSize(attempts)
                    .allMatch(line -> line.startsWith(call.method() + " " + call.path()));
            assertThat(sleeper.waits()).hasSize(attempts - 1);
            assertThat(elapsed).as("the timeout bounds the whole response, body included")
                    .isLessThan(REQUEST_TIMEOUT.multipliedBy(attempts).plus(SLACK));
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("calls")
    void aRefusedConnectionNeverLeftSoEvenAPostIsRetried(ApiCall call, CallMode mode) throws IOException {
        PayhawkClient client = client("http://127.0.0.1:" + closedPort(), FAST_FAILURE_TIMEOUT);
        long start = System.nanoTime();
        Throwable failure = catchThrowable(() -> mode.run(call, client, Duration.ofSeconds(10)));
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

        assertThat(failure).isExactlyInstanceOf(ApiConnectionException.class);
        ApiConnectionException error = (ApiConnectionException) failure;
        assertThat(error.requestSent()).as("a refused connection provably never carried the request").isFalse();
        assertThat(error.method()).isEqualTo(call.method());
        assertThat(sleeper.waits()).as("maxRetries retries, so maxRetries + 1 attempts").hasSize(MAX_RETRIES);
        assertThat(elapsed).isLessThan(FAST_FAILURE_TIMEOUT.multipliedBy(MAX_RETRIES + 1).plus(SLACK));
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

    /** A loopback port nothing listens on: bound, then released. */
    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
