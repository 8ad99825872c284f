package io.github.payhawk4j.examples.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.payhawk4j.json.PayhawkJson;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

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

    /**
     * The same page as {@link #page}, in parts to write one after the other: the parts share one copy of the
     * expense's bytes, so a server holds about 4 KB for it instead of the page's 4.2 MB.
     */
    public static List<byte[]> pageParts(int count, long total) {
        ObjectMapper mapper = PayhawkJson.newObjectMapper();
        try {
            String marker = "\u0000id\u0000";
            byte[] expense = mapper.writeValueAsBytes(read(mapper).put("id", marker));
            String text = new String(expense, StandardCharsets.UTF_8);
            int at = text.indexOf(mapper.writeValueAsString(marker));
            byte[] beforeId = text.substring(0, at).getBytes(StandardCharsets.UTF_8);
            byte[] afterId = text.substring(at + mapper.writeValueAsString(marker).length()).getBytes(StandardCharsets.UTF_8);
            byte[] afterIdAndComma = concat(afterId, ",".getBytes(StandardCharsets.UTF_8));
            List<byte[]> parts = new ArrayList<>();
            parts.add("{\"items\":[".getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < count; i++) {
                parts.add(beforeId);
                parts.add(("\"" + (100_000 + i) + "\"").getBytes(StandardCharsets.UTF_8));
                parts.add(i == count - 1 ? afterId : afterIdAndComma);
            }
            parts.add(("],\"total\":" + total + "}").getBytes(StandardCharsets.UTF_8));
            return parts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
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
