package io.github.payhawk4j.webhooks;

import io.github.payhawk4j.webhooks.WebhookVerificationException.Reason;
import io.github.payhawk4j.webhooks.event.ExpenseCreated;
import io.github.payhawk4j.webhooks.event.WebhookEvent;
import io.github.payhawk4j.webhooks.event.WebhookException;
import io.github.payhawk4j.webhooks.event.WebhookPayloadException;
import io.github.payhawk4j.webhooks.key.FixedPublicKeySource;
import io.github.payhawk4j.webhooks.key.PublicKeySetSource;
import io.github.payhawk4j.webhooks.key.PublicKeySource;
import io.github.payhawk4j.webhooks.key.PublicKeys;
import io.github.payhawk4j.webhooks.testing.WebhookSigner;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

class WebhookVerifierTest {

    private static final WebhookSigner SIGNER = WebhookSigner.generate();
    private static final WebhookSigner OTHER_SIGNER = WebhookSigner.generate();
    private static final Instant NOW = Instant.parse("2026-11-02T10:15:30.123Z");
    private static final String PATH = "/payhawk/webhooks?tenant=acme";
    private static final byte[] BODY = ("{\"id\":\"d-1\",\"accountId\":\"acme\",\"eventType\":\"expense.created\","
            + "\"payload\":{\"expenseId\":\"43\"}}").getBytes(StandardCharsets.UTF_8);

    /** Every message produced below, to check none of them leaks a signature or a key. */
    private final List<String> messages = new ArrayList<>();

    private static WebhookVerifier verifier(PublicKeySource source, Instant now) {
        return WebhookVerifier.builder().publicKeySource(source).clock(Clock.fixed(now, ZoneOffset.UTC)).build();
    }

    private static WebhookVerifier verifier() {
        return verifier(FixedPublicKeySource.of((RSAPublicKey) SIGNER.publicKey()), NOW);
    }

