package io.github.payhawk4j.client;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.payhawk4j.error.UnexpectedResponseException;
import io.github.payhawk4j.model.webhook.EventType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.http.HttpClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The API key never leaves the configured origin: a redirect to another host and port is not followed, neither by
 * the SDK's own {@link HttpClient} nor by one the caller passes (a client that would follow is refused at build
 * time). Two real servers: the configured one answers every request with a redirect to the other, which must never
 * see a request, so neither the {@code X-Payhawk-ApiKey} header nor a body.
 */
class RedirectTest {

    private static final String API_KEY = "sk_live_SECRET_redirect";
    private static final String CALLBACK = "https://erp.example.com/payhawk/webhooks";

    @RegisterExtension
    static WireMockExtension payhawk = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @RegisterExtension
    static WireMockExtension elsewhere = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static void redirectEverythingWith(int status) {
        elsewhere.stubFor(any(anyUrl()).willReturn(okJson("{\"id\":\"1207\",\"status\":\"active\"}")));
        // Another host name (127.0.0.1, not localhost) and another port.
        payhawk.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(status)
                .withHeader("Location", "http://127.0.0.1:" + elsewhere.getPort() + "/api/v3/accounts/acme/expenses/1207")));
    }

    private static PayhawkClient.Builder builder() {
        return PayhawkClient.builder().apiKey(API_KEY).accountId("acme").baseUrl("http://localhost:" + payhawk.getPort())
                .maxRetries(0);
    }

    @ParameterizedTest(name = "HTTP {0}")
    @ValueSource(ints = {301, 302, 303, 307, 308})
    void theSdksOwnClientDoesNotFollowARedirectToAnotherOrigin(int status) {
        redirectEverythingWith(status);
        PayhawkClient client = builder().build();

        UnexpectedResponseException get = catchThrowableOfType(UnexpectedResponseException.class,
                () -> client.expenses().get("1207"));
        UnexpectedResponseException post = catchThrowableOfType(UnexpectedResponseException.class,
                () -> client.webhooks().create(EventType.EXPENSE_CREATED, CALLBACK));
        UnexpectedResponseException async = catchThrowableOfType(UnexpectedResponseException.class,
                () -> joinUnwrapped(client));

        for (UnexpectedResponseException failure : new UnexpectedResponseException[] {get, post, async}) {
            assertThat(failure.statusCode()).isEqualTo(status);
            assertThat(failure.getMessage()).contains("redirect").contains("not followed").doesNotContain(API_KEY);
        }
        assertThat(elsewhere.findAll(anyRequestedFor(anyUrl()))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = HttpClient.Redirect.class, names = {"NORMAL", "ALWAYS"})
    void aCallerSuppliedClientThatFollowsRedirectsIsRefusedAtBuildTime(HttpClient.Redirect policy) {
        HttpClient following = HttpClient.newBuilder().followRedirects(policy).build();

        assertThatThrownBy(() -> builder().httpClient(following).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("followRedirects")
                .hasMessageContaining("Redirect.NEVER")
                .hasMessageNotContaining(API_KEY);
    }

    @ParameterizedTest(name = "HTTP {0}")
    @ValueSource(ints = {301, 302, 303, 307, 308})
    void aCallerSuppliedClientThatNeverFollowsIsUsedAndTheKeyStaysHome(int status) {
        redirectEverythingWith(status);
        PayhawkClient client = builder().httpClient(HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build())
                .build();

        assertThatThrownBy(() -> client.webhooks().create(EventType.EXPENSE_CREATED, CALLBACK))
                .isInstanceOf(UnexpectedResponseException.class);
        assertThatThrownBy(() -> client.expenses().get("1207")).isInstanceOf(UnexpectedResponseException.class);

        assertThat(elsewhere.findAll(anyRequestedFor(anyUrl()))).isEmpty();
    }

    @Test
    void aCallerSuppliedClientWithTheDefaultPolicyIsAccepted() {
        // HttpClient.newHttpClient() never follows redirects.
        assertThat(builder().httpClient(HttpClient.newHttpClient()).build()).isNotNull();
    }

    private static Object joinUnwrapped(PayhawkClient client) {
        try {
            return client.expenses().getAsync("1207").join();
        } catch (java.util.concurrent.CompletionException e) {
            throw (RuntimeException) e.getCause();
        }
    }
}
