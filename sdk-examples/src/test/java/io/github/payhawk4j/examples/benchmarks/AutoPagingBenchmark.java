package io.github.payhawk4j.examples.benchmarks;

import io.github.payhawk4j.client.PayhawkClient;
import io.github.payhawk4j.model.expense.Expense;
import io.github.payhawk4j.query.ExpenseQuery;
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

import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Figure 5: iterating {@code client.expenses().listAll(...)} through 100,000 fully populated
 * expenses, served by a local server in pages of 1,000, in a JVM limited to 16 MiB of heap.
 * One operation is the whole walk; the counters report pages fetched, expenses read, the peak
 * heap used during the walk (garbage included) and the most heap still used after a full collection. The local
 * server runs in the same JVM, so its work counts against the same 16 MiB; it writes each 4.2 MB page from one
 * copy of the expense's bytes ({@link ExpenseFixture#pageParts}), as a real server's page is not in the client's heap.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx16m", "-XX:+UseSerialGC", "-Dsun.net.httpserver.nodelay=true"})
public class AutoPagingBenchmark {

    private static final String ACCOUNT = "acme_ltd_5f2c";
    private static final String PATH = "/api/v3/accounts/" + ACCOUNT + "/expenses";
    private static final int PAGE_SIZE = 1000;
    private static final int TOTAL = 100_000;

    private FixedResponseApiServer api;
    private PayhawkClient client;

    /** Starts the local API, which answers every page request with the same 1,000 expenses and a total of 100,000. */
    @Setup(Level.Trial)
    public void setUp() {
        api = FixedResponseApiServer.startWithParts(Map.of(PATH, ExpenseFixture.pageParts(PAGE_SIZE, TOTAL)),
                "application/json");
        client = PayhawkClient.builder()
                .apiKey("benchmark-key")
                .accountId(ACCOUNT)
                .baseUrl(api.baseUrl())
                .disableRateLimit()
                .build();
    }

    /** Stops the local API. */
    @TearDown(Level.Trial)
    public void tearDown() {
        api.close();
    }

    /** What one walk did; JMH prints these beside the time (one measured walk, so the sums are that walk's figures). */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class Walk {
        /** Pages the local server answered during the walk. */
        public long pagesFetched;
        /** Expenses the iteration returned. */
        public long expensesRead;
        /** Most heap used during the walk, in MiB. */
        public double peakHeapMiB;
        /** Most heap still in use right after a full collection during the walk, in MiB (0 if none ran). */
        public double liveAfterFullGcMiB;
        /** Full collections during the walk. */
        public long fullGcs;
        /** Sum of the heap pools' peaks during the walk, in MiB: an upper bound. */
        public double poolPeakSumMiB;
        /** The JVM's maximum heap, in MiB (16 with the fork's {@code -Xmx16m}). */
        public double maxHeapMiB;

        /** Clears the counters before each walk. */
        @Setup(Level.Iteration)
        public void clear() {
            pagesFetched = 0;
            expensesRead = 0;
            peakHeapMiB = 0;
            poolPeakSumMiB = 0;
            liveAfterFullGcMiB = 0;
            fullGcs = 0;
            maxHeapMiB = 0;
        }
    }

    /** Walks all 100,000 expenses, keeping none; fails unless every one was seen. */
    @Benchmark
    public long listAll(Walk walk) {
        long pagesBefore = api.requestsTo(PATH);
        long read = 0;
        try (PeakHeapMeter heap = PeakHeapMeter.start()) {
            for (Expense expense : client.expenses().listAll(ExpenseQuery.builder().take(PAGE_SIZE).build())) {
                if (expense.id() != null) {
                    read++;
                }
            }
            walk.peakHeapMiB = heap.peakUsedBytes() / (1024.0 * 1024.0);
            walk.poolPeakSumMiB = heap.poolPeakSumBytes() / (1024.0 * 1024.0);
            walk.liveAfterFullGcMiB = heap.peakAfterFullGcBytes() / (1024.0 * 1024.0);
            walk.fullGcs = heap.fullCollections();
        }
        walk.maxHeapMiB = Runtime.getRuntime().maxMemory() / (1024.0 * 1024.0);
        walk.pagesFetched = api.requestsTo(PATH) - pagesBefore;
        walk.expensesRead = read;
        if (read != TOTAL) {
            throw new IllegalStateException("read " + read + " expenses, expected " + TOTAL);
        }
        return read;
    }
}
