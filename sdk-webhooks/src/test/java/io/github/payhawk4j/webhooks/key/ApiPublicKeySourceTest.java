package io.github.payhawk4j.webhooks.key;

import io.github.payhawk4j.webhooks.delivery.AdjustableClock;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.payhawk4j.client.PayhawkClient;
import io.github.payhawk4j.webhooks.WebhookVerificationException;
import io.github.payhawk4j.webhooks.WebhookVerificationException.Reason;
import io.github.payhawk4j.webhooks.WebhookVerifier;
import io.github.payhawk4j.webhooks.event.ExpenseCreated;
import io.github.payhawk4j.webhooks.testing.WebhookSigner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The API-backed key source against a real HTTP server standing in for Payhawk's key endpoint. */
class ApiPublicKeySourceTest {

    @RegisterExtension
    static final WireMockExtension payhawk = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final String KEY_PATH = "/api/v3/rsa-public-key";
    private static final WebhookSigner OLD = WebhookSigner.generate(3072);
    private static final WebhookSigner NEW = WebhookSigner.generate(3072);
    private static final WebhookSigner FORGER = WebhookSigner.generate(3072);
    private static final String PATH = "/payhawk/webhooks";
    private static final byte[] BODY = ("{\"id\":\"d-1\",\"accountId\":\"acme\",\"eventType\":\"expense.created\","
            + "\"payload\":{\"expenseId\":\"43\"}}").getBytes(StandardCharsets.UTF_8);

    private final AdjustableClock clock = new AdjustableClock(Instant.parse("2026-11-02T10:00:00Z"));
    private PayhawkClient client;

    @BeforeEach
    void client() {
        client = PayhawkClient.builder().apiKey("test-key").accountId("acme").baseUrl(payhawk.baseUrl()).maxRetries(0).build();
    }

