package io.github.payhawk4j.webhooks.reliability;

import io.github.payhawk4j.webhooks.WebhookDispatcher;
import io.github.payhawk4j.webhooks.WebhookResponse;
import io.github.payhawk4j.webhooks.WebhookVerifier;
import io.github.payhawk4j.webhooks.delivery.InMemoryDeliveryStore;
import io.github.payhawk4j.webhooks.event.WebhookEvent;
import io.github.payhawk4j.webhooks.key.FixedPublicKeySource;
import io.github.payhawk4j.webhooks.testing.WebhookSigner;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Eight threads send 20,000 signed deliveries through one dispatcher: 18,000 distinct ones and 2,000 copies of
 * them (half right behind their original, so the two race), with 1% of the distinct deliveries failing the
 * first time their handler runs. Each thread behaves like Payhawk: it re-sends a delivery answered 500 or 409
 * until it gets a 200, a bounded number of times. Every distinct delivery's handler completes exactly once,
 * never twice at the same time, and none is lost.
 */
class ConcurrentDeliveryTest {

    private static final int THREADS = 8;
    private static final int DISTINCT = 18_000;
    private static final int DUPLICATES = 2_000;
    private static final int FAILING_ONCE = DISTINCT / 100;
    private static final int MAX_SENDS_PER_DELIVERY = 2_000;
    private static final long SEED = 7_2026_1102L;
    private static final String PATH = "/payhawk/webhooks?tenant=acme";

    private final Map<String, AtomicInteger> completions = new ConcurrentHashMap<>();
    private final Set<String> running = ConcurrentHashMap.newKeySet();
    private final Set<String> failingOnce = ConcurrentHashMap.newKeySet();
    private final Set<String> failedAlready = ConcurrentHashMap.newKeySet();
    private final AtomicInteger overlaps = new AtomicInteger();

    @Test
    void everyDistinctDeliveryIsHandledExactlyOnce() throws Exception {
        WebhookSigner signer = WebhookSigner.generate();
        List<SignedRequest> distinct = signAll(signer);
        Random random = new Random(SEED);
        while (failingOnce.size() < FAILING_ONCE) {
            failingOnce.add(deliveryId(random.nextInt(DISTINCT)));
        }
        List<SignedRequest> sends = sendingOrder(distinct, random);
        InMemoryDeliveryStore store = InMemoryDeliveryStore.builder().maxEntries(2 * DISTINCT).build();
        WebhookDispatcher dispatcher = WebhookDispatcher.builder()
                .verifier(WebhookVerifier.builder()
                        .publicKeySource(FixedPublicKeySource.of((RSAPublicKey) signer.publicKey()))
                        .clock(Clock.fixed(ValidDeliveries.NOW, ZoneOffset.UTC))
                        .build())
                .deliveryStore(store)
                .on(WebhookEvent.class, (event, context) -> handle(event.deliveryId()))
                .build();

        SenderTally tally = new SenderTally();
        AtomicInteger next = new AtomicInteger();
        long start = System.nanoTime();
        ExecutorService senders = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            workers.add(senders.submit(() -> {
                for (int i = next.getAndIncrement(); i < sends.size(); i = next.getAndIncrement()) {
                    deliver(dispatcher, sends.get(i), tally);
                }
            }));
        }
        senders.shutdown();
        assertThat(senders.awaitTermination(90, TimeUnit.SECONDS)).as("all sends finished in time").isTrue();
        for (Future<?> sender : workers) {
            sender.get();
        }
        System.out.printf("%d sends of %d deliveries by %d threads in %d ms: %s%n", sends.size(), DISTINCT, THREADS,
                (System.nanoTime() - start) / 1_000_000, tally);

        assertThat(tally.lost()).as("deliveries that never got a 200").isEmpty();
        assertThat(completions).as("distinct deliveries handled").hasSize(DISTINCT);
        assertThat(completions.entrySet()).as("deliveries handled more than once")
                .filteredOn(entry -> entry.getValue().get() != 1).isEmpty();
        assertThat(overlaps).as("a delivery handled by two threads at once").hasValue(0);
        assertThat(failedAlready).as("each failing delivery failed once, then succeeded").isEqualTo(failingOnce);
        assertThat(tally.count("processed")).isEqualTo(DISTINCT);
        assertThat(tally.count("duplicate")).isEqualTo(DUPLICATES);
        assertThat(tally.count("500")).isEqualTo(FAILING_ONCE);
        assertThat(tally.unexpected()).isEmpty();
        assertThat(store.size()).isEqualTo(DISTINCT);
    }

    /** The handler: fails the first time for the chosen deliveries, counts completions, and watches for overlap. */
    private void handle(String deliveryId) {
        if (!running.add(deliveryId)) {
            overlaps.incrementAndGet();
        }
        try {
            if (failingOnce.contains(deliveryId) && failedAlready.add(deliveryId)) {
                throw new SimulatedHandlerFailure(deliveryId);
            }
            completions.computeIfAbsent(deliveryId, id -> new AtomicInteger()).incrementAndGet();
        } finally {
            running.remove(deliveryId);
        }
    }

    /** Sends one delivery like Payhawk: again after a 500 or a 409, until a 200 or the bound. */
    private static void deliver(WebhookDispatcher dispatcher, SignedRequest delivery, SenderTally tally) {
        for (int attempt = 0; attempt < MAX_SENDS_PER_DELIVERY; attempt++) {
            WebhookResponse response = dispatcher.handle(delivery.pathAndQuery(), delivery.headers(), delivery.body());
            if (response.status() == 200) {
                tally.succeeded(response.body());
                return;
            }
            tally.refused(response.status(), response.body());
            if (response.status() == 409) {
                Thread.onSpinWait();
                Thread.yield();
            } else if (response.status() != 500) {
                return;
            }
        }
        tally.gaveUp(delivery);
    }

    /** The distinct deliveries, signed on all cores before the clock starts. */
    private static List<SignedRequest> signAll(WebhookSigner signer) {
        ValidDeliveries signing = new ValidDeliveries(signer, new Random(SEED));
        return IntStream.range(0, DISTINCT).parallel()
                .mapToObj(i -> signing.signOnce(PATH, ValidDeliveries.NOW_TEXT, ValidDeliveries.envelope(deliveryId(i),
                        "expense.created", "{\"expenseId\":\"" + i + "\"}").getBytes(StandardCharsets.UTF_8)))
                .toList();
    }

    /**
     * Every distinct delivery once, shuffled, with the copies mixed in: half of them right behind their original
     * (so that both are in flight at once), half anywhere.
     */
    private static List<SignedRequest> sendingOrder(List<SignedRequest> distinct, Random random) {
        List<SignedRequest> order = new ArrayList<>(distinct);
        Collections.shuffle(order, random);
        List<SignedRequest> withCopies = new ArrayList<>(order.size() + DUPLICATES);
        Set<Integer> copiedBehind = new HashSet<>();
        while (copiedBehind.size() < DUPLICATES / 2) {
            copiedBehind.add(random.nextInt(order.size()));
        }
        for (int i = 0; i < order.size(); i++) {
            withCopies.add(order.get(i));
            if (copiedBehind.contains(i)) {
                withCopies.add(order.get(i));
            }
        }
        for (int i = 0; i < DUPLICATES / 2; i++) {
            withCopies.add(random.nextInt(withCopies.size() + 1), order.get(random.nextInt(order.size())));
        }
        return withCopies;
    }

    private static String deliveryId(int index) {
        return String.format("dlv_%05d", index);
    }
}
