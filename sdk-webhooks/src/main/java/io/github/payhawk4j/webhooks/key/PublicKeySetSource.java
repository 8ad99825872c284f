package io.github.payhawk4j.webhooks.key;

import java.security.PublicKey;
import java.security.interfaces.RSAPublicKey;
import java.util.List;
import java.util.Objects;

/**
 * Several configured public keys, any of which may have signed a delivery: during a key rotation,
 * list the old and the new key until the old one is retired. The set never changes on its own:
 * {@link #refresh()} returns {@code false}.
 */
public final class PublicKeySetSource implements PublicKeySource {

    private final List<PublicKey> keys;

    private PublicKeySetSource(List<? extends RSAPublicKey> keys) {
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("a key set needs at least one key");
        }
        keys.forEach(key -> Objects.requireNonNull(key, "keys must not contain null"));
        this.keys = List.copyOf(keys);
    }

    /** A source offering {@code keys}, tried in the order given. */
    public static PublicKeySetSource of(List<? extends RSAPublicKey> keys) {
        return new PublicKeySetSource(Objects.requireNonNull(keys, "keys"));
    }

    /** A source offering {@code keys}, tried in the order given. */
    public static PublicKeySetSource of(RSAPublicKey... keys) {
        return of(List.of(keys));
    }

    /**
     * A source for every key in {@code keysText}: OpenSSH lines and PEM blocks, in any mix.
     *
     * @throws InvalidPublicKeyException if any entry is not an RSA public key, or there is none
     */
    public static PublicKeySetSource parse(String keysText) {
        return new PublicKeySetSource(PublicKeys.parseAll(keysText));
    }

    /** {@return the configured keys, in order} */
    @Override
    public List<PublicKey> currentKeys() {
        return keys;
    }

    /** {@return {@code false}: a configured set has nothing to refresh} */
    @Override
    public boolean refresh() {
        return false;
    }

    @Override
    public String toString() {
        return "PublicKeySetSource[" + keys.size() + " RSA keys]";
    }
}
