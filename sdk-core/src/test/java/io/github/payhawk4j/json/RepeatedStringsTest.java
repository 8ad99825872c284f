package io.github.payhawk4j.json;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.payhawk4j.model.expense.Expense;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The strings of one read are kept once: a repeated value is the same instance, distinct values stay distinct. */
class RepeatedStringsTest {

    private final ObjectMapper sdk = PayhawkJson.newObjectMapper();

    @Test
    void aRepeatedValueIsReadOnceAndValuesThatShareTheirSlotStayApart() throws Exception {
        // Same length and same characters where the slot is chosen, different in between: they share a slot.
        // A value that meets another in its slot replaces it (a bounded table), so they alternate there.
        List<String> titles = List.of("Client visit", "ab0defghijkl", "ab1defghijkl", "ab0defghijkl", "Client visit",
                "", "x", "xy", "\u00e9t\u00e9 \u20ac", "a".repeat(48), "b".repeat(49), "b".repeat(49));
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < titles.size(); i++) {
            json.append(i == 0 ? "" : ",").append("{\"id\":\"").append(i).append("\",\"title\":\"")
                    .append(titles.get(i)).append("\"}");
        }
        List<Expense> expenses = sdk.readValue(json.append(']').toString(), new TypeReference<List<Expense>>() { });

        List<String> read = new ArrayList<>();
        expenses.forEach(expense -> read.add(expense.title()));
        assertThat(read).isEqualTo(titles);
        assertThat(read.get(4)).isSameAs(read.get(0));
        assertThat(read.get(11)).as("longer values are read as they are").isNotSameAs(read.get(10));
        assertThat(expenses.get(1).id()).isEqualTo("1");
    }

    @Test
    void aPageOfMoreValuesThanTheFirstTableHoldsStillSharesItsRepeats() throws Exception {
        // 140 distinct titles make the table grow past its first size (128 slots); a value read after that is
        // still shared when it comes again 300 distinct values later, which the first size does not hold (these
        // 300 take its slot there; in the grown table none does).
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < 140; i++) {
            json.append("{\"title\":\"").append(UUID.nameUUIDFromBytes(("trip " + i).getBytes(StandardCharsets.UTF_8))).append("\"},");
        }
        json.append("{\"title\":\"Client visit\"},");
        for (int i = 0; i < 300; i++) {
            json.append("{\"title\":\"").append(UUID.nameUUIDFromBytes(("visit " + i).getBytes(StandardCharsets.UTF_8))).append("\"},");
        }
        json.append("{\"title\":\"Client visit\"}]");
        List<Expense> expenses = sdk.readValue(json.toString(), new TypeReference<List<Expense>>() { });

        assertThat(expenses).hasSize(442);
        assertThat(expenses.get(441).title()).isEqualTo("Client visit").isSameAs(expenses.get(140).title());
    }

    @Test
    void aSingleRecordSharesItsOwnRepeats() throws Exception {
        Expense expense = sdk.readValue("{\"title\":\"Client visit\",\"note\":\"Client visit\"}", Expense.class);

        assertThat(expense.note()).isEqualTo("Client visit").isSameAs(expense.title());
    }

    @Test
    void theTableIsPerRead() throws Exception {
        Expense first = sdk.readValue("{\"title\":\"Client visit\"}", Expense.class);
        Expense second = sdk.readValue("{\"title\":\"Client visit\"}", Expense.class);

        assertThat(second.title()).isEqualTo(first.title()).isNotSameAs(first.title());
    }
}
