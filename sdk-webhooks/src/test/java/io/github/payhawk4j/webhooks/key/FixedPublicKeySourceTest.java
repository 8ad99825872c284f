package io.github.payhawk4j.webhooks.key;

import io.github.payhawk4j.webhooks.testing.WebhookSigner;
import org.junit.jupiter.api.Test;

import java.security.interfaces.RSAPublicKey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FixedPublicKeySourceTest {

    private static final WebhookSigner SIGNER = WebhookSigner.generate();

    @Test
    void offersTheOneKeyAndNeverRefreshes() {
        FixedPublicKeySource source = FixedPublicKeySource.of((RSAPublicKey) SIGNER.publicKey());

        assertThat(source.currentKeys()).containsExactly(SIGNER.publicKey());
        assertThat(source.currentKeys()).isSameAs(source.currentKeys());
        assertThat(source.refresh()).isFalse();
        assertThat(source).hasToString("FixedPublicKeySource[1 RSA key]");
    }

    @Test
    void isTheKeySetSourceWithOneKeyNotAParallelImplementation() {
        PublicKeySetSource source = FixedPublicKeySource.of((RSAPublicKey) SIGNER.publicKey());

        assertThat(source.currentKeys()).isEqualTo(PublicKeySetSource.of((RSAPublicKey) SIGNER.publicKey()).currentKeys());
        assertThat(PublicKeySetSource.of((RSAPublicKey) SIGNER.publicKey())).hasToString("PublicKeySetSource[1 RSA key]");
    }

    @Test
    void parsesTheKeyFromAnyTextForm() {
        assertThat(FixedPublicKeySource.parse(SIGNER.publicKeyOpenSsh()).currentKeys()).containsExactly(SIGNER.publicKey());
        assertThat(FixedPublicKeySource.parse(SIGNER.publicKeyPem()).currentKeys()).containsExactly(SIGNER.publicKey());
        assertThat(FixedPublicKeySource.parse(SIGNER.publicKeyPkcs1Pem()).currentKeys()).containsExactly(SIGNER.publicKey());
    }

    @Test
    void refusesTextWithSeveralKeysOrNone() {
        assertThatThrownBy(() -> FixedPublicKeySource.parse(SIGNER.publicKeyPem() + SIGNER.publicKeyOpenSsh()))
                .isInstanceOf(InvalidPublicKeyException.class).hasMessageContaining("found 2 public keys where one was expected");
        assertThatThrownBy(() -> FixedPublicKeySource.parse("")).isInstanceOf(InvalidPublicKeyException.class);
    }
}
