package io.github.payhawk4j.service;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.payhawk4j.client.PayhawkClient;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.github.payhawk4j.service.StubbedPayhawkApi.API_KEY;
import static io.github.payhawk4j.service.StubbedPayhawkApi.clientFor;
import static io.github.payhawk4j.service.StubbedPayhawkApi.sdkGetText;
import static io.github.payhawk4j.service.StubbedPayhawkApi.serviceFixture;
import static org.assertj.core.api.Assertions.assertThat;

/** SystemService: the RSA public key Payhawk signs webhook deliveries with, served as text/plain. */
class SystemServiceTest {

    private static final String KEY_URL = "/api/v3/rsa-public-key";
    private static final String KEY_LINE = serviceFixture("rsa-public-key.txt").trim();

    @RegisterExtension
    static WireMockExtension api = StubbedPayhawkApi.server();

    private static void stubKey() {
        api.stubFor(get(urlEqualTo(KEY_URL)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/plain; charset=utf-8")
                .withBody(KEY_LINE + "\n")));
    }

    @Test
    @DisplayName("rsaPublicKey sends GET /api/v3/rsa-public-key (no account in the path, Accept: text/plain) and returns the trimmed OpenSSH line")
    void fetchesTheKeyText() {
        stubKey();

        String key = clientFor(api).system().rsaPublicKey();

        api.verify(1, sdkGetText(KEY_URL));
        assertThat(key).isEqualTo(KEY_LINE).startsWith("ssh-rsa AAAA").endsWith(" payhawk");
    }

    @Test
    @DisplayName("rsaPublicKeyAsync completes with the same text")
    void fetchesTheKeyTextAsynchronously() {
        stubKey();

        String key = clientFor(api).system().rsaPublicKeyAsync().join();

        api.verify(1, sdkGetText(KEY_URL));
        assertThat(key).isEqualTo(KEY_LINE);
    }

    @Test
    @DisplayName("a client without a default account can still fetch the key")
    void needsNoAccount() {
        stubKey();
        PayhawkClient withoutAccount = PayhawkClient.builder()
                .baseUrl("http://localhost:" + api.getPort())
                .apiKey(API_KEY)
                .sleeper(new NoWaitSleeper())
                .build();

        assertThat(withoutAccount.system().rsaPublicKey()).isEqualTo(KEY_LINE);
        api.verify(1, sdkGetText(KEY_URL));
    }
}
