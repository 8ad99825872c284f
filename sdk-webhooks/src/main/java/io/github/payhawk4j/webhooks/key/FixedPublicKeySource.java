package io.github.payhawk4j.webhooks.key;

import java.security.interfaces.RSAPublicKey;
import java.util.List;
import java.util.Objects;

/**
 * One public key, configured by you, e.g. read from a file or an environment variable: the
 * {@link PublicKeySetSource} with exactly one key. It never changes: {@link #refresh()} returns
 * {@code false}. For a rotation use a {@link PublicKeySetSource} of the old and the new key.
 */
public final class FixedPublicKeySource extends PublicKeySetSource {

    private FixedPublicKeySource(RSAPublicKey key) {
        super(List.of(key));
    }

    /** A source that always offers {@code key}. */
    public static FixedPublicKeySource of(RSAPublicKey key) {
        return new FixedPublicKeySource(Objects.requireNonNull(key, "key"));
    }

    /**
     * A source for the key in {@code keyText}: an OpenSSH {@code ssh-rsa} line or a PEM block.
     *
     * @throws InvalidPublicKeyException if the text is not exactly one RSA public key
     */
    public static FixedPublicKeySource parse(String keyText) {
        return new FixedPublicKeySource(PublicKeys.parse(keyText));
    }
}
