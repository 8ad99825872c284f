package io.github.payhawk4j.examples.benchmarks;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Figure 4: reading a page of 1,000 fully populated expenses (about 3.9 MB) into the SDK's
 * {@code Page<Expense>}, against a plain {@code new ObjectMapper()} reading the same bytes into
 * the generic shapes a user without the SDK gets: {@code Map}/{@code List} values, or a
 * {@link JsonNode} tree. Run with {@code -prof gc} for the bytes allocated per page. The three
 * readers run one after another (for their allocation per page), and the SDK and the map reader
 * also alternate, timed by {@link PairedTimings}, for a time ratio that holds under machine load.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ExpensePageParseBenchmark {

    private static final int PAGE_SIZE = 1000;

    private final ObjectMapper sdkMapper = PayhawkJson.newObjectMapper();
    private final ObjectMapper plainMapper = new ObjectMapper();
    private JavaType pageOfExpenses;
    private byte[] page;

    /** Builds the page bytes and checks that all three readers see 1,000 expenses. */
    @Setup
    public void setUp() throws IOException {
        page = ExpenseFixture.page(PAGE_SIZE, PAGE_SIZE);
        pageOfExpenses = sdkMapper.getTypeFactory().constructParametricType(Page.class, Expense.class);
        if (sdkModels().items().size() != PAGE_SIZE || ((List<?>) plainMap().get("items")).size() != PAGE_SIZE
                || plainTree().get("items").size() != PAGE_SIZE) {
            throw new IllegalStateException("the page does not hold " + PAGE_SIZE + " expenses");
        }
    }

    /** The SDK reader and the map reader, in alternating order, each timed. */
    @Benchmark
    public void alternating(PairedTimings timings, Blackhole blackhole) throws Exception {
        timings.timePair(this::sdkModels, this::plainMap, blackhole);
    }

    /** The SDK: typed records, {@code BigDecimal} amounts, {@code Instant}/{@code LocalDate} dates, open enums. */
    @Benchmark
    public Page<Expense> sdkModels() throws IOException {
        return sdkMapper.readValue(page, pageOfExpenses);
    }

    /** Baseline: plain Jackson into maps and lists (amounts become {@code Double}, dates stay strings). */
    @Benchmark
    public Map<?, ?> plainMap() throws IOException {
        return plainMapper.readValue(page, Map.class);
    }

    /** Baseline: plain Jackson into a tree. */
    @Benchmark
    public JsonNode plainTree() throws IOException {
        return plainMapper.readTree(page);
    }
}
