package io.github.payhawk4j.examples.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.payhawk4j.json.PayhawkJson;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The fully populated expense of sdk-core's model tests (line items, reconciliation, custom
 * fields, supplier with bank account, document with files, mileage), as compact API response bytes.
 */
public final class ExpenseFixture {

    private static final String RESOURCE = "/benchmarks/expense-full.json";

    private ExpenseFixture() {
    }

    /** One expense, as {@code GET /expenses/{id}} answers it (about 3.9 KB compact). */
    public static byte[] expense() {
        ObjectMapper mapper = PayhawkJson.newObjectMapper();
        try {
            return mapper.writeValueAsBytes(read(mapper));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A list page {@code {"items": [...], "total": total}} of {@code count} copies of the expense,
     * each with its own id.
     */
    public static byte[] page(int count, long total) {
        ObjectMapper mapper = PayhawkJson.newObjectMapper();
        try {
            ObjectNode expense = read(mapper);
            ObjectNode page = mapper.createObjectNode();
            ArrayNode items = page.putArray("items");
            for (int i = 0; i < count; i++) {
                items.add(expense.deepCopy().put("id", String.valueOf(100_000 + i)));
            }
            page.put("total", total);
            return mapper.writeValueAsBytes(page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode read(ObjectMapper mapper) throws IOException {
        try (InputStream in = ExpenseFixture.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + RESOURCE);
            }
            return (ObjectNode) mapper.readTree(in);
        }
    }
}