    private static void serveKey(String keyText) {
        payhawk.stubFor(get(urlEqualTo(KEY_PATH)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/plain; charset=utf-8").withBody(keyText + "\n")));
    }

    private static void serveError(int status) {
        payhawk.stubFor(get(urlEqualTo(KEY_PATH)).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", "application/json").withBody("{\"code\":\"unavailable\",\"message\":\"try later\"}")));
    }

    private static void assertFetches(int count) {
        payhawk.verify(exactly(count), getRequestedFor(urlEqualTo(KEY_PATH)));
    }

    private WebhookVerifier verifier(ApiPublicKeySource source) {
        return WebhookVerifier.builder().publicKeySource(source).clock(clock).build();
    }

    private Map<String, List<String>> signedBy(WebhookSigner signer) {
        Map<String, List<String>> headers = new HashMap<>();
        signer.headers(PATH, BODY, clock.instant()).forEach((name, value) -> headers.put(name, List.of(value)));
        return headers;
    }

    @Test
    void fetchesTheOpenSshKeyOnFirstUseAndThenServesItFromTheCache() {
        serveKey(OLD.publicKeyOpenSsh());
        ApiPublicKeySource source = ApiPublicKeySource.builder(client).clock(clock).build();
        assertFetches(0);

        assertThat(source.currentKeys()).containsExactly(OLD.publicKey());
        assertThat(source.currentKeys()).containsExactly(OLD.publicKey());
        WebhookVerifier verifier = verifier(source);
        for (int i = 0; i < 10; i++) {
            assertThat(verifier.verify(PATH, signedBy(OLD), BODY)).isInstanceOf(ExpenseCreated.class);
        }
        assertFetches(1);
    }

    @Test
    void afterARotationTheFirstDeliveryWithTheNewKeyFetchesOnceAndAThousandForgeriesFetchNothingMore() {
        serveKey(OLD.publicKeyOpenSsh());
        ApiPublicKeySource source = ApiPublicKeySource.builder(client).clock(clock).build();
        WebhookVerifier verifier = verifier(source);
        assertThat(verifier.verify(PATH, signedBy(OLD), BODY)).isNotNull();
        clock.advance(Duration.ofHours(6));
        serveKey(NEW.publicKeyOpenSsh());
        payhawk.resetRequests();

        assertThat(verifier.verify(PATH, signedBy(NEW), BODY)).isInstanceOf(ExpenseCreated.class);
        assertFetches(1);
        assertThat(source.currentKeys()).containsExactly(NEW.publicKey());

        Map<String, List<String>> forged = signedBy(FORGER);
        for (int i = 0; i < 1000; i++) {
            assertThatThrownBy(() -> verifier.verify(PATH, forged, BODY))
                    .isInstanceOfSatisfying(WebhookVerificationException.class,
                            e -> assertThat(e.reason()).isEqualTo(Reason.SIGNATURE_MISMATCH));
            clock.advance(Duration.ofMillis(250));
        }
        assertFetches(1);
        assertThat(verifier.verify(PATH, signedBy(NEW), BODY)).isNotNull();

        clock.advance(ApiPublicKeySource.DEFAULT_COOL_DOWN);
        assertThatThrownBy(() -> verifier.verify(PATH, signedBy(FORGER), BODY)).isInstanceOf(WebhookVerificationException.class);
        assertFetches(2);
    }

    @Test
    void aConcurrentFloodOfForgeriesCausesOneFetch() throws Exception {
        serveKey(NEW.publicKeyOpenSsh());
        ApiPublicKeySource source = ApiPublicKeySource.builder(client).clock(clock).build();
        WebhookVerifier verifier = verifier(source);
        assertThat(verifier.verify(PATH, signedBy(NEW), BODY)).isNotNull();
        clock.advance(Duration.ofHours(1));
        payhawk.resetRequests();
        Map<String, List<String>> forged = signedBy(FORGER);

        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> rejections = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            rejections.add(pool.submit(() -> {
                start.await();
                int rejected = 0;
                for (int i = 0; i < 125; i++) {
                    try {
                        verifier.verify(PATH, forged, BODY);
                    } catch (WebhookVerificationException e) {
                        rejected++;
                    }
                }
                return rejected;
            }));
        }
        start.countDown();
        int total = 0;
        for (Future<Integer> rejected : rejections) {
            total += rejected.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();

        assertThat(total).isEqualTo(1000);
        assertFetches(1);
    }

    @Test
    void refreshWithinTheCoolDownOfTheLastFetchDoesNotFetch() {
        serveKey(OLD.publicKeyOpenSsh());
        ApiPublicKeySource source = ApiPublicKeySource.builder(client).clock(clock).coolDown(Duration.ofSeconds(30)).build();
        source.currentKeys();
        serveKey(NEW.publicKeyOpenSsh());

        clock.advance(Duration.ofSeconds(29));
        assertThat(source.refresh()).isFalse();
        assertThat(source.currentKeys()).containsExactly(OLD.publicKey());
        assertFetches(1);

        clock.advance(Duration.ofSeconds(1));
        assertThat(source.refresh()).isTrue();
        assertThat(source.currentKeys()).containsExactly(NEW.publicKey());
        assertFetches(2);
        assertThat(source.coolDown()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void refreshReportsNoChangeWhenTheSameKeyIsServedAgain() {
        serveKey(OLD.publicKeyOpenSsh());
        ApiPublicKeySource source = ApiPublicKeySource.builder(client).clock(clock).build();
        List<?> before = source.currentKeys();
        serveKey(OLD.publicKeyPem());
        clock.advance(Duration.ofHours(1));

        assertThat(source.refresh()).isFalse();
        assertThat(source.currentKeys()).isSameAs(before);
        assertFetches(2);
    }

    @Test
    void aFailedFirstFetchGivesNoUsableKeyAndIsRetriedOnlyAfterTheCoolDown() {
        serveError(503);
        WebhookVerifier verifier = verifier(ApiPublicKeySource.builder(client).clock(clock).build());

        assertThatThrownBy(() -> verifier.verify(PATH, signedBy(OLD), BODY))
                .isInstanceOfSatisfying(WebhookVerificationException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.NO_USABLE_KEY);
                    assertThat(e.getMessage()).startsWith("no public key to verify with: Payhawk's webhook public key could not"
                            + " be fetched (last attempt at 2026-11-02T10:00:00Z, next one after 2026-11-02T10:05:00Z);"
                            + " check that this service can reach GET /api/v3/rsa-public-key");
                    assertThat(e.getCause().getCause()).isNotNull();
                });
        Map<String, List<String>> signed = signedBy(OLD);
        for (int i = 0; i < 100; i++) {
            assertThatThrownBy(() -> verifier.verify(PATH, signed, BODY)).isInstanceOf(WebhookVerificationException.class);
        }
        assertFetches(1);

        serveKey(OLD.publicKeyOpenSsh());
        clock.advance(Duration.ofMinutes(5));
        assertThat(verifier.verify(PATH, signedBy(OLD), BODY)).isInstanceOf(ExpenseCreated.class);
        assertFetches(2);
    }

    @Test
    void aServedTextThatIsNotAKeyGivesNoUsableKeyThatSaysWhatWasExpected() {
        serveKey("<html><body>Maintenance</body></html>");
        WebhookVerifier verifier = verifier(ApiPublicKeySource.builder(client).clock(clock).build());

        assertThatThrownBy(() -> verifier.verify(PATH, signedBy(OLD), BODY))
                .isInstanceOfSatisfying(WebhookVerificationException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.NO_USABLE_KEY);
                    assertThat(e.getCause().getCause()).isInstanceOf(InvalidPublicKeyException.class)
                            .hasMessageContaining("expected an OpenSSH line 'ssh-rsa AAAA... comment'");
                });
    }

    @Test
    void aFailedRefreshKeepsTheKeyItHad() {
        serveKey(OLD.publicKeyOpenSsh());
        ApiPublicKeySource source = ApiPublicKeySource.builder(client).clock(clock).build();
        WebhookVerifier verifier = verifier(source);
        verifier.verify(PATH, signedBy(OLD), BODY);
        clock.advance(Duration.ofHours(1));
        serveError(500);

        assertThatThrownBy(() -> verifier.verify(PATH, signedBy(FORGER), BODY))
                .isInstanceOfSatisfying(WebhookVerificationException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.SIGNATURE_MISMATCH));
        assertThat(source.currentKeys()).containsExactly(OLD.publicKey());
        assertThat(verifier.verify(PATH, signedBy(OLD), BODY)).isNotNull();
        assertFetches(2);
    }

    @Test
    void aServedKeySetIsUsedWhole() {
        serveKey(OLD.publicKeyOpenSsh() + "\n" + NEW.publicKeyOpenSsh());
        WebhookVerifier verifier = verifier(ApiPublicKeySource.of(client));

        assertThat(verifier.verify(PATH, signedBy(OLD), BODY)).isNotNull();
        assertThat(verifier.verify(PATH, signedBy(NEW), BODY)).isNotNull();
        assertFetches(1);
    }

    @Test
    void refusesANegativeCoolDown() {
        assertThatThrownBy(() -> ApiPublicKeySource.builder(client).coolDown(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Collections.singletonList(ApiPublicKeySource.of(client).coolDown())).containsExactly(Duration.ofMinutes(5));
    }
}
