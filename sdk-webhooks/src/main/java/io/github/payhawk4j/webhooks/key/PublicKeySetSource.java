package io.github.payhawk4j.webhooks.key;

import java.security.PublicKey;
import java.security.interfaces.RSAPublicKey;
import java.util.List;
import java.util.Objects;

/**
 * Configured public keys, any of which may have signed a delivery: one key
 * ({@link FixedPublicKeySource}, the common case), or, during a key rotation, the old and the new key
 * until the old one is retired. The set never changes on its own: {@link #refresh()} returns
 * {@code false}.
 */
public sealed class PublicKeySetSource implements PublicKeySource permits FixedPublicKeySource {

    private final List<PublicKey> keys;

    PublicKeySetSource(List<? extends RSAPublicKey> keys) {
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
    public final List<PublicKey> currentKeys() {
        return keys;
    }

    /** {@return {@code false}: a configured set has nothing to refresh} */
    @Override
    public final boolean refresh() {
        return false;
    }

    /** {@return the class name and how many keys it offers, never the keys} */
    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + keys.size() + (keys.size() == 1 ? " RSA key]" : " RSA keys]");
    }
}
