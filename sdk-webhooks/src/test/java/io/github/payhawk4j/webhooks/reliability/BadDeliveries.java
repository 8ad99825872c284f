package io.github.payhawk4j.webhooks.reliability;

import io.github.payhawk4j.webhooks.testing.WebhookSigner;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A reproducible stream of bad deliveries: from one seed, the same valid deliveries are signed and mutated in
 * the same way, every {@link Mutation} in turn. Not thread-safe.
 */
final class BadDeliveries {

    private static final int VALID_POOL_SIZE = 64;

    private final Random random;
    private final ValidDeliveries valid;
    private final List<SignedRequest> pool = new ArrayList<>();
    private final Mutation[] mutations = Mutation.values();
    private int count;

    /** Bad deliveries made from deliveries {@code signer} signed, drawn from {@code seed}. */
    BadDeliveries(WebhookSigner signer, long seed) {
        this.random = new Random(seed);
        this.valid = new ValidDeliveries(signer, random);
        for (int i = 0; i < VALID_POOL_SIZE; i++) {
            pool.add(valid.next());
        }
    }

    /** The valid deliveries the bad ones are made from; each is accepted by a dispatcher trusting the signer. */
    List<SignedRequest> validOnes() {
        return List.copyOf(pool);
    }

    /** The next bad delivery: the next mutation in turn, of a randomly chosen valid delivery. */
    BadDelivery next() {
        Mutation mutation = mutations[count++ % mutations.length];
        int chosen = random.nextInt(pool.size());
        int other = (chosen + 1 + random.nextInt(pool.size() - 1)) % pool.size();
        return mutation.apply(pool.get(chosen), pool.get(other), random, valid);
    }
}