    private static Map<String, List<String>> headers(Map<String, String> signed) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put("Content-Type", List.of("application/json"));
        signed.forEach((name, value) -> headers.put(name, List.of(value)));
        return headers;
    }

    private static Map<String, List<String>> headers(String timestamp, String signature) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        if (timestamp != null) {
            headers.put(WebhookHeaders.TIMESTAMP, List.of(timestamp));
        }
        if (signature != null) {
            headers.put(WebhookHeaders.SIGNATURE, List.of(signature));
        }
        return headers;
    }

    private WebhookVerificationException rejected(ThrowingCallable verification, Reason reason) {
        Throwable thrown = catchThrowable(verification);
        assertThat(thrown).isInstanceOf(WebhookVerificationException.class);
        WebhookVerificationException exception = (WebhookVerificationException) thrown;
        assertThat(exception.reason()).as(exception.getMessage()).isEqualTo(reason);
        messages.add(exception.getMessage());
        return exception;
    }

    @Test
    void aDeliverySignedWithTheKeyVerifiesAndParses() {
        WebhookEvent event = verifier().verify(PATH, headers(SIGNER.headers(PATH, BODY, NOW)), BODY);

        assertThat(event).isEqualTo(new ExpenseCreated("d-1", "acme", NOW, "43", event.payload()));
    }

    @Test
    void theKeyMayBeGivenInAnyTextForm() {
        Map<String, List<String>> headers = headers(SIGNER.headers(PATH, BODY, NOW));
        for (String keyText : List.of(SIGNER.publicKeyOpenSsh(), SIGNER.publicKeyPem(), SIGNER.publicKeyPkcs1Pem())) {
            assertThat(verifier(FixedPublicKeySource.parse(keyText), NOW).verify(PATH, headers, BODY))
                    .isInstanceOf(ExpenseCreated.class);
        }
    }

    @Test
    void keysOf2048And3072BitsVerify() {
        for (int bits : new int[] {2048, 3072}) {
            WebhookSigner signer = WebhookSigner.generate(bits);
            WebhookVerifier verifier = verifier(FixedPublicKeySource.parse(signer.publicKeyOpenSsh()), NOW);

            assertThat(verifier.verify(PATH, headers(signer.headers(PATH, BODY, NOW)), BODY)).isInstanceOf(ExpenseCreated.class);
        }
    }

    @Test
    void headerNamesMatchWhateverTheirCase() {
        Map<String, String> signed = SIGNER.headers(PATH, BODY, NOW);
        Map<String, List<String>> lowerCase = Map.of(
                "x-payhawk-timestamp", List.of(signed.get(WebhookHeaders.TIMESTAMP)),
                "X-PAYHAWK-SIGNATURE", List.of(signed.get(WebhookHeaders.SIGNATURE)));
        Map<String, List<String>> servletStyle = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        servletStyle.putAll(lowerCase);

        assertThat(verifier().verify(PATH, lowerCase, BODY)).isInstanceOf(ExpenseCreated.class);
        assertThat(verifier().verify(PATH, servletStyle, BODY)).isInstanceOf(ExpenseCreated.class);
    }

    @Test
    void theTwoHeaderValuesMayBePassedDirectly() {
        Map<String, String> signed = SIGNER.headers(PATH, BODY, NOW);

        assertThat(verifier().verify(PATH, signed.get(WebhookHeaders.TIMESTAMP), signed.get(WebhookHeaders.SIGNATURE), BODY))
                .isInstanceOf(ExpenseCreated.class);
        rejected(() -> verifier().verify(PATH, null, signed.get(WebhookHeaders.SIGNATURE), BODY), Reason.MISSING_HEADER);
        rejected(() -> verifier().verify(PATH, signed.get(WebhookHeaders.TIMESTAMP), "", BODY), Reason.MISSING_HEADER);
    }

    @Test
    void timestampsExactlyAtTheToleranceAreAcceptedAndOneMillisecondBeyondRejected() {
        Map<String, List<String>> headers = headers(SIGNER.headers(PATH, BODY, NOW));
        FixedPublicKeySource key = FixedPublicKeySource.of((RSAPublicKey) SIGNER.publicKey());

        assertThat(verifier(key, NOW.plus(Duration.ofMinutes(5))).verify(PATH, headers, BODY)).isNotNull();
        assertThat(verifier(key, NOW.minus(Duration.ofMinutes(5))).verify(PATH, headers, BODY)).isNotNull();

        WebhookVerificationException tooOld = rejected(() -> verifier(key, NOW.plus(Duration.ofMillis(300_001)))
                .verify(PATH, headers, BODY), Reason.TIMESTAMP_TOO_OLD);
        assertThat(tooOld).hasMessage("timestamp 2026-11-02T10:15:30.123Z is 300.001s old, more than the 300s tolerance;"
                + " check the server clock (it reads 2026-11-02T10:20:30.124Z) or whether this is a replayed delivery");

        WebhookVerificationException inFuture = rejected(() -> verifier(key, NOW.minus(Duration.ofMillis(300_001)))
                .verify(PATH, headers, BODY), Reason.TIMESTAMP_IN_FUTURE);
        assertThat(inFuture).hasMessage("timestamp 2026-11-02T10:15:30.123Z is 300.001s in the future, more than the 300s"
                + " tolerance; check the server clock (it reads 2026-11-02T10:10:30.122Z)");
    }

    @Test
    void theToleranceIsConfigurable() {
        Map<String, List<String>> headers = headers(SIGNER.headers(PATH, BODY, NOW));
        WebhookVerifier strict = WebhookVerifier.builder()
                .publicKeySource(FixedPublicKeySource.of((RSAPublicKey) SIGNER.publicKey()))
                .tolerance(Duration.ofSeconds(30))
                .clock(Clock.fixed(NOW.plusSeconds(442), ZoneOffset.UTC))
                .build();

        assertThat(strict.tolerance()).isEqualTo(Duration.ofSeconds(30));
        assertThat(rejected(() -> strict.verify(PATH, headers, BODY), Reason.TIMESTAMP_TOO_OLD))
                .hasMessageStartingWith("timestamp 2026-11-02T10:15:30.123Z is 442s old, more than the 30s tolerance;");
        assertThatThrownBy(() -> WebhookVerifier.builder().tolerance(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WebhookVerifier.builder().build())
                .isInstanceOf(IllegalStateException.class).hasMessageStartingWith("publicKeySource is required");
    }

    @Test
    void missingHeadersAreReportedByName() {
        Map<String, String> signed = SIGNER.headers(PATH, BODY, NOW);

        assertThat(rejected(() -> verifier().verify(PATH, headers(null, signed.get(WebhookHeaders.SIGNATURE)), BODY),
                Reason.MISSING_HEADER)).hasMessageStartingWith("missing header X-Payhawk-Timestamp;");
        assertThat(rejected(() -> verifier().verify(PATH, headers(signed.get(WebhookHeaders.TIMESTAMP), null), BODY),
                Reason.MISSING_HEADER)).hasMessageStartingWith("missing header X-Payhawk-Signature;");
        rejected(() -> verifier().verify(PATH, headers("", ""), BODY), Reason.MISSING_HEADER);
        rejected(() -> verifier().verify(PATH, Map.of(), BODY), Reason.MISSING_HEADER);
    }

    @Test
    void aTimestampThatIsNotAnInstantIsMalformed() {
        String signature = SIGNER.sign("yesterday", PATH, BODY);
        for (String timestamp : List.of("yesterday", "2026-11-02 10:15:30", "2026-13-02T10:15:30.123Z", "2026-11-02T10:15:30.12aZ",
                "1793614530123", "2026-11-02T10:15:30.123Z, 2026-11-02T10:15:30.123Z")) {
            rejected(() -> verifier().verify(PATH, headers(timestamp, signature), BODY), Reason.MALFORMED_TIMESTAMP);
        }
        assertThat(rejected(() -> verifier().verify(PATH, headers("yester\nday", signature), BODY), Reason.MALFORMED_TIMESTAMP))
                .hasMessage("X-Payhawk-Timestamp 'yester?day' is not an ISO-8601 instant like 2026-11-02T10:15:30.123Z");
    }

    @Test
    void timestampsAnyDistanceAwayAreRejectedWithTheirReasonNeverAnArithmeticFailure() {
        String signature = SIGNER.sign("+300000000-01-01T00:00:00Z", PATH, BODY);
        Map<String, Reason> expected = new LinkedHashMap<>();
        expected.put("+300000000-01-01T00:00:00Z", Reason.TIMESTAMP_IN_FUTURE);
        expected.put("-300000000-01-01T00:00:00Z", Reason.TIMESTAMP_TOO_OLD);
        expected.put("+1000000000-12-31T23:59:59.999999999Z", Reason.TIMESTAMP_IN_FUTURE);
        expected.put("-1000000000-01-01T00:00:00Z", Reason.TIMESTAMP_TOO_OLD);
        expected.put("0000-01-01T00:00:00.000Z", Reason.TIMESTAMP_TOO_OLD);
        expected.put("9999-12-31T23:59:59.999Z", Reason.TIMESTAMP_IN_FUTURE);
        expected.put("2026-11-02T10:15:30.123+18:00", Reason.TIMESTAMP_TOO_OLD);
        expected.put("2026-11-02T10:15:30.123-18:00", Reason.TIMESTAMP_IN_FUTURE);
        expected.put("+1000000001-01-01T00:00:00Z", Reason.MALFORMED_TIMESTAMP);
        expected.put("+99999999999999999999-01-01T00:00:00Z", Reason.MALFORMED_TIMESTAMP);
        expected.put("2026-11-02T10:15:30." + "9".repeat(10) + "Z", Reason.MALFORMED_TIMESTAMP);
        expected.put("9".repeat(10_000), Reason.MALFORMED_TIMESTAMP);

        expected.forEach((timestamp, reason) -> {
            WebhookVerificationException rejection = rejected(
                    () -> verifier().verify(PATH, headers(timestamp, signature), BODY), reason);
            assertThat(rejection).as(timestamp).hasNoCause();
        });
        assertThat(rejected(() -> verifier().verify(PATH, headers("+300000000-01-01T00:00:00Z", signature), BODY),
                Reason.TIMESTAMP_IN_FUTURE)).hasMessageStartingWith(
                "timestamp +300000000-01-01T00:00:00Z is 9467021639166269.877s in the future, more than the 300s tolerance;");
    }

    @Test
    void aTimestampWithoutMillisecondsOrWithAnOffsetIsReadToo() {
        for (String timestamp : List.of("2026-11-02T10:15:30Z", "2026-11-02T11:15:30.123+01:00", "2026-11-02T10:15:30.123456Z")) {
            assertThat(verifier().verify(PATH, headers(timestamp, SIGNER.sign(timestamp, PATH, BODY)), BODY)).isNotNull();
        }
    }

    @Test
    void aRepeatedHeaderIsMalformed() {
        Map<String, String> signed = SIGNER.headers(PATH, BODY, NOW);
        String timestamp = signed.get(WebhookHeaders.TIMESTAMP);
        String signature = signed.get(WebhookHeaders.SIGNATURE);

        Map<String, List<String>> twoTimestamps = Map.of(WebhookHeaders.TIMESTAMP, List.of(timestamp, timestamp),
                WebhookHeaders.SIGNATURE, List.of(signature));
        assertThat(rejected(() -> verifier().verify(PATH, twoTimestamps, BODY), Reason.MALFORMED_TIMESTAMP))
                .hasMessage("header X-Payhawk-Timestamp appears 2 times; expected exactly one");
        Map<String, List<String>> twoSignatures = Map.of(WebhookHeaders.TIMESTAMP, List.of(timestamp),
                WebhookHeaders.SIGNATURE, List.of(signature, OTHER_SIGNER.sign(timestamp, PATH, BODY)));
        rejected(() -> verifier().verify(PATH, twoSignatures, BODY), Reason.MALFORMED_SIGNATURE);
        Map<String, List<String>> sameNameTwoCases = Map.of(WebhookHeaders.TIMESTAMP, List.of(timestamp),
                "X-Payhawk-Signature", List.of(signature), "x-payhawk-signature", List.of(signature));
        rejected(() -> verifier().verify(PATH, sameNameTwoCases, BODY), Reason.MALFORMED_SIGNATURE);
    }

    @Test
    void aSignatureThatIsNotCanonicalBase64IsMalformed() {
        String timestamp = WebhookSigner.formatTimestamp(NOW);
        String signature = SIGNER.sign(timestamp, PATH, BODY);
        for (String malformed : List.of("###", signature.replace('+', '-').replace('/', '_') + "!", signature.substring(1),
                signature + " ", "sha256=" + signature)) {
            assertThat(rejected(() -> verifier().verify(PATH, headers(timestamp, malformed), BODY), Reason.MALFORMED_SIGNATURE))
                    .hasMessageStartingWith("X-Payhawk-Signature is not canonical base64 (");
        }
    }

    @Test
    void anUnpaddedSignatureIsNotCanonicalAndIsRejectedThoughItsBytesWouldVerify() {
        String timestamp = WebhookSigner.formatTimestamp(NOW);
        String padded = SIGNER.sign(timestamp, PATH, BODY);
        // A 2048-bit signature is 256 bytes: 342 characters and "==".
        assertThat(padded).hasSize(344).endsWith("==");
        assertThat(verifier().verify(PATH, headers(timestamp, padded), BODY)).isNotNull();

        for (String unpadded : List.of(padded.substring(0, 342), padded.substring(0, 343))) {
            assertThat(rejected(() -> verifier().verify(PATH, headers(timestamp, unpadded), BODY), Reason.MALFORMED_SIGNATURE))
                    .hasMessageStartingWith("X-Payhawk-Signature is not canonical base64 (");
        }
    }

    @Test
    void aSignatureByAnotherKeyOrOverOtherDataIsAMismatch() {
        Map<String, List<String>> byOtherKey = headers(OTHER_SIGNER.headers(PATH, BODY, NOW));
        assertThat(rejected(() -> verifier().verify(PATH, byOtherKey, BODY), Reason.SIGNATURE_MISMATCH))
                .hasMessage("signature does not match timestamp, path '/payhawk/webhooks' (plus its query) and the "
                        + BODY.length + "-byte body under any of 1 key(s); check that the path is the one the callback URL"
                        + " was registered with (proxies may rewrite it), that the body is passed unmodified, and the key source");

        Map<String, List<String>> signed = headers(SIGNER.headers(PATH, BODY, NOW));
        rejected(() -> verifier().verify("/payhawk/webhooks", signed, BODY), Reason.SIGNATURE_MISMATCH);
        rejected(() -> verifier().verify(PATH, signed, "{}".getBytes(StandardCharsets.UTF_8)), Reason.SIGNATURE_MISMATCH);
        String shortSignature = Base64.getEncoder().encodeToString(new byte[16]);
        rejected(() -> verifier().verify(PATH, headers(WebhookSigner.formatTimestamp(NOW), shortSignature), BODY),
                Reason.SIGNATURE_MISMATCH);
    }

    @Test
    void anUnverifiedBodyIsNeverParsed() {
        byte[] notJson = "not json".getBytes(StandardCharsets.UTF_8);
        Map<String, List<String>> byOtherKey = headers(OTHER_SIGNER.headers(PATH, notJson, NOW));

        rejected(() -> verifier().verify(PATH, byOtherKey, notJson), Reason.SIGNATURE_MISMATCH);
    }

    @Test
    void aVerifiedBodyThatIsNotAnEnvelopeIsAPayloadErrorNotAVerificationFailure() {
        byte[] notJson = "not json".getBytes(StandardCharsets.UTF_8);
        byte[] array = "[]".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> verifier().verify(PATH, headers(SIGNER.headers(PATH, notJson, NOW)), notJson))
                .isInstanceOf(WebhookPayloadException.class).isInstanceOf(WebhookException.class);
        assertThatThrownBy(() -> verifier().verify(PATH, headers(SIGNER.headers(PATH, array, NOW)), array))
                .isInstanceOf(WebhookPayloadException.class);
    }

    @Test
    void checksRunInTheDocumentedOrder() {
        String staleTimestamp = WebhookSigner.formatTimestamp(NOW.minus(Duration.ofHours(1)));

        rejected(() -> verifier().verify(PATH, headers(null, null), BODY), Reason.MISSING_HEADER);
        rejected(() -> verifier().verify(PATH, headers("junk", null), BODY), Reason.MISSING_HEADER);
        rejected(() -> verifier().verify(PATH, headers("junk", "###"), BODY), Reason.MALFORMED_TIMESTAMP);
        rejected(() -> verifier().verify(PATH, headers(staleTimestamp, "###"), BODY), Reason.TIMESTAMP_TOO_OLD);
        Map<String, List<String>> staleAndTwoSignatures = Map.of(WebhookHeaders.TIMESTAMP, List.of(staleTimestamp),
                WebhookHeaders.SIGNATURE, List.of("a", "b"));
        rejected(() -> verifier().verify(PATH, staleAndTwoSignatures, BODY), Reason.TIMESTAMP_TOO_OLD);
        rejected(() -> verifier().verify(PATH, headers(WebhookSigner.formatTimestamp(NOW), "###"), "junk".getBytes(StandardCharsets.UTF_8)),
                Reason.MALFORMED_SIGNATURE);
    }

    @Test
    void anyKeyOfAKeySetMayHaveSigned() {
        WebhookVerifier verifier = verifier(PublicKeySetSource.parse(OTHER_SIGNER.publicKeyPem() + SIGNER.publicKeyOpenSsh()), NOW);

        assertThat(verifier.verify(PATH, headers(SIGNER.headers(PATH, BODY, NOW)), BODY)).isNotNull();
        assertThat(verifier.verify(PATH, headers(OTHER_SIGNER.headers(PATH, BODY, NOW)), BODY)).isNotNull();
        assertThat(rejected(() -> verifier.verify(PATH, headers(WebhookSigner.generate().headers(PATH, BODY, NOW)), BODY),
                Reason.SIGNATURE_MISMATCH)).hasMessageContaining("under any of 2 key(s)");
    }

    @Test
    void aSourceWithoutAnRsaKeyOrThatFailsGivesNoUsableKey() throws Exception {
        KeyPairGenerator ec = KeyPairGenerator.getInstance("EC");
        PublicKey ecKey = ec.generateKeyPair().getPublic();
        Map<String, List<String>> signed = headers(SIGNER.headers(PATH, BODY, NOW));

        assertThat(rejected(() -> verifier(new ConfiguredKeys(List.of(ecKey)), NOW).verify(PATH, signed, BODY), Reason.NO_USABLE_KEY))
                .hasMessage("the public key source offers 1 key(s) but no RSA key; configure Payhawk's RSA public key");
        assertThat(rejected(() -> verifier(new ConfiguredKeys(List.of()), NOW).verify(PATH, signed, BODY), Reason.NO_USABLE_KEY))
                .hasMessage("the public key source offers no key; configure Payhawk's RSA public key");
        WebhookVerificationException failed = rejected(() -> verifier(new UnreachableKeys(), NOW).verify(PATH, signed, BODY),
                Reason.NO_USABLE_KEY);
        assertThat(failed).hasMessage("no public key to verify with: key server unreachable");
        assertThat(failed.getCause()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void messagesNeverContainTheSignatureOrTheKey() {
        aTimestampThatIsNotAnInstantIsMalformed();
        aRepeatedHeaderIsMalformed();
        aSignatureThatIsNotCanonicalBase64IsMalformed();
        aSignatureByAnotherKeyOrOverOtherDataIsAMismatch();
        timestampsExactlyAtTheToleranceAreAcceptedAndOneMillisecondBeyondRejected();
        anyKeyOfAKeySetMayHaveSigned();

        assertThat(messages).hasSizeGreaterThan(15);
        List<String> secrets = new ArrayList<>();
        for (WebhookSigner signer : List.of(SIGNER, OTHER_SIGNER)) {
            String signature = signer.headers(PATH, BODY, NOW).get(WebhookHeaders.SIGNATURE);
            secrets.add(signature.substring(0, 16));
            secrets.add(signer.publicKeyOpenSsh().substring(30, 60));
            secrets.add(signer.publicKeyPem().split("\n")[2]);
            secrets.add(signer.publicKeyPkcs1Pem().split("\n")[2]);
        }
        secrets.add(((RSAPublicKey) SIGNER.publicKey()).getModulus().toString().substring(0, 30));
        secrets.add(((RSAPublicKey) SIGNER.publicKey()).getModulus().toString(16).substring(0, 30));
        for (String message : messages) {
            for (String secret : secrets) {
                assertThat(message).doesNotContain(secret);
            }
            assertThat(message).doesNotContain("tenant=acme");
        }
    }

    @Test
    void theVerifierIsSafeToShareAcrossThreads() throws Exception {
        WebhookVerifier verifier = verifier(PublicKeySetSource.of((RSAPublicKey) OTHER_SIGNER.publicKey(),
                PublicKeys.parse(SIGNER.publicKeyPem())), NOW);
        Map<String, List<String>> good = headers(SIGNER.headers(PATH, BODY, NOW));
        Map<String, List<String>> forged = headers(WebhookSigner.generate().headers(PATH, BODY, NOW));
        List<Thread> threads = new ArrayList<>();
        List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
        for (int t = 0; t < 4; t++) {
            threads.add(new Thread(() -> {
                try {
                    for (int i = 0; i < 200; i++) {
                        assertThat(verifier.verify(PATH, good, BODY)).isInstanceOf(ExpenseCreated.class);
                        assertThatThrownBy(() -> verifier.verify(PATH, forged, BODY)).isInstanceOf(WebhookVerificationException.class);
                    }
                } catch (Throwable e) {
                    failures.add(e);
                }
            }));
        }
        threads.forEach(Thread::start);
        for (Thread thread : threads) {
            thread.join();
        }
        assertThat(failures).isEmpty();
    }

    /** A source over a fixed list that may hold keys of any type, which the SDK's own sources refuse. */
    private record ConfiguredKeys(List<PublicKey> keys) implements PublicKeySource {
        @Override
        public List<PublicKey> currentKeys() {
            return keys;
        }

        @Override
        public boolean refresh() {
            return false;
        }
    }

    /** A source whose key server cannot be reached. */
    private static final class UnreachableKeys implements PublicKeySource {
        @Override
        public List<PublicKey> currentKeys() {
            throw new IllegalStateException("key server unreachable");
        }

        @Override
        public boolean refresh() {
            return false;
        }
    }
}
