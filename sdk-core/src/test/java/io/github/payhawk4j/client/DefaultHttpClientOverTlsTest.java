package io.github.payhawk4j.client;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.payhawk4j.error.ApiTimeoutException;
import io.github.payhawk4j.error.ResponseTooLargeException;
import io.github.payhawk4j.model.Page;
import io.github.payhawk4j.model.expense.Expense;
import io.github.payhawk4j.query.ExpenseQuery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;
import java.net.Socket;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The SDK's own {@code HttpClient} over TLS, as Payhawk is reached: its work on a response runs in its selector
 * thread (see {@link PayhawkClient}), and small bodies, bodies read as they arrive, the size limit, the timeout of
 * a body that stops, and asynchronous calls all still work there. The server's self-signed certificate is trusted
 * through the JVM's default {@link SSLContext}, which the SDK's client takes, for this class only.
 */
class DefaultHttpClientOverTlsTest {

    private static final String EXPENSES = "/api/v3/accounts/acme/expenses";
    private static SSLContext jvmDefault;

    @RegisterExtension
    static WireMockExtension payhawk = WireMockExtension.newInstance()
            .options(wireMockConfig().httpDisabled(true).dynamicHttpsPort()).build();

    @BeforeAll
    static void trustTheServersCertificate() throws Exception {
        jvmDefault = SSLContext.getDefault();
        SSLContext trusting = SSLContext.getInstance("TLS");
        trusting.init(null, new TrustManager[] {new TrustingAll()}, new SecureRandom());
        SSLContext.setDefault(trusting);
    }

    @AfterAll
    static void restoreTheJvmsDefault() {
        SSLContext.setDefault(jvmDefault);
    }

    private static PayhawkClient client(long maxResponseBytes, Duration timeout) {
        return PayhawkClient.builder().apiKey("phk_test_tls").accountId("acme")
                .baseUrl("https://localhost:" + payhawk.getHttpsPort())
                .maxResponseBytes(maxResponseBytes).requestTimeout(timeout).maxRetries(0).build();
    }

    private static String page(int size) {
        StringBuilder json = new StringBuilder("{\"items\":[");
        for (int i = 1; i <= size; i++) {
            json.append(i == 1 ? "" : ",").append("{\"id\":\"exp-").append(i).append("\",\"title\":\"Fuel ").append(i)
                    .append("\",\"reconciliation\":{\"totalAmount\":1234.56,\"currency\":\"EUR\"}}");
        }
        return json.append("],\"total\":").append(size).append("}").toString();
    }

    @Test
    void smallAndLargeBodiesAreReadSynchronouslyAndAsynchronously() {
        payhawk.stubFor(get(urlPathEqualTo(EXPENSES + "/4821")).willReturn(okJson("{\"id\":\"4821\",\"title\":\"Taxi\"}")));
        String large = page(2000);
        assertThat(large.length()).as("read as it arrives, not collected").isGreaterThan(64 * 1024);
        payhawk.stubFor(get(urlPathEqualTo(EXPENSES)).willReturn(okJson(large)));
        PayhawkClient client = client(10_000_000, Duration.ofSeconds(10));

        assertThat(client.expenses().get("4821").title()).isEqualTo("Taxi");
        Page<Expense> expenses = client.expenses().list(ExpenseQuery.all());
        assertThat(expenses.items()).hasSize(2000);
        assertThat(expenses.items().get(1999).reconciliation().totalAmount()).isEqualByComparingTo("1234.56");
        assertThat(client.async().expenses().get("4821").join().title()).isEqualTo("Taxi");
        assertThat(client.async().expenses().list(ExpenseQuery.all()).join().items()).hasSize(2000);
        assertThat(payhawk.getAllServeEvents()).as("HTTP/2, as agreed over TLS with Payhawk")
                .allSatisfy(served -> assertThat(served.getRequest().getProtocol()).isEqualTo("HTTP/2.0"));
    }

    @Test
    void aBodyOverTheLimitIsRefused() {
        payhawk.stubFor(get(urlPathEqualTo(EXPENSES)).willReturn(okJson(page(2000))));

        assertThatThrownBy(() -> client(100_000, Duration.ofSeconds(10)).expenses().list(ExpenseQuery.all()))
                .isInstanceOf(ResponseTooLargeException.class);
    }

    @Test
    void aBodyThatStopsArrivingTimesOut() {
        payhawk.stubFor(get(urlPathEqualTo(EXPENSES + "/4821")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"id\":\"4821\",\"title\":\"Taxi\"}")
                .withChunkedDribbleDelay(2, 3_000)));

        assertThatThrownBy(() -> client(10_000_000, Duration.ofMillis(500)).expenses().get("4821"))
                .isInstanceOf(ApiTimeoutException.class);
    }

    /** Trusts any certificate for any name: the test server's is self-signed, for another host name. */
    private static final class TrustingAll extends X509ExtendedTrustManager {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) {
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) {
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
