package io.github.payhawk4j.webhooks.key;

import io.github.payhawk4j.webhooks.testing.WebhookSigner;
import org.junit.jupiter.api.Test;

import java.security.interfaces.RSAPublicKey;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PublicKeySetSourceTest {

    private static final WebhookSigner OLD = WebhookSigner.generate();
    private static final WebhookSigner NEW = WebhookSigner.generate();

    @Test
    void offersEveryKeyInTheGivenOrderAndNeverRefreshes() {
        PublicKeySetSource source = PublicKeySetSource.of((RSAPublicKey) OLD.publicKey(), (RSAPublicKey) NEW.publicKey());

        assertThat(source.currentKeys()).containsExactly(OLD.publicKey(), NEW.publicKey());
        assertThat(source.currentKeys()).isSameAs(source.currentKeys());
        assertThat(source.refresh()).isFalse();
        assertThat(source).hasToString("PublicKeySetSource[2 RSA keys]");
    }

    @Test
    void parsesAMixOfTextForms() {
        PublicKeySetSource source = PublicKeySetSource.parse("# old\n" + OLD.publicKeyOpenSsh() + "\n# new\n" + NEW.publicKeyPkcs1Pem());

        assertThat(source.currentKeys()).containsExactly(OLD.publicKey(), NEW.publicKey());
    }

    @Test
    void refusesAnEmptySet() {
        assertThatThrownBy(() -> PublicKeySetSource.of(List.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a key set needs at least one key");
        assertThatThrownBy(() -> PublicKeySetSource.parse("# nothing here")).isInstanceOf(InvalidPublicKeyException.class);
    }

    @Test
    void isNotChangedByChangesToTheListItWasBuiltFrom() {
        ArrayList<RSAPublicKey> keys = new ArrayList<>(List.of((RSAPublicKey) OLD.publicKey()));
        PublicKeySetSource source = PublicKeySetSource.of(keys);
        keys.add((RSAPublicKey) NEW.publicKey());

        assertThat(source.currentKeys()).containsExactly(OLD.publicKey());
    }
}
