package io.github.payhawk4j.webhooks.key;

import java.security.PublicKey;
import java.security.interfaces.RSAPublicKey;
import java.util.List;
import java.util.Objects;

/**
 * One public key, configured by you, e.g. read from a file or an environment variable. It never
 * changes: {@link #refresh()} returns {@code false}. For a rotation use {@link PublicKeySetSource}.
 */
public final class FixedPublicKeySource implements PublicKeySource {

    private final List<PublicKey> keys;

    private FixedPublicKeySource(RSAPublicKey key) {
        this.keys = List.of(key);
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

    /** {@return the one key} */
    @Override
    public List<PublicKey> currentKeys() {
        return keys;
    }

    /** {@return {@code false}: a fixed key has nothing to refresh} */
    @Override
    public boolean refresh() {
        return false;
    }

    @Override
    public String toString() {
        return "FixedPublicKeySource[1 RSA key]";
    }
}
