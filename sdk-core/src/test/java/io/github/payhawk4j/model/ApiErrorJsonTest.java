package io.github.payhawk4j.model;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.payhawk4j.json.PayhawkJson;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ApiErrorJsonTest {

    private final ObjectMapper json = PayhawkJson.newObjectMapper();

    @Test
    void readsCodeAndMessage() throws Exception {
        ApiError error = json.readValue(ModelFixture.text("error.json"), ApiError.class);

        assertThat(error).isEqualTo(ApiError.builder()
                .code("expense_not_found").message("Expense 9999 not found in account acme_logistics")
                .build());
    }

    @Test
    void readsAnErrorWithoutMessage() throws Exception {
        ApiError error = json.readValue("{\"code\": \"rate_limited\"}", ApiError.class);

        assertThat(error.code()).isEqualTo("rate_limited");
        assertThat(error.message()).isNull();
    }
}
