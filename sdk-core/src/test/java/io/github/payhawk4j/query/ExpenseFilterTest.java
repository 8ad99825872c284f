package io.github.payhawk4j.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.payhawk4j.json.PayhawkJson;
import io.github.payhawk4j.model.ModelFixture;
import io.github.payhawk4j.model.expense.ExpenseStatus;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * ExpenseFilter: every field and operator of {@code IExpenseFilter} produces exactly the JSON Payhawk
 * documents, compared as trees in which {@code 1234.10} and {@code 1234.1} differ.
 */
class ExpenseFilterTest {

    /** The properties of {@code components.schemas.IExpenseFilter} in the OpenAPI document. */
    private static final Set<String> SCHEMA_PROPERTIES = Set.of(
            "id", "status", "createdAt", "settledAt", "reviewedAt", "title", "type", "category.id", "createdBy.id",
            "document.documentDate", "document.documentNumber", "document.dueDate", "document.serviceDate",
            "reconciliation.baseTotalAmount", "supplier.name", "card.id", "$and", "$or");

    private static final Instant JUNE_3 = Instant.parse("2022-06-03T00:00:00Z");
    private static final String JUNE_3_WIRE = "\"2022-06-03T00:00:00.000Z\"";

    private static final ObjectMapper JSON = PayhawkJson.newObjectMapper();

    private static JsonNode sent(ExpenseFilter filter) throws Exception {
        return ModelFixture.exactTree(JSON, JSON.writeValueAsString(filter.toJsonTree()));
    }

    private static JsonNode expected(String json) {
        return ModelFixture.exactTree(JSON, json);
    }

    private static Arguments filterCase(String expectedJson, ExpenseFilter filter) {
        return Arguments.of(Named.of(expectedJson, filter), expectedJson);
    }

