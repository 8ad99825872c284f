package io.github.payhawk4j.model;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.payhawk4j.json.PayhawkJson;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PageTest {

    private final ObjectMapper json = PayhawkJson.newObjectMapper();

    @Test
    void readsTheFilesAcceptedForAnExpense() throws Exception {
        Page<DocumentFile> page = json.readValue(ModelFixture.text("expense-files.json"), new TypeReference<>() { });

        assertThat(page).isEqualTo(Page.of(List.of(DocumentFile.builder()
                .id("file_a71c").url("https://files.payhawk.com/acme/expenses/4821/file_a71c.pdf")
                .contentType("application/pdf")
                .build()), 1));
    }

    @Test
    void readsATotalWrittenAsAFloat() throws Exception {
        // The spec types "total" as a float number.
        Page<DocumentFile> page = json.readValue("{\"items\": [], \"total\": 1200.0}", new TypeReference<>() { });

        assertThat(page.total()).isEqualTo(1200);
    }

    @Test
    void treatsAbsentItemsAsAnEmptyList() throws Exception {
        Page<DocumentFile> page = json.readValue("{\"total\": 0}", new TypeReference<>() { });

        assertThat(page.items()).isEmpty();
        assertThat(Page.of(null, 0).items()).isEmpty();
    }

    @Test
    void isImmutableAndKeepsNoReferenceToTheCallersList() {
        List<String> items = new ArrayList<>(List.of("a", "b"));

        Page<String> page = Page.of(items, 2);
        items.add("c");

        assertThat(page.items()).containsExactly("a", "b");
        assertThatThrownBy(() -> page.items().add("d")).isInstanceOf(UnsupportedOperationException.class);
    }
}
