package io.github.payhawk4j.webhooks.testing;

import io.github.payhawk4j.webhooks.WebhookHeaders;
import io.github.payhawk4j.webhooks.key.PublicKeys;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Signs webhook deliveries the way Payhawk does, so handlers can be tested without Payhawk.
 *
 * <p>Give the verifier {@link #publicKey()} (or one of its text forms) and send the body with the
 * headers from {@link #headers(String, byte[], Instant)}:
 * <pre>{@code
 * WebhookSigner signer = WebhookSigner.generate();
 * byte[] body = "{\"id\":\"1\",\"accountId\":\"acc\",\"eventType\":\"expense.created\",\"payload\":{\"expenseId\":\"43\"}}"
 *         .getBytes(StandardCharsets.UTF_8);
 * Map<String, String> headers = signer.headers("/payhawk/webhooks", body, Instant.now());
 * }</pre>
 * Instances are immutable and thread-safe. Not for production: the private key lives in memory.
 */
public final class WebhookSigner {

    /** The RSA key size {@link #generate()} uses. */
    public static final int DEFAULT_KEY_BITS = 2048;
    /** The comment {@link #publicKeyOpenSsh()} ends with, as in Payhawk's own key line. */
    public static final String OPENSSH_COMMENT = "payhawk";

    private static final String ALGORITHM = "SHA256withRSA";
    private static final DateTimeFormatter TIMESTAMP_FORMAT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private final PrivateKey privateKey;
    private final RSAPublicKey publicKey;

    private WebhookSigner(PrivateKey privateKey, RSAPublicKey publicKey) {
        this.privateKey = privateKey;
        this.publicKey = publicKey;
    }

    /** A signer with a freshly generated {@value #DEFAULT_KEY_BITS}-bit RSA key pair. */
    public static WebhookSigner generate() {
        return generate(DEFAULT_KEY_BITS);
    }

    /**
     * A signer with a freshly generated RSA key pair of {@code bits} bits (Payhawk uses 3072).
     *
     * @throws IllegalArgumentException if {@code bits} is below {@link PublicKeys#MIN_MODULUS_BITS},
     *                                  which the verifier would refuse
     */
    public static WebhookSigner generate(int bits) {
        if (bits < PublicKeys.MIN_MODULUS_BITS) {
            throw new IllegalArgumentException("RSA key size " + bits + " is below the "
                    + PublicKeys.MIN_MODULUS_BITS + " bits the verifier accepts");
        }
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(bits);
            return of(generator.generateKeyPair());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JVM cannot generate RSA keys", e);
        }
    }

    /**
     * A signer for an existing RSA key pair, e.g. one loaded from a test keystore.
     *
     * @throws IllegalArgumentException if the pair is not an RSA pair
     */
    public static WebhookSigner of(KeyPair keyPair) {
        Objects.requireNonNull(keyPair, "keyPair");
        if (!(keyPair.getPublic() instanceof RSAPublicKey) || keyPair.getPrivate() == null
                || !"RSA".equals(keyPair.getPrivate().getAlgorithm())) {
            throw new IllegalArgumentException("expected an RSA key pair with both keys; Payhawk signs with SHA256withRSA");
        }
        return new WebhookSigner(keyPair.getPrivate(), (RSAPublicKey) keyPair.getPublic());
    }

    /**
     * The two headers of a delivery of {@code body} to {@code pathAndQuery}, signed at {@code timestamp}
     * (truncated to milliseconds): {@link WebhookHeaders#TIMESTAMP} then {@link WebhookHeaders#SIGNATURE}.
     *
     * @param pathAndQuery the path the delivery is addressed to, plus {@code ?query} if any,
     *                     e.g. {@code /payhawk/webhooks?tenant=acme}
     */
    public Map<String, String> headers(String pathAndQuery, byte[] body, Instant timestamp) {
        String timestampText = formatTimestamp(timestamp);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(WebhookHeaders.TIMESTAMP, timestampText);
        headers.put(WebhookHeaders.SIGNATURE, sign(timestampText, pathAndQuery, body));
        return Collections.unmodifiableMap(headers);
    }

    /**
     * The base64 {@code SHA256withRSA} signature over the UTF-8 bytes of
     * {@code timestampText + ":" + pathAndQuery + ":"} followed by the raw {@code body} bytes.
     * Use it to sign an exact timestamp text, or a deliberately odd one.
     */
    public String sign(String timestampText, String pathAndQuery, byte[] body) {
        Objects.requireNonNull(timestampText, "timestampText");
        Objects.requireNonNull(pathAndQuery, "pathAndQuery");
        Objects.requireNonNull(body, "body");
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initSign(privateKey);
            signature.update((timestampText + ":" + pathAndQuery + ":").getBytes(StandardCharsets.UTF_8));
            signature.update(body);
            return Base64.getEncoder().encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("signing with " + ALGORITHM + " failed", e);
        }
    }

    /** {@code timestamp} as Payhawk writes it: ISO-8601 in UTC with exactly three fraction digits. */
    public static String formatTimestamp(Instant timestamp) {
        return TIMESTAMP_FORMAT.format(Objects.requireNonNull(timestamp, "timestamp"));
    }

    /** The public key as an OpenSSH line, {@code ssh-rsa AAAA... payhawk}, as Payhawk's API serves it. */
    public String publicKeyOpenSsh() {
        return PublicKeys.toOpenSsh(publicKey, OPENSSH_COMMENT);
    }

    /** The public key as PEM {@code BEGIN PUBLIC KEY} (X.509 SubjectPublicKeyInfo). */
    public String publicKeyPem() {
        return PublicKeys.toPem(publicKey);
    }

    /** The public key as PEM {@code BEGIN RSA PUBLIC KEY} (PKCS#1). */
    public String publicKeyPkcs1Pem() {
        return PublicKeys.toPkcs1Pem(publicKey);
    }

    /** The public key, to hand to a verifier's key source. */
    public PublicKey publicKey() {
        return publicKey;
    }
}
