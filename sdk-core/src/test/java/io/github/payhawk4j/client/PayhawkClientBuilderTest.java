package io.github.payhawk4j.client;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.CookieManager;
import java.net.http.HttpClient;
import java.time.Duration;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What {@link PayhawkClient.Builder} accepts and refuses, and what the built client sends on every call. */
class PayhawkClientBuilderTest {

    private static final String API_KEY = "sk_live_SECRET_123";
    private static final String EXPENSE_PATH = "/api/v3/accounts/acme/expenses/1207";

    @RegisterExtension
    static WireMockExtension payhawk = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = "   ")
    void theApiKeyIsRequired(String missingKey) {
        assertThatThrownBy(() -> PayhawkClient.builder().apiKey(missingKey).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("apiKey");
    }

    @ParameterizedTest
    @ValueSource(strings = {"sk_live_SECRET_123\n", "sk_live_SECRET_123\r\n", " sk_live_SECRET_123", "sk_live_SECRET\u0000_123"})
    void aKeyThatCannotBeSentAsAHeaderIsRefusedWithoutShowingIt(String badKey) {
        // A key read from a file often ends with a newline; the JDK would reject it on every call
        // with an exception message quoting the header value, i.e. the key.
        assertThatThrownBy(() -> PayhawkClient.builder().apiKey(badKey).accountId("acme").baseUrl(payhawk.baseUrl()).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("apiKey")
                .hasMessageNotContaining("SECRET");
    }

    @Test
    void appInfoThatCannotBeSentAsAHeaderIsRefused() {
        assertThatThrownBy(() -> PayhawkClient.builder().apiKey(API_KEY).appInfo("acme-erp/2.1\r\nX-Injected: 1").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("appInfo");
    }

    @Test
    void anHttpsBaseUrlIsAccepted() {
        PayhawkClient client = PayhawkClient.builder().apiKey(API_KEY).baseUrl("https://api.payhawk.example:8443").build();

        assertThat(client.toString()).contains("https://api.payhawk.example:8443");
    }

    @Test
    void theDefaultBaseUrlIsPayhawksProductionApi() {
        assertThat(PayhawkClient.builder().apiKey(API_KEY).build().toString()).contains("https://api.payhawk.com");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://localhost:8080", "http://127.0.0.1:8080", "http://[::1]:8080", "HTTP://LOCALHOST"})
    void plainHttpIsAcceptedForLoopbackHosts(String baseUrl) {
        assertThat(PayhawkClient.builder().apiKey(API_KEY).baseUrl(baseUrl).build()).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://api.payhawk.com", "http://10.0.0.1:8080", "http://localhost.evil.example", "ftp://localhost"})
    void plainHttpIsRefusedForOtherHosts(String baseUrl) {
        assertThatThrownBy(() -> PayhawkClient.builder().apiKey(API_KEY).baseUrl(baseUrl).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("https");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://api.payhawk.com/api/v3", "https://api.payhawk.com/v3/"})
    void aPathInTheBaseUrlIsRefused(String baseUrl) {
        assertThatThrownBy(() -> PayhawkClient.builder().apiKey(API_KEY).baseUrl(baseUrl).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("path");
    }

    @ParameterizedTest
    @ValueSource(strings = {"api.payhawk.com", "not a url", "https://"})
    void aBaseUrlWithoutSchemeAndHostIsRefused(String baseUrl) {
        assertThatThrownBy(() -> PayhawkClient.builder().apiKey(API_KEY).baseUrl(baseUrl).build())
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://user:password@127.0.0.1", "https://user:password@api.payhawk.com",
            "https://password@api.payhawk.com:443", "http://user:password@10.0.0.1", "https://user:password@exa mple.com",
            "https://user:password@api.payhawk.com/api/v3"})
    void userInfoInTheBaseUrlIsRefusedWithoutShowingThePassword(String baseUrl) {
        assertThatThrownBy(() -> PayhawkClient.builder().apiKey(API_KEY).baseUrl(baseUrl).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("baseUrl")
                .hasMessageNotContaining("password");
        // Accepted, the client's toString() would have printed the password.
    }

    @Test
    void aTrailingSlashIsAccepted() throws Exception {
        payhawk.stubFor(get(EXPENSE_PATH).willReturn(okJson("{\"id\":\"1207\"}")));

        PayhawkClient client = PayhawkClient.builder().apiKey(API_KEY).accountId("acme")
                .baseUrl(payhawk.baseUrl() + "/").build();

        assertThat(client.expenses().get("1207").id()).isEqualTo("1207");
    }

    @Test
    void timeoutsMustBePositive() {
        for (Duration invalid : new Duration[] {Duration.ZERO, Duration.ofMillis(-1), null}) {
            assertThatThrownBy(() -> PayhawkClient.builder().connectTimeout(invalid))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("connectTimeout");
            assertThatThrownBy(() -> PayhawkClient.builder().requestTimeout(invalid))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("requestTimeout");
        }
    }

    @Test
    void retriesAndRateLimitMustBeSensible() {
        assertThatThrownBy(() -> PayhawkClient.builder().maxRetries(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PayhawkClient.builder().rateLimit(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("disableRateLimit");
    }

    @Test
    void toStringNeverShowsTheApiKey() {
        PayhawkClient client = PayhawkClient.builder().apiKey(API_KEY).accountId("acme").baseUrl(payhawk.baseUrl()).build();

        assertThat(client.toString()).doesNotContain(API_KEY).doesNotContain("SECRET").contains("acme");
        assertThat(client.defaultAccount().toString()).doesNotContain(API_KEY);
        assertThat(client.expenses().toString()).doesNotContain(API_KEY);
    }

    @Test
    void everyCallCarriesTheKeyAndAcceptsJson() {
        payhawk.stubFor(get(EXPENSE_PATH).willReturn(okJson("{\"id\":\"1207\"}")));

        client().expenses().get("1207");

        payhawk.verify(getRequestedFor(urlPathEqualTo(EXPENSE_PATH))
                .withHeader("X-Payhawk-ApiKey", equalTo(API_KEY))
                .withHeader("Accept", equalTo("application/json")));
    }

    @Test
    void theUserAgentNamesTheSdkVersionJavaVersionAndAppInfo() {
        payhawk.stubFor(get(EXPENSE_PATH).willReturn(okJson("{}")));

        PayhawkClient.builder().apiKey(API_KEY).accountId("acme").baseUrl(payhawk.baseUrl())
                .appInfo("acme-erp-sync/2.1").build()
                .expenses().get("1207");

        payhawk.verify(getRequestedFor(urlPathEqualTo(EXPENSE_PATH)).withHeader("User-Agent",
                matching("payhawk4j/\\d+\\.\\d+\\.\\d+[-.\\w]* Java/" + Runtime.version().feature() + " acme-erp-sync/2\\.1")));
    }

    @Test
    void withoutAppInfoTheUserAgentIsTheSdkAndJavaOnly() {
        payhawk.stubFor(get(EXPENSE_PATH).willReturn(okJson("{}")));

        client().expenses().get("1207");

        payhawk.verify(getRequestedFor(urlPathEqualTo(EXPENSE_PATH)).withHeader("User-Agent",
                matching("payhawk4j/\\d+\\.\\d+\\.\\d+[-.\\w]* Java/" + Runtime.version().feature())));
    }

    @Test
    void aCallerSuppliedHttpClientIsTheOneThatSends() {
        // Only the caller's client has a cookie store, so only it sends the cookie back on the second call.
        payhawk.stubFor(get(EXPENSE_PATH).willReturn(okJson("{}").withHeader("Set-Cookie", "lb=node-7; Path=/")));
        HttpClient callers = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        PayhawkClient client = PayhawkClient.builder().apiKey(API_KEY).accountId("acme").baseUrl(payhawk.baseUrl())
                .httpClient(callers).build();

        client.expenses().get("1207");
        client.expenses().get("1207");

        payhawk.verify(1, getRequestedFor(urlPathEqualTo(EXPENSE_PATH)).withCookie("lb", absent()));
        payhawk.verify(1, getRequestedFor(urlPathEqualTo(EXPENSE_PATH)).withCookie("lb", equalTo("node-7")));
    }

    @Test
    void theSdksOwnHttpClientKeepsNoCookies() {
        payhawk.stubFor(get(EXPENSE_PATH).willReturn(okJson("{}").withHeader("Set-Cookie", "lb=node-7; Path=/")));
        PayhawkClient client = client();

        client.expenses().get("1207");
        client.expenses().get("1207");

        payhawk.verify(2, getRequestedFor(urlPathEqualTo(EXPENSE_PATH)).withCookie("lb", absent()));
    }

    @Test
    void defaultAccountServicesWithoutAnAccountIdSayWhatToDo() {
        PayhawkClient client = PayhawkClient.builder().apiKey(API_KEY).baseUrl(payhawk.baseUrl()).build();

        assertThatThrownBy(client::expenses)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("accountId(")
                .hasMessageContaining("client.account(");
        assertThatThrownBy(client::webhooks).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(client::suppliers).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(client::deposits).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(client::purchaseOrders).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anotherAccountIsReachableWithoutADefaultAccount() {
        payhawk.stubFor(get("/api/v3/accounts/other/expenses/1207").willReturn(okJson("{\"id\":\"1207\"}")));
        PayhawkClient client = PayhawkClient.builder().apiKey(API_KEY).baseUrl(payhawk.baseUrl()).build();

        assertThat(client.account("other").expenses().get("1207").id()).isEqualTo("1207");
        assertThatThrownBy(() -> client.account(" ")).isInstanceOf(IllegalArgumentException.class);
    }

    private PayhawkClient client() {
        return PayhawkClient.builder().apiKey(API_KEY).accountId("acme").baseUrl(payhawk.baseUrl()).build();
    }
}
