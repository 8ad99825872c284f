package io.github.payhawk4j.examples.benchmarks;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.payhawk4j.examples.generated.ApiClient;
import io.github.payhawk4j.examples.generated.model.IExpensesResponse;
import io.github.payhawk4j.json.PayhawkJson;
import io.github.payhawk4j.model.Page;
import io.github.payhawk4j.model.expense.Expense;

import java.util.Map;

/**
 * Retained heap of one page of 1,000 expenses (4.2 MB of JSON) once read: heap in use after full collections with
 * the page held, minus without it, for the SDK's {@code Page<Expense>}, plain Jackson's {@code Map}, its
 * {@code JsonNode} tree and the openapi-generator client's {@code IExpensesResponse}. Each is read once before
 * measuring, so the classes and caches it loads are not counted.
 *
 * <pre>java -cp &lt;test classpath&gt; io.github.payhawk4j.examples.benchmarks.RetainedHeap</pre>
 */
public final class RetainedHeap {

    private RetainedHeap() {
    }

    /** Prints the retained MiB of each reader's page. */
    public static void main(String[] args) throws Exception {
        byte[] page = ExpenseFixture.page(1000, 1000);
        ObjectMapper sdk = PayhawkJson.newObjectMapper();
        JavaType pageOfExpenses = sdk.getTypeFactory().constructParametricType(Page.class, Expense.class);
        ObjectMapper plain = new ObjectMapper();
        ObjectMapper generated = new ApiClient().getObjectMapper();
        Map<String, Reader> readers = Map.of(
                "SDK Page<Expense>", () -> sdk.readValue(page, pageOfExpenses),
                "plain Jackson Map", () -> plain.readValue(page, Map.class),
                "plain Jackson JsonNode", () -> plain.readTree(page),
                "generated IExpensesResponse", () -> generated.readValue(page, IExpensesResponse.class));
        for (String name : new String[] {"SDK Page<Expense>", "plain Jackson Map", "plain Jackson JsonNode",
                "generated IExpensesResponse"}) {
            Reader reader = readers.get(name);
            reader.read();
            long before = usedAfterCollections();
            Object held = reader.read();
            long after = usedAfterCollections();
            System.out.printf("retained by one page, %s: %.1f MiB%n", name, (after - before) / (1024.0 * 1024.0));
            if (held.hashCode() == 42) {
                System.out.println();
            }
        }
    }

    private static long usedAfterCollections() {
        for (int i = 0; i < 4; i++) {
            System.gc();
        }
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    @FunctionalInterface
    private interface Reader {
        Object read() throws Exception;
    }
}
