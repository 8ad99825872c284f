package io.github.payhawk4j.examples.benchmarks;

import io.github.payhawk4j.client.PayhawkClient;
import io.github.payhawk4j.webhooks.WebhookVerifier;
import io.github.payhawk4j.webhooks.key.ApiPublicKeySource;
import io.github.payhawk4j.webhooks.testing.WebhookSigner;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Figure 6: in steady state, verifying 10,000 deliveries with the API-backed key source fetches
 * the key zero times. The key is served by a local {@code /api/v3/rsa-public-key} that counts its
 * requests; the source fetches it once at start-up, as an application would on boot.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 1)
@Fork(value = 1, jvmArgsAppend = "-Dsun.net.httpserver.nodelay=true")
public class KeyFetchBenchmark {

    private static final String KEY_PATH = "/api/v3/rsa-public-key";
    private static final int DELIVERIES = 10_000;
    private static final int DISTINCT_DELIVERIES = 100;

    private FixedResponseApiServer api;
    private WebhookVerifier verifier;
    private List<SignedDelivery> deliveries;
    private long startupFetches;

    /** Starts the key endpoint, signs the deliveries and fetches the key once, as at application start. */
    @Setup(Level.Trial)
    public void setUp() {
        WebhookSigner signer = WebhookSigner.generate(3072);
        api = FixedResponseApiServer.start(
                Map.of(KEY_PATH, signer.publicKeyOpenSsh().getBytes(StandardCharsets.UTF_8)), "text/plain");
        PayhawkClient client = PayhawkClient.builder()
                .apiKey("benchmark-key")
                .baseUrl(api.baseUrl())
                .build();
        ApiPublicKeySource keys = ApiPublicKeySource.of(client);
        verifier = WebhookVerifier.builder()
                .publicKeySource(keys)
                .clock(Clock.fixed(SignedDelivery.TIMESTAMP, ZoneOffset.UTC))
                .build();
        deliveries = SignedDelivery.signed(signer, SignedDelivery.PATH_AND_QUERY, DISTINCT_DELIVERIES);
        keys.currentKeys();
        startupFetches = api.requestsTo(KEY_PATH);
    }

    /** Stops the key endpoint. */
    @TearDown(Level.Trial)
    public void tearDown() {
        api.close();
    }

    /** What one run of 10,000 verifications did (one measured run, so the sums are that run's figures). */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class Fetches {
        /** Key requests the endpoint answered during the 10,000 verifications. */
        public long keyFetches;
        /** Key requests answered before the run: the start-up fetch. */
        public long startupKeyFetches;
        /** Deliveries verified. */
        public long verified;

        /** Clears the counters before each run. */
        @Setup(Level.Iteration)
        public void clear() {
            keyFetches = 0;
            startupKeyFetches = 0;
            verified = 0;
        }
    }

    /** Verifies 10,000 deliveries (100 distinct ones, round robin) and counts the key fetches meanwhile. */
    @Benchmark
    public long verifyTenThousand(Fetches fetches) {
        long before = api.requestsTo(KEY_PATH);
        long verified = 0;
        for (int i = 0; i < DELIVERIES; i++) {
            SignedDelivery delivery = deliveries.get(i % DISTINCT_DELIVERIES);
            if (verifier.verify(delivery.pathAndQuery(), delivery.headers(), delivery.body()) != null) {
                verified++;
            }
        }
        fetches.keyFetches = api.requestsTo(KEY_PATH) - before;
        fetches.startupKeyFetches = startupFetches;
        fetches.verified = verified;
        return verified;
    }
}
