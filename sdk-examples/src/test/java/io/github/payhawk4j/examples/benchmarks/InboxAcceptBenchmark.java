package io.github.payhawk4j.examples.benchmarks;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.github.payhawk4j.webhooks.WebhookDispatcher;
import io.github.payhawk4j.webhooks.WebhookHeaders;
import io.github.payhawk4j.webhooks.WebhookResponse;
import io.github.payhawk4j.webhooks.WebhookVerifier;
import io.github.payhawk4j.webhooks.delivery.InMemoryDeliveryStore;
import io.github.payhawk4j.webhooks.event.WebhookEvent;
import io.github.payhawk4j.webhooks.inbox.WebhookInbox;
import io.github.payhawk4j.webhooks.key.FixedPublicKeySource;
import io.github.payhawk4j.webhooks.testing.WebhookSigner;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.interfaces.RSAPublicKey;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * Figure 7: accepting a delivery into a {@link WebhookInbox} on a real PostgreSQL (verify, parse, one
 * {@code INSERT}) against dispatching it with the default {@link InMemoryDeliveryStore} (verify, parse, claim, an
 * empty handler, confirm), on one node, 3072-bit key. {@code alternating} runs one of each per call
 * ({@link PairedTimings}; the "SDK" side is the inbox, the baseline the in-memory dispatch), so the share is the
 * inbox's throughput as a part of the in-memory dispatcher's, for one sender. The {@code FourSenders} benchmarks give
 * each one's deliveries per second with four concurrent senders, one after the other; the {@code SampleTime} ones
 * each one's latency percentiles (p50, p99).
 *
 * <p>Every delivery is distinct (a copy would take the cheaper duplicate path): {@value #DELIVERIES} are signed before
 * the measurement, and the inbox table and the in-memory store start empty at every iteration; the in-memory
 * dispatcher, faster than one iteration's worth of deliveries, starts over with a fresh store when it has used them.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn")
public class InboxAcceptBenchmark {

    private static final int DELIVERIES = 12_000;

    private EmbeddedPostgres postgres;
    private HikariDataSource pool;
    private List<SignedDelivery> deliveries;
    private WebhookVerifier verifier;
    private WebhookInbox inbox;
    /** In-memory dispatchers by generation: the n-th use of the deliveries goes to a fresh store of its own. */
    private final Map<Integer, WebhookDispatcher> inMemory = new ConcurrentHashMap<>();
    private final AtomicInteger nextForInbox = new AtomicInteger();
    private final AtomicInteger nextForInMemory = new AtomicInteger();

    /** Starts PostgreSQL with the inbox table, signs the deliveries, builds the inbox (accepting only). */
    @Setup(Level.Trial)
    public void setUp() throws IOException, SQLException {
        postgres = EmbeddedPostgres.builder().setServerConfig("fsync", "off").start();
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        config.setUsername("postgres");
        config.setMaximumPoolSize(8);
        pool = new HikariDataSource(config);
        try (InputStream ddl = WebhookInbox.class.getClassLoader()
                .getResourceAsStream("META-INF/payhawk4j/sql/inbox-postgresql.sql");
             Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(new String(ddl.readAllBytes(), StandardCharsets.UTF_8));
        }
        WebhookSigner signer = WebhookSigner.generate(3072);
        deliveries = IntStream.range(0, DELIVERIES).parallel().mapToObj(i -> sign(signer, i)).toList();
        verifier = WebhookVerifier.builder()
                .publicKeySource(FixedPublicKeySource.of((RSAPublicKey) signer.publicKey()))
                .clock(Clock.fixed(SignedDelivery.TIMESTAMP, ZoneOffset.UTC))
                .build();
        inbox = WebhookInbox.builder(pool, dispatcher(verifier, null)).build();
    }

    /** Empties the inbox table and the in-memory store, so every delivery of the iteration is new to both. */
    @Setup(Level.Iteration)
    public void emptyStores() throws SQLException {
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("TRUNCATE payhawk_webhook_inbox");
        }
        inMemory.clear();
        nextForInbox.set(0);
        nextForInMemory.set(0);
    }

    /** Stops the pool and PostgreSQL. */
    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        pool.close();
        postgres.close();
    }

    /** One inbox accept and one in-memory dispatch, in alternating order, each timed; one sender. */
    @Benchmark
    public void alternating(PairedTimings timings, Blackhole blackhole) throws Exception {
        timings.timePair(this::inboxAccept, this::inMemoryDispatch, blackhole);
    }

    /** Deliveries per second one node accepts into the inbox from four concurrent senders (two cores). */
    @Benchmark
    @Threads(4)
    public WebhookResponse inboxAcceptFourSenders() {
        return inboxAccept();
    }

    /** Deliveries per second one node dispatches with the in-memory store to four concurrent senders. */
    @Benchmark
    @Threads(4)
    public WebhookResponse inMemoryDispatchFourSenders() {
        return inMemoryDispatch();
    }

    /** The inbox's latency distribution. */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public WebhookResponse inboxAcceptLatency() {
        return inboxAccept();
    }

    /** The in-memory dispatcher's latency distribution. */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public WebhookResponse inMemoryDispatchLatency() {
        return inMemoryDispatch();
    }

    /** Verify, parse and insert the raw delivery. */
    public WebhookResponse inboxAccept() {
        int index = nextForInbox.getAndIncrement();
        if (index >= DELIVERIES) {
            throw new IllegalStateException("an iteration accepted more than " + DELIVERIES
                    + " deliveries into the inbox; raise DELIVERIES or shorten the iterations");
        }
        SignedDelivery delivery = deliveries.get(index);
        return expect("accepted", inbox.handle(delivery.pathAndQuery(), delivery.headers(), delivery.body()));
    }

    /** Verify, parse, claim in memory, run an empty handler, confirm. */
    public WebhookResponse inMemoryDispatch() {
        int use = nextForInMemory.getAndIncrement();
        SignedDelivery delivery = deliveries.get(use % DELIVERIES);
        WebhookDispatcher dispatcher = inMemory.computeIfAbsent(use / DELIVERIES,
                generation -> dispatcher(verifier, new InMemoryDeliveryStore()));
        return expect("processed", dispatcher.handle(delivery.pathAndQuery(), delivery.headers(), delivery.body()));
    }

    /** Delivery {@code dlv_<i>}, a {@code payment.settled} like the other webhook benchmarks'. */
    private static SignedDelivery sign(WebhookSigner signer, int i) {
        byte[] body = SignedDelivery.paymentSettledBody(i);
        Map<String, String> headers = signer.headers(SignedDelivery.PATH_AND_QUERY, body, SignedDelivery.TIMESTAMP);
        return new SignedDelivery(SignedDelivery.PATH_AND_QUERY, headers.get(WebhookHeaders.TIMESTAMP),
                headers.get(WebhookHeaders.SIGNATURE), body);
    }

    private static WebhookResponse expect(String status, WebhookResponse response) {
        if (!response.body().equals("{\"status\":\"" + status + "\"}")) {
            throw new IllegalStateException("expected " + status + " but got " + response.status() + " "
                    + response.body());
        }
        return response;
    }

    private static WebhookDispatcher dispatcher(WebhookVerifier verifier, InMemoryDeliveryStore store) {
        WebhookDispatcher.Builder builder = WebhookDispatcher.builder()
                .verifier(verifier)
                .on(WebhookEvent.class, (event, context) -> { });
        if (store != null) {
            builder.deliveryStore(store);
        }
        return builder.build();
    }
}
