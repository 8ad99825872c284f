package io.github.payhawk4j.examples.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.payhawk4j.client.PayhawkClient;
import io.github.payhawk4j.model.expense.Expense;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Figure 3: {@code client.expenses().get(id)} of a fully populated expense from a local server,
 * against a bare {@link HttpClient#send} plus a plain Jackson {@code readValue} into a {@link Map}.
 * The client is built with the rate limiter off ({@code disableRateLimit()}): its default of 15
 * requests per second would otherwise be the figure measured. The two alternate, one request each
 * per call, timed by {@link PairedTimings}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Dsun.net.httpserver.nodelay=true")
public class ExpenseGetBenchmark {

    private static final String ACCOUNT = "acme_ltd_5f2c";
    private static final String EXPENSE_ID = "4821";
    private static final String PATH = "/api/v3/accounts/" + ACCOUNT + "/expenses/" + EXPENSE_ID;

    private FixedResponseApiServer api;
    private PayhawkClient client;
    private HttpClient http;
    private String baseUrl;
    private final ObjectMapper plainMapper = new ObjectMapper();

    /** Starts the local API and builds both clients. */
    @Setup
    public void setUp() throws IOException, InterruptedException {
        api = FixedResponseApiServer.start(Map.of(PATH, ExpenseFixture.expense()), "application/json");
        client = PayhawkClient.builder()
                .apiKey("benchmark-key")
                .accountId(ACCOUNT)
                .baseUrl(api.baseUrl())
                .disableRateLimit()
                .build();
        http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        baseUrl = api.baseUrl();
        if (!EXPENSE_ID.equals(sdkGet().id()) || !EXPENSE_ID.equals(bareGet().get("id"))) {
            throw new IllegalStateException("the local API does not serve the expense");
        }
    }

    /** Stops the local API. */
    @TearDown
    public void tearDown() {
        api.close();
    }

    /** One SDK operation and one baseline operation, in alternating order, each timed. */
    @Benchmark
    public void alternating(PairedTimings timings, Blackhole blackhole) throws Exception {
        timings.timePair(this::sdkGet, this::bareGet, blackhole);
    }

    /** The SDK: request building, retry and rate-limit layers, status mapping, typed model. */
    public Expense sdkGet() {
        return client.expenses().get(EXPENSE_ID);
    }

    /**
     * The baseline: the JDK client and Jackson into a {@code Map}, no status check. The request is
     * built per call, as code fetching expenses by id must; the SDK builds its own per call too.
     */
    public Map<?, ?> bareGet() throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/api/v3/accounts/" + ACCOUNT + "/expenses/" + EXPENSE_ID))
                .timeout(Duration.ofSeconds(30))
                .header("X-Payhawk-ApiKey", "benchmark-key")
                .header("Accept", "application/json")
                .GET()
                .build();
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        return plainMapper.readValue(response.body(), Map.class);
    }
}
