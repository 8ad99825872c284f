package io.github.payhawk4j.examples.benchmarks;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.payhawk4j.client.PayhawkClient;
import io.github.payhawk4j.examples.generated.ApiClient;
import io.github.payhawk4j.examples.generated.api.ExpensesApi;
import io.github.payhawk4j.examples.generated.model.IExpense;
import io.github.payhawk4j.examples.generated.model.IExpensesResponse;
import io.github.payhawk4j.json.PayhawkJson;
import io.github.payhawk4j.model.Page;
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
 * The three-way comparison: the SDK, the bare JDK client with Jackson into a {@code Map}, and the client
 * openapi-generator 7.x writes from the spec copy sdk-core keeps ({@code java} generator, {@code native} library,
 * generated into {@code target/generated-client} by the {@code bench} profile). {@code *Alternating} benchmarks
 * pair the SDK ("sdk") with the generated client ("baseline"), so their share is generated time / SDK time; the
 * single benchmarks give each one's allocation per operation with {@code -prof gc}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Dsun.net.httpserver.nodelay=true")
public class GeneratedClientBenchmark {

    private static final String ACCOUNT = "acme_ltd_5f2c";
    private static final String EXPENSE_ID = "4821";
    private static final String PATH = "/api/v3/accounts/" + ACCOUNT + "/expenses/" + EXPENSE_ID;
    private static final int PAGE_SIZE = 1000;

    private FixedResponseApiServer api;
    private PayhawkClient client;
    private HttpClient http;
    private ExpensesApi generated;
    private ObjectMapper generatedMapper;
    private final ObjectMapper plainMapper = new ObjectMapper();
    private final ObjectMapper sdkMapper = PayhawkJson.newObjectMapper();
    private JavaType pageOfExpenses;
    private byte[] page;

    /** Starts the local API, builds the three clients and checks each reads the expense and the page. */
    @Setup
    public void setUp() throws Exception {
        api = FixedResponseApiServer.start(Map.of(PATH, ExpenseFixture.expense()), "application/json");
        client = PayhawkClient.builder().apiKey("benchmark-key").accountId(ACCOUNT).baseUrl(api.baseUrl())
                .disableRateLimit().build();
        http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        ApiClient apiClient = new ApiClient();
        apiClient.updateBaseUri(api.baseUrl());
        apiClient.setRequestInterceptor(request -> request.header("X-Payhawk-ApiKey", "benchmark-key"));
        apiClient.setReadTimeout(Duration.ofSeconds(30));
        generated = new ExpensesApi(apiClient);
        generatedMapper = apiClient.getObjectMapper();
        page = ExpenseFixture.page(PAGE_SIZE, PAGE_SIZE);
        pageOfExpenses = sdkMapper.getTypeFactory().constructParametricType(Page.class, Expense.class);
        if (!EXPENSE_ID.equals(sdkGet().id()) || !EXPENSE_ID.equals(bareGet().get("id"))
                || !EXPENSE_ID.equals(generatedGet().getId())) {
            throw new IllegalStateException("the local API does not serve the expense to all three");
        }
        if (sdkParse().items().size() != PAGE_SIZE || generatedParse().getItems().size() != PAGE_SIZE) {
            throw new IllegalStateException("the page does not hold " + PAGE_SIZE + " expenses for both");
        }
    }

    /** Stops the local API. */
    @TearDown
    public void tearDown() {
        api.close();
    }

    /** get(id): the SDK and the generated client, alternating. */
    @Benchmark
    public void getAlternating(PairedTimings timings, Blackhole blackhole) throws Exception {
        timings.timePair(this::sdkGet, this::generatedGet, blackhole);
    }

    /** A page of 1,000 expenses: the SDK and the generated client's models, alternating. */
    @Benchmark
    public void parseAlternating(PairedTimings timings, Blackhole blackhole) throws Exception {
        timings.timePair(this::sdkParse, this::generatedParse, blackhole);
    }

    /** The SDK's get(id), alone (for its allocation). */
    @Benchmark
    public Expense sdkGet() {
        return client.expenses().get(EXPENSE_ID);
    }

    /** The bare JDK client and Jackson into a {@code Map}, alone. */
    @Benchmark
    public Map<?, ?> bareGet() throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(api.baseUrl() + PATH))
                .timeout(Duration.ofSeconds(30))
                .header("X-Payhawk-ApiKey", "benchmark-key")
                .header("Accept", "application/json")
                .GET()
                .build();
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        return plainMapper.readValue(response.body(), Map.class);
    }

    /** The generated client's get, alone. */
    @Benchmark
    public IExpense generatedGet() throws Exception {
        return generated.apiV3AccountsAccountIdExpensesExpenseIdGet(ACCOUNT, EXPENSE_ID);
    }

    /** The SDK's page read, alone. */
    @Benchmark
    public Page<Expense> sdkParse() throws IOException {
        return sdkMapper.readValue(page, pageOfExpenses);
    }

    /** The generated client's page read (its own mapper, its models), alone. */
    @Benchmark
    public IExpensesResponse generatedParse() throws IOException {
        return generatedMapper.readValue(page, IExpensesResponse.class);
    }
}