    static Stream<Arguments> everyFieldAndOperator() {
        List<Arguments> cases = new ArrayList<>();
        Map<String, Supplier<IdField>> idFields = Map.of("id", ExpenseFilter::id, "card.id", ExpenseFilter::cardId);
        idFields.forEach((name, field) -> {
            cases.add(filterCase("{\"" + name + "\":{\"$equal\":\"4821\"}}", field.get().equalTo("4821")));
            cases.add(filterCase("{\"" + name + "\":{\"$in\":[\"4821\",\"4822\",\"4823\"]}}", field.get().in("4821", "4822", "4823")));
            cases.add(filterCase("{\"" + name + "\":{\"$in\":[\"4821\"]}}", field.get().in(List.of("4821"))));
        });
        for (ExpenseFilterStatus status : ExpenseFilterStatus.values()) {
            cases.add(filterCase("{\"status\":{\"$equal\":\"" + status.value() + "\"}}", ExpenseFilter.status().equalTo(status)));
        }
        Map<String, Supplier<DateField>> dateFields = Map.of(
                "createdAt", ExpenseFilter::createdAt,
                "settledAt", ExpenseFilter::settledAt,
                "reviewedAt", ExpenseFilter::reviewedAt,
                "document.documentDate", ExpenseFilter::documentDate,
                "document.dueDate", ExpenseFilter::dueDate,
                "document.serviceDate", ExpenseFilter::serviceDate);
        dateFields.forEach((name, field) -> {
            cases.add(filterCase("{\"" + name + "\":{\"$equal\":" + JUNE_3_WIRE + "}}", field.get().equalTo(JUNE_3)));
            cases.add(filterCase("{\"" + name + "\":{\"$lessThan\":" + JUNE_3_WIRE + "}}", field.get().lessThan(JUNE_3)));
            cases.add(filterCase("{\"" + name + "\":{\"$greaterThan\":" + JUNE_3_WIRE + "}}", field.get().greaterThan(JUNE_3)));
            cases.add(filterCase("{\"" + name + "\":{\"$empty\":true}}", field.get().empty(true)));
            cases.add(filterCase("{\"" + name + "\":{\"$empty\":false}}", field.get().empty(false)));
        });
        Map<String, Supplier<TextField>> textFields = Map.of(
                "title", ExpenseFilter::title,
                "type", ExpenseFilter::type,
                "category.id", ExpenseFilter::categoryId,
                "createdBy.id", ExpenseFilter::createdById,
                "document.documentNumber", ExpenseFilter::documentNumber,
                "supplier.name", ExpenseFilter::supplierName);
        textFields.forEach((name, field) -> {
            cases.add(filterCase("{\"" + name + "\":{\"$equal\":\"Fuel \\\"A\\\" 95\"}}", field.get().equalTo("Fuel \"A\" 95")));
            cases.add(filterCase("{\"" + name + "\":{\"$notEqual\":\"card\"}}", field.get().notEqualTo("card")));
            cases.add(filterCase("{\"" + name + "\":{\"$contains\":\"Лукойл\"}}", field.get().contains("Лукойл")));
            cases.add(filterCase("{\"" + name + "\":{\"$empty\":true}}", field.get().empty(true)));
            cases.add(filterCase("{\"" + name + "\":{\"$empty\":false}}", field.get().empty(false)));
        });
        String amount = "reconciliation.baseTotalAmount";
        cases.add(filterCase("{\"" + amount + "\":{\"$equal\":1234.10}}", ExpenseFilter.baseTotalAmount().equalTo(new BigDecimal("1234.10"))));
        cases.add(filterCase("{\"" + amount + "\":{\"$notEqual\":0.00}}", ExpenseFilter.baseTotalAmount().notEqualTo(new BigDecimal("0.00"))));
        cases.add(filterCase("{\"" + amount + "\":{\"$lessThan\":99.99}}", ExpenseFilter.baseTotalAmount().lessThan(new BigDecimal("99.99"))));
        cases.add(filterCase("{\"" + amount + "\":{\"$greaterThan\":3086400.00}}", ExpenseFilter.baseTotalAmount().greaterThan(new BigDecimal("3086400.00"))));
        cases.add(filterCase("{\"" + amount + "\":{\"$empty\":true}}", ExpenseFilter.baseTotalAmount().empty(true)));
        cases.add(filterCase("{\"$and\":[{\"title\":{\"$contains\":\"fuel\"}},{\"type\":{\"$equal\":\"card\"}}]}",
                ExpenseFilter.and(ExpenseFilter.title().contains("fuel"), ExpenseFilter.type().equalTo("card"))));
        cases.add(filterCase("{\"$or\":[{\"title\":{\"$contains\":\"fuel\"}},{\"type\":{\"$equal\":\"card\"}}]}",
                ExpenseFilter.or(ExpenseFilter.title().contains("fuel"), ExpenseFilter.type().equalTo("card"))));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyFieldAndOperator")
    @DisplayName("each field and operator produces its documented JSON")
    void producesTheDocumentedJson(ExpenseFilter filter, String expectedJson) throws Exception {
        assertThat(sent(filter)).isEqualTo(expected(expectedJson));
    }

    @Test
    @DisplayName("the cases above reach every property of IExpenseFilter, dotted fields and $and/$or included")
    void coversEveryPropertyOfTheSchema() {
        Set<String> reached = new TreeSet<>();
        everyFieldAndOperator().forEach(arguments -> reached.addAll(
                ((ExpenseFilter) ((Named<?>) arguments.get()[0]).getPayload()).toJsonTree().keySet()));

        assertThat(reached).containsExactlyInAnyOrderElementsOf(SCHEMA_PROPERTIES);
    }

    @Test
    @DisplayName("and/or nest: {$and:[{$or:[a,b]}, c]} keeps the order of the filters")
    void nestsAndAndOr() throws Exception {
        ExpenseFilter filter = ExpenseFilter.and(
                ExpenseFilter.or(ExpenseFilter.status().equalTo(ExpenseFilterStatus.READY),
                        ExpenseFilter.status().equalTo(ExpenseFilterStatus.DRAFT)),
                ExpenseFilter.supplierName().contains("Shell"),
                ExpenseFilter.createdAt().between(Instant.parse("2024-01-01T00:00:00Z"), Instant.parse("2024-07-01T00:00:00Z")));

        assertThat(sent(filter)).isEqualTo(expected("""
                {"$and":[
                  {"$or":[{"status":{"$equal":"ready"}},{"status":{"$equal":"draft"}}]},
                  {"supplier.name":{"$contains":"Shell"}},
                  {"createdAt":{"$greaterThan":"2024-01-01T00:00:00.000Z","$lessThan":"2024-07-01T00:00:00.000Z"}}
                ]}"""));
    }

    @Test
    @DisplayName("a.and(b).or(c) is {$or:[{$and:[a,b]}, c]}")
    void chainsInstanceCombinators() throws Exception {
        ExpenseFilter filter = ExpenseFilter.type().equalTo("card")
                .and(ExpenseFilter.cardId().in("card_81d2", "card_90aa"))
                .or(ExpenseFilter.documentNumber().empty(false));

        assertThat(sent(filter)).isEqualTo(expected("""
                {"$or":[
                  {"$and":[{"type":{"$equal":"card"}},{"card.id":{"$in":["card_81d2","card_90aa"]}}]},
                  {"document.documentNumber":{"$empty":false}}
                ]}"""));
    }

    @Test
    @DisplayName("dates are written as 2022-06-03T00:00:00.000Z: LocalDate as UTC midnight, instants cut to milliseconds")
    void writesDatesInPayhawksForm() throws Exception {
        assertThat(sent(ExpenseFilter.documentDate().equalTo(LocalDate.of(2022, 6, 3))))
                .isEqualTo(expected("{\"document.documentDate\":{\"$equal\":\"2022-06-03T00:00:00.000Z\"}}"));
        assertThat(sent(ExpenseFilter.dueDate().lessThan(LocalDate.of(2022, 6, 3))))
                .isEqualTo(expected("{\"document.dueDate\":{\"$lessThan\":\"2022-06-03T00:00:00.000Z\"}}"));
        assertThat(sent(ExpenseFilter.serviceDate().greaterThan(LocalDate.of(2022, 12, 31))))
                .isEqualTo(expected("{\"document.serviceDate\":{\"$greaterThan\":\"2022-12-31T00:00:00.000Z\"}}"));
        assertThat(sent(ExpenseFilter.reviewedAt().greaterThan(Instant.parse("2022-06-03T10:15:30.123456789Z"))))
                .isEqualTo(expected("{\"reviewedAt\":{\"$greaterThan\":\"2022-06-03T10:15:30.123Z\"}}"));
        assertThat(sent(ExpenseFilter.settledAt().between(LocalDate.of(2022, 6, 3), LocalDate.of(2022, 7, 1))))
                .isEqualTo(expected("{\"settledAt\":{\"$greaterThan\":\"2022-06-03T00:00:00.000Z\","
                        + "\"$lessThan\":\"2022-07-01T00:00:00.000Z\"}}"));
    }

    @Test
    @DisplayName("status filters take only the statuses the API filters by (draft, ready, archived): the compiler refuses deleted")
    void statusTakesOnlyTheFilterableStatuses() {
        assertThat(ExpenseFilterStatus.values()).extracting(ExpenseFilterStatus::value)
                .containsExactlyInAnyOrder("draft", "ready", "archived");
        assertThat(StatusField.class.getMethods()).filteredOn(method -> method.getDeclaringClass() == StatusField.class)
                .allSatisfy(method -> assertThat(method.getParameterTypes()).doesNotContain(ExpenseStatus.class));
        assertThat(ExpenseFilterStatus.of("ready")).isSameAs(ExpenseFilterStatus.READY);
        assertThat(ExpenseFilterStatus.READY.toExpenseStatus()).isSameAs(ExpenseStatus.READY);
        assertThatIllegalArgumentException().isThrownBy(() -> ExpenseFilterStatus.of("deleted"))
                .withMessageContaining("deleted").withMessageContaining("draft, ready, archived");
    }

    @Test
    @DisplayName("dates are written with the proleptic year (uuuu): 0001-01-01 and 9999-12-31 are the bounds")
    void writesTheYearsAtTheBounds() throws Exception {
        assertThat(sent(ExpenseFilter.createdAt().greaterThan(LocalDate.of(1, 1, 1))))
                .isEqualTo(expected("{\"createdAt\":{\"$greaterThan\":\"0001-01-01T00:00:00.000Z\"}}"));
        assertThat(sent(ExpenseFilter.createdAt().lessThan(Instant.parse("9999-12-31T23:59:59.999999999Z"))))
                .isEqualTo(expected("{\"createdAt\":{\"$lessThan\":\"9999-12-31T23:59:59.999Z\"}}"));
    }

    @Test
    @DisplayName("a date outside the years 0001-9999 is refused when the filter is built, never sent as invalid text")
    void refusesDatesOutsideFourDigitYears() {
        for (LocalDate date : List.of(LocalDate.of(0, 12, 31), LocalDate.of(-44, 3, 15), LocalDate.of(10_000, 1, 1),
                LocalDate.MIN, LocalDate.MAX)) {
            assertThatIllegalArgumentException().as(date.toString())
                    .isThrownBy(() -> ExpenseFilter.createdAt().equalTo(date))
                    .withMessageContaining("0001").withMessageContaining("9999");
        }
        for (Instant instant : List.of(Instant.parse("0000-12-31T23:59:59Z"), Instant.parse("+10000-01-01T00:00:00Z"),
                Instant.MIN, Instant.MAX)) {
            assertThatIllegalArgumentException().as(instant.toString())
                    .isThrownBy(() -> ExpenseFilter.settledAt().greaterThan(instant));
            assertThatIllegalArgumentException().isThrownBy(() -> ExpenseFilter.settledAt().between(instant, Instant.EPOCH));
        }
    }

    @Test
    @DisplayName("amounts are written exactly as given: scale kept, never in exponent form, never through double")
    void writesAmountsExactly() throws Exception {
        assertThat(JSON.writeValueAsString(ExpenseFilter.baseTotalAmount().equalTo(new BigDecimal("1234.10")).toJsonTree()))
                .isEqualTo("{\"reconciliation.baseTotalAmount\":{\"$equal\":1234.10}}");
        assertThat(JSON.writeValueAsString(ExpenseFilter.baseTotalAmount().greaterThan(new BigDecimal("1E+3")).toJsonTree()))
                .isEqualTo("{\"reconciliation.baseTotalAmount\":{\"$greaterThan\":1000}}");
        assertThat(JSON.writeValueAsString(ExpenseFilter.baseTotalAmount().lessThan(new BigDecimal("0.1")).toJsonTree()))
                .isEqualTo("{\"reconciliation.baseTotalAmount\":{\"$lessThan\":0.1}}");
        assertThat(JSON.writeValueAsString(ExpenseFilter.baseTotalAmount()
                .notEqualTo(new BigDecimal("12345678901234567890.123456789")).toJsonTree()))
                .isEqualTo("{\"reconciliation.baseTotalAmount\":{\"$notEqual\":12345678901234567890.123456789}}");
    }

    @Test
    @DisplayName("missing values and an empty $in are refused when the filter is built")
    void refusesMissingValues() {
        assertThatNullPointerException().isThrownBy(() -> ExpenseFilter.title().equalTo(null));
        assertThatNullPointerException().isThrownBy(() -> ExpenseFilter.id().equalTo(null));
        assertThatNullPointerException().isThrownBy(() -> ExpenseFilter.status().equalTo((ExpenseFilterStatus) null));
        assertThatNullPointerException().isThrownBy(() -> ExpenseFilter.createdAt().lessThan((Instant) null));
        assertThatNullPointerException().isThrownBy(() -> ExpenseFilter.createdAt().lessThan((LocalDate) null));
        assertThatNullPointerException().isThrownBy(() -> ExpenseFilter.baseTotalAmount().equalTo(null));
        assertThatNullPointerException().isThrownBy(() -> ExpenseFilter.and(ExpenseFilter.title().empty(true), (ExpenseFilter) null));
        assertThatIllegalArgumentException().isThrownBy(() -> ExpenseFilter.cardId().in(List.of()));
        assertThatIllegalArgumentException().isThrownBy(() -> ExpenseFilter.id().in());
    }

    @Test
    @DisplayName("a filter is immutable: its tree cannot be changed and does not follow the caller's list")
    void isImmutable() {
        List<String> ids = new ArrayList<>(List.of("4821", "4822"));
        ExpenseFilter filter = ExpenseFilter.id().in(ids);
        ids.add("9999");

        assertThat(filter).isEqualTo(ExpenseFilter.id().in("4821", "4822"));
        assertThat(filter.hashCode()).isEqualTo(ExpenseFilter.id().in("4821", "4822").hashCode());
        assertThatThrownBy(() -> filter.toJsonTree().put("title", Map.of())).isInstanceOf(UnsupportedOperationException.class);
    }
}
