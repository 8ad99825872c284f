package io.github.payhawk4j.webhooks.testing;

import io.github.payhawk4j.webhooks.WebhookHeaders;
import io.github.payhawk4j.webhooks.key.PublicKeys;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WebhookSignerTest {

    private static final WebhookSigner SIGNER = WebhookSigner.generate();
    private static final byte[] BODY = "{\"id\":\"1\",\"accountId\":\"acc\",\"eventType\":\"expense.created\",\"payload\":{\"expenseId\":\"43\"}}"
            .getBytes(StandardCharsets.UTF_8);

    @Test
    void headersCarryTheTimestampWithMillisecondsAndASignatureOverTimestampPathAndBody() throws Exception {
        Map<String, String> headers = SIGNER.headers("/payhawk/webhooks?tenant=acme", BODY,
                Instant.parse("2026-11-02T10:15:30.123456Z"));

        assertThat(headers).containsOnlyKeys(WebhookHeaders.TIMESTAMP, WebhookHeaders.SIGNATURE);
        assertThat(headers.get(WebhookHeaders.TIMESTAMP)).isEqualTo("2026-11-02T10:15:30.123Z");
        Signature signature = Signature.getInstance("SHA256withRSA");
        signature.initVerify(SIGNER.publicKey());
        signature.update(("2026-11-02T10:15:30.123Z:/payhawk/webhooks?tenant=acme:").getBytes(StandardCharsets.UTF_8));
        signature.update(BODY);
        assertThat(signature.verify(Base64.getDecoder().decode(headers.get(WebhookHeaders.SIGNATURE)))).isTrue();
    }

    @Test
    void timestampsAlwaysHaveThreeFractionDigits() {
        assertThat(WebhookSigner.formatTimestamp(Instant.parse("2026-11-02T10:15:30Z"))).isEqualTo("2026-11-02T10:15:30.000Z");
        assertThat(WebhookSigner.formatTimestamp(Instant.parse("2026-11-02T10:15:30.1Z"))).isEqualTo("2026-11-02T10:15:30.100Z");
    }

    @Test
    void bodyBytesAreSignedAsGivenNotAsDecodedText() throws Exception {
        byte[] notUtf8 = {'{', (byte) 0xff, (byte) 0xfe, '}'};
        String signed = SIGNER.sign("t", "/p", notUtf8);

        Signature signature = Signature.getInstance("SHA256withRSA");
        signature.initVerify(SIGNER.publicKey());
        signature.update("t:/p:".getBytes(StandardCharsets.UTF_8));
        signature.update(notUtf8);
        assertThat(signature.verify(Base64.getDecoder().decode(signed))).isTrue();
    }

    @Test
    void everyPublicKeyTextFormParsesBackToTheSameKey() {
        assertThat(PublicKeys.parse(SIGNER.publicKeyOpenSsh())).isEqualTo(SIGNER.publicKey());
        assertThat(PublicKeys.parse(SIGNER.publicKeyPem())).isEqualTo(SIGNER.publicKey());
        assertThat(PublicKeys.parse(SIGNER.publicKeyPkcs1Pem())).isEqualTo(SIGNER.publicKey());
    }

    @Test
    void openSshLineLooksLikePayhawksOwn() {
        assertThat(SIGNER.publicKeyOpenSsh()).startsWith("ssh-rsa AAAAB3NzaC1yc2E").endsWith(" payhawk");
        assertThat(SIGNER.publicKeyPem()).startsWith("-----BEGIN PUBLIC KEY-----\n").endsWith("-----END PUBLIC KEY-----\n");
        assertThat(SIGNER.publicKeyPkcs1Pem()).startsWith("-----BEGIN RSA PUBLIC KEY-----\n").endsWith("-----END RSA PUBLIC KEY-----\n");
    }

    @Test
    void generatesTheRequestedKeySize() {
        assertThat(((RSAPublicKey) WebhookSigner.generate(3072).publicKey()).getModulus().bitLength()).isEqualTo(3072);
        assertThat(((RSAPublicKey) SIGNER.publicKey()).getModulus().bitLength()).isEqualTo(WebhookSigner.DEFAULT_KEY_BITS);
    }

    @Test
    void refusesKeysTheVerifierWouldRefuse() throws Exception {
        assertThatThrownBy(() -> WebhookSigner.generate(1024)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2048");
        KeyPairGenerator ec = KeyPairGenerator.getInstance("EC");
        assertThatThrownBy(() -> WebhookSigner.of(ec.generateKeyPair())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("RSA");
    }

    @Test
    void wrapsAnExistingKeyPair() throws Exception {
        KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
        rsa.initialize(2048);
        var pair = rsa.generateKeyPair();
        assertThat(WebhookSigner.of(pair).publicKey()).isEqualTo(pair.getPublic());
    }
}
