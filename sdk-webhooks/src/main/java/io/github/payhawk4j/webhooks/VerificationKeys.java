package io.github.payhawk4j.webhooks;

import java.security.GeneralSecurityException;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.security.Signature;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * One snapshot of a key source's keys, each with a pool of {@link Signature} objects already
 * initialised for it. Looking up the algorithm and initialising with the key cost a noticeable
 * share of an RSA verification, so a verifier reuses them across deliveries and threads.
 */
final class VerificationKeys {

    static final String ALGORITHM = "SHA256withRSA";

    private final List<PublicKey> source;
    private final List<KeyVerifier> verifiers;

    VerificationKeys(List<PublicKey> source) {
        this.source = source;
        List<KeyVerifier> usable = new ArrayList<>(source.size());
        for (PublicKey key : source) {
            if (key != null && "RSA".equals(key.getAlgorithm())) {
                usable.add(new KeyVerifier(key));
            }
        }
        this.verifiers = List.copyOf(usable);
    }

    /** Whether this snapshot was made from exactly this list instance. */
    boolean isSnapshotOf(List<PublicKey> keys) {
        return source == keys;
    }

    /** How many of the source's keys are RSA keys this snapshot can verify with. */
    int usableKeyCount() {
        return verifiers.size();
    }

    /** How many keys the source gave, usable or not. */
    int keyCount() {
        return source.size();
    }

    /** Whether any key verifies {@code signature} over {@code signedPrefix} followed by {@code body}. */
    boolean anyVerifies(byte[] signedPrefix, byte[] body, byte[] signature) {
        for (KeyVerifier verifier : verifiers) {
            if (verifier.verifies(signedPrefix, body, signature)) {
                return true;
            }
        }
        return false;
    }

    private static final class KeyVerifier {
        private final PublicKey key;
        private final Queue<Signature> idle = new ConcurrentLinkedQueue<>();

        KeyVerifier(PublicKey key) {
            this.key = key;
        }

        boolean verifies(byte[] signedPrefix, byte[] body, byte[] signature) {
            Signature verifier = idle.poll();
            try {
                if (verifier == null) {
                    verifier = Signature.getInstance(ALGORITHM);
                    verifier.initVerify(key);
                }
                verifier.update(signedPrefix);
                verifier.update(body);
                boolean valid = verifier.verify(signature);
                // verify() leaves the object initialised for the same key, ready for the next delivery.
                idle.offer(verifier);
                return valid;
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("this JVM lacks " + ALGORITHM, e);
            } catch (GeneralSecurityException e) {
                // A signature of the wrong length for this key, or a key the provider refuses: not a
                // match. The object's state is unknown after the exception, so it is not pooled.
                return false;
            }
        }
    }
}
