package io.github.payhawk4j.webhooks.key;

import java.security.PublicKey;
import java.util.List;

/**
 * Where a {@code WebhookVerifier} gets the public keys that may have signed a delivery.
 *
 * <p>Implementations: {@link FixedPublicKeySource} (one configured key, a {@link PublicKeySetSource} of one),
 * {@link PublicKeySetSource} (several configured keys, for a rotation), and
 * {@link ApiPublicKeySource} (fetched from Payhawk and cached). Implementations must be thread-safe.
 */
public interface PublicKeySource {

    /**
     * The keys to try, in order. Called for every delivery, so it must be cheap: return a cached,
     * immutable list, and the same list instance for as long as the keys have not changed.
     *
     * @return the current keys; an empty list if there are none
     * @throws RuntimeException if no keys can be obtained; the verifier reports it as
     *                          {@code NO_USABLE_KEY} with this exception as the cause
     */
    List<PublicKey> currentKeys();

    /**
     * Asks for fresh keys after a delivery failed to verify with the current ones, e.g. because
     * Payhawk rotated its key. Forged deliveries call this too, so a source that fetches must limit
     * how often it does so.
     *
     * @return {@code true} if new keys were obtained and verification is worth retrying
     */
    boolean refresh();
}
