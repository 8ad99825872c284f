package io.github.payhawk4j.query;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.payhawk4j.json.PayhawkJson;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** ExpenseQuery: filter, order and a page window that Payhawk accepts ({@code $take} 1 to 1000, {@code $skip} 0 or more). */
class ExpenseQueryTest {

    private static final ObjectMapper JSON = PayhawkJson.newObjectMapper();

    @ParameterizedTest(name = "take({0})")
    @ValueSource(ints = {0, 1001, -1, Integer.MIN_VALUE, Integer.MAX_VALUE})
    @DisplayName("take outside 1..1000 is refused with IllegalArgumentException")
    void refusesATakeOutsideThePageLimit(int take) {
        assertThatIllegalArgumentException().isThrownBy(() -> ExpenseQuery.builder().take(take))
                .withMessageContaining("take").withMessageContaining("1000");
    }

    @ParameterizedTest(name = "take({0})")
    @ValueSource(ints = {1, 500, 1000})
    @DisplayName("take within 1..1000 is kept")
    void acceptsATakeWithinThePageLimit(int take) {
        assertThat(ExpenseQuery.builder().take(take).build().take()).contains(take);
    }

    @ParameterizedTest(name = "skip({0})")
    @ValueSource(ints = {-1, Integer.MIN_VALUE})
    @DisplayName("a negative skip is refused with IllegalArgumentException")
    void refusesANegativeSkip(int skip) {
        assertThatIllegalArgumentException().isThrownBy(() -> ExpenseQuery.builder().skip(skip)).withMessageContaining("skip");
        assertThatIllegalArgumentException().isThrownBy(() -> ExpenseQuery.all().withSkip(skip));
    }

    @Test
    @DisplayName("skip 0 and large skips are kept")
    void acceptsZeroAndLargeSkips() {
        assertThat(ExpenseQuery.builder().skip(0).build().skip()).contains(0);
        assertThat(ExpenseQuery.builder().skip(2_000_000).build().skip()).contains(2_000_000);
    }

    @Test
    @DisplayName("orderBy is sent as [{\"createdAt\":\"asc\"}] or [{\"id\":\"asc\"}]")
    void writesTheOrderAsAJsonArray() throws Exception {
        assertThat(JSON.writeValueAsString(ExpenseOrder.CREATED_AT_ASC.toJsonTree())).isEqualTo("[{\"createdAt\":\"asc\"}]");
        assertThat(JSON.writeValueAsString(ExpenseOrder.ID_ASC.toJsonTree())).isEqualTo("[{\"id\":\"asc\"}]");
    }

    @Test
    @DisplayName("ExpenseQuery.all() sets nothing, so the list call sends no parameters")
    void allSetsNothing() {
        ExpenseQuery all = ExpenseQuery.all();

        assertThat(all.filter()).isEmpty();
        assertThat(all.orderBy()).isEmpty();
        assertThat(all.skip()).isEmpty();
        assertThat(all.take()).isEmpty();
    }

    @Test
    @DisplayName("the builder keeps filter, order, skip and take; toBuilder and withSkip copy without changing the original")
    void isAnImmutableValue() {
        ExpenseFilter ready = ExpenseFilter.status().equalTo(ExpenseFilterStatus.READY);
        ExpenseQuery query = ExpenseQuery.builder().filter(ready).orderBy(ExpenseOrder.ID_ASC).skip(40).take(20).build();

        ExpenseQuery next = query.withSkip(60);
        ExpenseQuery wider = query.toBuilder().take(1000).build();

        assertThat(query.filter()).contains(ready);
        assertThat(query.orderBy()).contains(ExpenseOrder.ID_ASC);
        assertThat(query.skip()).contains(40);
        assertThat(query.take()).contains(20);
        assertThat(next.skip()).contains(60);
        assertThat(next.filter()).contains(ready);
        assertThat(next.orderBy()).contains(ExpenseOrder.ID_ASC);
        assertThat(next.take()).contains(20);
        assertThat(wider.take()).contains(1000);
        assertThat(wider.skip()).contains(40);
    }
}
