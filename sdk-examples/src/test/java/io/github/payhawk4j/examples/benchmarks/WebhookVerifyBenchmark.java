package io.github.payhawk4j.examples.benchmarks;

import io.github.payhawk4j.webhooks.WebhookVerifier;
import io.github.payhawk4j.webhooks.event.PaymentSettled;
import io.github.payhawk4j.webhooks.event.WebhookEvent;
import io.github.payhawk4j.webhooks.key.FixedPublicKeySource;
import io.github.payhawk4j.webhooks.testing.WebhookSigner;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;

/**
 * Figure 1: verifying and parsing one realistic delivery signed with a 3072-bit key, against the
 * bare JCA verification of the same bytes (the RSA public-key operation is the floor of both).
 * The two alternate, one operation each per call, timed by {@link PairedTimings}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class WebhookVerifyBenchmark {

    private static final String ALGORITHM = "SHA256withRSA";

    private WebhookVerifier verifier;
    private SignedDelivery delivery;
    private PublicKey publicKey;
    private byte[] signedPrefix;
    private byte[] signature;

    /** Signs the delivery and builds a verifier with a fixed key and a clock at the signing time. */
    @Setup
    public void setUp() throws GeneralSecurityException {
        WebhookSigner signer = WebhookSigner.generate(3072);
        delivery = SignedDelivery.signed(signer, SignedDelivery.PATH_AND_QUERY, 1).get(0);
        publicKey = signer.publicKey();
        verifier = WebhookVerifier.builder()
                .publicKeySource(FixedPublicKeySource.of((RSAPublicKey) publicKey))
                .clock(Clock.fixed(SignedDelivery.TIMESTAMP, ZoneOffset.UTC))
                .build();
        signedPrefix = delivery.signedPrefix();
        signature = delivery.signature();
        if (!(sdkVerifyAndParse() instanceof PaymentSettled) || !bareJcaVerify()) {
            throw new IllegalStateException("the benchmark delivery does not verify");
        }
    }

    /** One SDK operation and one baseline operation, in alternating order, each timed. */
    @Benchmark
    public void alternating(PairedTimings timings, Blackhole blackhole) throws Exception {
        timings.timePair(this::sdkVerifyAndParse, this::bareJcaVerify, blackhole);
    }

    /** The SDK: header lookup, timestamp check, signature decode, RSA verify, JSON parse into the event record. */
    public WebhookEvent sdkVerifyAndParse() {
        return verifier.verify(delivery.pathAndQuery(), delivery.headers(), delivery.body());
    }

    /** The floor: {@code Signature.getInstance}, {@code initVerify}, {@code update} over the same bytes, {@code verify}. */
    public boolean bareJcaVerify() throws GeneralSecurityException {
        Signature jca = Signature.getInstance(ALGORITHM);
        jca.initVerify(publicKey);
        jca.update(signedPrefix);
        jca.update(delivery.body());
        return jca.verify(signature);
    }
}
