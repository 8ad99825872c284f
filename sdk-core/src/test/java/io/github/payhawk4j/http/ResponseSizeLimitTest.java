package io.github.payhawk4j.http;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.payhawk4j.client.PayhawkClient;
import io.github.payhawk4j.error.ResponseTooLargeException;
import io.github.payhawk4j.error.UnexpectedResponseException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A response may have at most {@code maxResponseBytes} of body (default 64 MiB, far above a page of 1,000
 * expenses at about 4.2 MB): beyond it the call fails with a {@link ResponseTooLargeException} naming the limit,
 * whether the body announced its length or streams in chunks without end, the rest is never read, and the same
 * client goes on working. Real servers: WireMock for exact sizes, a raw socket server for bodies that never end.
 */
class ResponseSizeLimitTest {

    private static final long ONE_MIB = 1024 * 1024;

    @RegisterExtension
    static WireMockExtension payhawk = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static OversizedBodyServer oversized;

    @BeforeAll
    static void startServer() throws IOException {
        oversized = OversizedBodyServer.start();
    }

    @AfterAll
    static void stopServer() throws IOException {
        oversized.close();
    }

    private final RecordingSleeper sleeper = new RecordingSleeper();

    private PayhawkClient.Builder clientOf(String baseUrl) {
        return PayhawkClient.builder().apiKey("sk_test_size").accountId("acme").baseUrl(baseUrl)
                .requestTimeout(Duration.ofSeconds(20)).sleeper(sleeper);
    }

    @ParameterizedTest(name = "/{0}")
    @ValueSource(strings = {"chunked", "declared"})
    void aBodyOverTheLimitFailsTheCallWithTheLimitAndTheClientGoesOn(String endless) {
        PayhawkClient client = clientOf(oversized.baseUrl()).maxResponseBytes(ONE_MIB).build();

        ResponseTooLargeException failure = catchThrowableOfType(ResponseTooLargeException.class,
                () -> client.expenses().get(endless));

        assertThat(failure).isInstanceOf(UnexpectedResponseException.class);
        assertThat(failure.maxBytes()).isEqualTo(ONE_MIB);
        assertThat(failure.statusCode()).isEqualTo(200);
        assertThat(failure.getMessage()).contains("1048576").contains("maxResponseBytes")
                .contains("GET /api/v3/accounts/acme/expenses/" + endless);
        assertThat(sleeper.waits()).as("not retried").isEmpty();
        // The same client, right after: a normal call works.
        assertThat(client.expenses().get("1207").id()).isEqualTo("1207");
    }

    @ParameterizedTest(name = "/{0}")
    @ValueSource(strings = {"chunked", "declared"})
    void theAsyncCallFailsTheSameWay(String endless) throws Exception {
        PayhawkClient client = clientOf(oversized.baseUrl()).maxResponseBytes(ONE_MIB).build();

        assertThatThrownBy(() -> client.expenses().getAsync(endless).get(30, TimeUnit.SECONDS))
                .hasCauseInstanceOf(ResponseTooLargeException.class);
        assertThat(client.expenses().getAsync("1207").get(30, TimeUnit.SECONDS).id()).isEqualTo("1207");
    }

    @Test
    void aDeclaredLengthOverTheLimitIsRefusedWithoutReadingTheBody() {
        PayhawkClient client = clientOf(oversized.baseUrl()).maxResponseBytes(ONE_MIB).build();
        long before = oversized.bodyBytesWritten();

        assertThatThrownBy(() -> client.expenses().get("declared")).isInstanceOf(ResponseTooLargeException.class);

        // Whatever the server managed to push into socket buffers before the connection closed, far below 300 MiB.
        assertThat(oversized.bodyBytesWritten() - before).isLessThan(64 * ONE_MIB);
    }

    @Test
    void byDefaultTheLimitIs64MiB() {
        PayhawkClient client = clientOf(oversized.baseUrl()).build();

        ResponseTooLargeException failure = catchThrowableOfType(ResponseTooLargeException.class,
                () -> client.expenses().get("chunked"));

        assertThat(failure.maxBytes()).isEqualTo(64 * ONE_MIB).isEqualTo(PayhawkClient.DEFAULT_MAX_RESPONSE_BYTES);
    }

    @ParameterizedTest(name = "chunked: {0}")
    @ValueSource(booleans = {false, true})
    void aBodyOfExactlyTheLimitIsReadOneByteMoreIsNot(boolean chunked) {
        String atLimit = "{\"id\":\"" + "x".repeat(1000 - 9) + "\"}";
        assertThat(atLimit).hasSize(1000);
        stub("/api/v3/accounts/acme/expenses/at-limit", atLimit, chunked);
        stub("/api/v3/accounts/acme/expenses/over-limit", atLimit + " ", chunked);
        PayhawkClient client = clientOf(payhawk.baseUrl()).maxResponseBytes(1000).build();

        assertThat(client.expenses().get("at-limit").id()).hasSize(1000 - 9);
        assertThatThrownBy(() -> client.expenses().get("over-limit")).isInstanceOf(ResponseTooLargeException.class);
        assertThat(client.expenses().get("at-limit").id()).hasSize(1000 - 9);
    }

    @Test
    void anErrorBodyIsCappedToo() {
        payhawk.stubFor(get(urlPathEqualTo("/api/v3/accounts/acme/expenses/1207")).willReturn(aResponse().withStatus(500)
                .withBody("{\"code\":\"E500\",\"message\":\"" + "x".repeat(2000) + "\"}")));
        PayhawkClient client = clientOf(payhawk.baseUrl()).maxResponseBytes(1000).build();

        ResponseTooLargeException failure = catchThrowableOfType(ResponseTooLargeException.class,
                () -> client.expenses().get("1207"));

        assertThat(failure.statusCode()).isEqualTo(500);
    }

    @Test
    void theLimitMustBePositive() {
        assertThatThrownBy(() -> PayhawkClient.builder().maxResponseBytes(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxResponseBytes");
    }

    private static void stub(String path, String body, boolean chunked) {
        var response = aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
        payhawk.stubFor(get(urlPathEqualTo(path)).willReturn(chunked ? response.withChunkedDribbleDelay(4, 40) : response));
    }
}
