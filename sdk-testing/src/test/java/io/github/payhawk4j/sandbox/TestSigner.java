package io.github.payhawk4j.sandbox;

import io.github.payhawk4j.webhooks.testing.WebhookSigner;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.time.Duration;
import java.util.Base64;

/**
 * A fixed RSA key for the tests (a throwaway, made with {@code openssl genpkey}), so that sandboxes
 * in tests do not spend seconds generating keys; the one test about the sandbox's own fresh key
 * starts a sandbox without it.
 */
final class TestSigner {

    static final WebhookSigner SHARED = WebhookSigner.of(load("test-signing-key.pem"));

    private TestSigner() {
    }

    /**
     * A sandbox builder with the test key, no rate limit and quick delivery retries. The delivery timeout is
     * long: on a loaded machine a receiver may take seconds to answer, and a timed-out attempt would be retried,
     * so tests would count deliveries that the scheduler, not the sandbox, caused.
     */
    static PayhawkSandbox.Builder quickSandbox() {
        return PayhawkSandbox.builder()
                .signer(SHARED)
                .withoutRateLimit()
                .deliveryBackoff(Duration.ofMillis(20), Duration.ofMillis(100))
                .deliveryTimeout(Duration.ofSeconds(60));
    }

    private static KeyPair load(String resource) {
        try (InputStream in = TestSigner.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing test resource " + resource);
            }
            String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII)
                    .replace("-----BEGIN PRIVATE KEY-----", "")
                    .replace("-----END PRIVATE KEY-----", "")
                    .replaceAll("\\s", "");
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            RSAPrivateCrtKey privateKey = (RSAPrivateCrtKey) rsa.generatePrivate(
                    new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
            BigInteger modulus = privateKey.getModulus();
            return new KeyPair(rsa.generatePublic(new RSAPublicKeySpec(modulus, privateKey.getPublicExponent())),
                    privateKey);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The test key cannot be read", e);
        }
    }
}
