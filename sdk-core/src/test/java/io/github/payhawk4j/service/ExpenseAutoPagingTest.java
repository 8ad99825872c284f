package io.github.payhawk4j.service;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import io.github.payhawk4j.client.PayhawkClient;
import io.github.payhawk4j.error.PermissionException;
import io.github.payhawk4j.model.expense.Expense;
import io.github.payhawk4j.model.expense.ExpenseStatus;
import io.github.payhawk4j.model.expense.ExpenseType;
import io.github.payhawk4j.query.ExpenseFilter;
import io.github.payhawk4j.query.ExpenseFilterStatus;
import io.github.payhawk4j.query.ExpenseOrder;
import io.github.payhawk4j.query.ExpenseQuery;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.payhawk4j.service.StubbedPayhawkApi.clientFor;
import static io.github.payhawk4j.service.StubbedPayhawkApi.sdkGetPath;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * ExpenseService.listAll: a 2,500-expense result served in pages of 1000, 1000 and 500, fetched lazily,
 * with the query's filter and order on every page and every amount exact.
 */
class ExpenseAutoPagingTest {

    private static final String EXPENSES = "/api/v3/accounts/acme_logistics/expenses";
    static final int TOTAL = 2500;
    /** The one item, on the second page, that carries an expense type and a field this SDK version does not know. */
    private static final int ODD_ITEM = 1717;
    private static final String FILTER_JSON = """
            {"$and":[{"status":{"$equal":"ready"}},{"createdAt":{"$greaterThan":"2024-01-01T00:00:00.000Z"}}]}""";

    @RegisterExtension
    static WireMockExtension api = StubbedPayhawkApi.http11Server();

    private final PayhawkClient client = clientFor(api);

    private static final ExpenseQuery READY_SINCE_2024 = ExpenseQuery.builder()
            .filter(ExpenseFilter.and(
                    ExpenseFilter.status().equalTo(ExpenseFilterStatus.READY),
                    ExpenseFilter.createdAt().greaterThan(Instant.parse("2024-01-01T00:00:00Z"))))
            .orderBy(ExpenseOrder.CREATED_AT_ASC)
            .build();

    /** The three pages, built once: 1000, 1000 and 500 items. */
    static final List<String> PAGES = List.of(pageJson(0, 1000), pageJson(1000, 1000), pageJson(2000, 500));

    private static void serveTwentyFiveHundredExpensesInThreePages() {
        for (int page = 0; page < PAGES.size(); page++) {
            api.stubFor(get(urlPathEqualTo(EXPENSES)).withQueryParam("$skip", equalTo(String.valueOf(page * 1000)))
                    .willReturn(okJson(PAGES.get(page))));
        }
    }

    /** Items numbered from {@code skip + 1}, each for 1234.56 EUR. */
    static String pageJson(int skip, int size) {
        StringBuilder json = new StringBuilder("{\"items\":[");
        for (int number = skip + 1; number <= skip + size; number++) {
            boolean odd = number == ODD_ITEM;
            json.append(number == skip + 1 ? "" : ",").append("{")
                    .append("\"id\":\"").append(expenseId(number)).append("\",")
                    .append("\"createdAt\":\"").append(Instant.parse("2024-01-01T00:00:00Z").plusSeconds(60L * number)).append("\",")
                    .append("\"type\":\"").append(odd ? "virtualCard" : "card").append("\",")
                    .append("\"status\":\"ready\",\"isPaid\":true,")
                    .append("\"title\":\"Fuel ").append(number).append("\",")
                    .append(odd ? "\"carbonFootprintKg\":61.3,\"travelPolicy\":{\"id\":\"tp_1\",\"limits\":[1,2]}," : "")
                    .append("\"reconciliation\":{\"totalAmount\":1234.56,\"currency\":\"EUR\",")
                    .append("\"baseTotalAmount\":1234.56,\"baseCurrency\":\"EUR\",\"customFields\":[]},")
                    .append("\"externalLinks\":[]}");
        }
        return json.append("],\"total\":").append(TOTAL).append("}").toString();
    }

    static String expenseId(int number) {
        return String.format("exp-%05d", number);
    }

    private static RequestPatternBuilder pageRequest(int skip) {
        return sdkGetPath(EXPENSES)
                .withQueryParam("$filter", equalToJson(FILTER_JSON))
                .withQueryParam("$orderBy", equalToJson("[{\"createdAt\":\"asc\"}]"))
                .withQueryParam("$skip", equalTo(String.valueOf(skip)))
                .withQueryParam("$take", equalTo("1000"));
    }

    private static int requestCount() {
        return api.getAllServeEvents().size();
    }

    @Test
    @DisplayName("iterating listAll reads all 2,500 expenses in order; 2,500 x 1234.56 sums to exactly 3086400.00")
    void iteratesAllPagesAndSumsExactly() {
        serveTwentyFiveHundredExpensesInThreePages();

        List<String> ids = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (Expense expense : client.expenses().listAll(READY_SINCE_2024)) {
            ids.add(expense.id());
            sum = sum.add(expense.reconciliation().totalAmount());
        }

        assertThat(ids).hasSize(TOTAL).doesNotHaveDuplicates();
        assertThat(ids.get(0)).isEqualTo("exp-00001");
        assertThat(ids.get(999)).isEqualTo("exp-01000");
        assertThat(ids.get(1000)).isEqualTo("exp-01001");
        assertThat(ids.get(TOTAL - 1)).isEqualTo("exp-02500");
        assertThat(sum.toPlainString()).isEqualTo("3086400.00");
    }

    @Test
    @DisplayName("every page request carries the same $filter and $orderBy, $take=1000 and $skip 0, 1000, 2000")
    void keepsTheQueryOnEveryPage() {
        serveTwentyFiveHundredExpensesInThreePages();

        client.expenses().listAll(READY_SINCE_2024).forEach(expense -> { });

        api.verify(1, pageRequest(0));
        api.verify(1, pageRequest(1000));
        api.verify(1, pageRequest(2000));
        assertThat(requestCount()).isEqualTo(3);
    }

    @Test
    @DisplayName("an unknown expense type and unknown fields on one item of 2,500 are tolerated and kept, fields in additionalProperties()")
    void toleratesOneOddItem() {
        serveTwentyFiveHundredExpensesInThreePages();

        List<Expense> all = client.expenses().listAll(READY_SINCE_2024).stream().toList();

        Expense odd = all.get(ODD_ITEM - 1);
        assertThat(odd.id()).isEqualTo(expenseId(ODD_ITEM));
        assertThat(odd.type().isKnown()).isFalse();
        assertThat(odd.type().value()).isEqualTo("virtualCard");
        assertThat(odd.type()).isEqualTo(ExpenseType.of("virtualCard"));
        assertThat(odd.type().known()).isEqualTo(ExpenseType.Known.UNKNOWN);
        assertThat(odd.additionalProperties()).containsOnlyKeys("carbonFootprintKg", "travelPolicy");
        assertThat(odd.additionalProperties().get("carbonFootprintKg").decimalValue()).isEqualTo("61.3");
        assertThat(odd.additionalProperties().get("travelPolicy").path("limits").get(1).intValue()).isEqualTo(2);
        assertThat(odd.reconciliation().totalAmount().toPlainString()).isEqualTo("1234.56");
        assertThat(all).filteredOn(expense -> expense != odd).allSatisfy(expense -> {
            assertThat(expense.additionalProperties()).isEmpty();
            assertThat(expense.type()).isSameAs(ExpenseType.CARD);
            assertThat(expense.status()).isSameAs(ExpenseStatus.READY);
        });
    }

    @Test
    @DisplayName("stream() gives the same 2,500 expenses and the same exact sum")
    void streamsAllPages() {
        serveTwentyFiveHundredExpensesInThreePages();

        BigDecimal sum = client.expenses().listAll(READY_SINCE_2024).stream()
                .map(expense -> expense.reconciliation().totalAmount())
                .reduce(BigDecimal.ZERO, BigDecimal::add);

        assertThat(sum.toPlainString()).isEqualTo("3086400.00");
        assertThat(client.expenses().listAll(READY_SINCE_2024).stream().count()).isEqualTo(TOTAL);
        api.verify(2, pageRequest(0));
        api.verify(2, pageRequest(1000));
        api.verify(2, pageRequest(2000));
    }

    @Test
    @DisplayName("nothing is fetched before the first hasNext(); reading 10 items fetches only page 1")
    void fetchesLazily() {
        serveTwentyFiveHundredExpensesInThreePages();

        AutoPagingIterable<Expense> all = client.expenses().listAll(READY_SINCE_2024);
        Iterator<Expense> iterator = all.iterator();
        assertThat(requestCount()).isZero();

        assertThat(iterator.hasNext()).isTrue();
        assertThat(requestCount()).isEqualTo(1);
        for (int i = 0; i < 10; i++) {
            iterator.next();
        }

        assertThat(requestCount()).isEqualTo(1);
        api.verify(1, pageRequest(0));
    }

    @Test
    @DisplayName("a stream limited to 10 items fetches only page 1")
    void streamsLazily() {
        serveTwentyFiveHundredExpensesInThreePages();

        List<Expense> first = client.expenses().listAll(READY_SINCE_2024).stream().limit(10).toList();

        assertThat(first).extracting(Expense::id).startsWith("exp-00001").endsWith("exp-00010");
        assertThat(requestCount()).isEqualTo(1);
    }

    @Test
    @DisplayName("page 2 is fetched only when item 1001 is asked for")
    void fetchesTheNextPageAtThePageBoundary() {
        serveTwentyFiveHundredExpensesInThreePages();

        Iterator<Expense> iterator = client.expenses().listAll(READY_SINCE_2024).iterator();
        for (int i = 0; i < 1000; i++) {
            iterator.next();
        }
        // Counted by page, not in total: the JDK client may send a GET again on its own when it finds a
        // connection closed, which says nothing about when the SDK asks for a page.
        api.verify(0, pageRequest(1000));

        assertThat(iterator.next().id()).isEqualTo("exp-01001");
        api.verify(1, pageRequest(1000));
    }

    @Test
    @DisplayName("after the last item hasNext() is false, next() throws NoSuchElementException, and no 4th page is asked for")
    void stopsAfterTheTotal() {
        serveTwentyFiveHundredExpensesInThreePages();

        Iterator<Expense> iterator = client.expenses().listAll(READY_SINCE_2024).iterator();
        int count = 0;
        while (iterator.hasNext()) {
            iterator.next();
            count++;
        }

        assertThat(count).isEqualTo(TOTAL);
        assertThat(iterator.hasNext()).isFalse();
        assertThatThrownBy(iterator::next).isInstanceOf(NoSuchElementException.class);
        assertThat(requestCount()).isEqualTo(3);
    }

    @Test
    @DisplayName("the query's take is the page size and its skip the first offset")
    void usesTheQuerysTakeAndSkip() {
        api.stubFor(get(urlPathEqualTo(EXPENSES)).withQueryParam("$skip", equalTo("2100"))
                .willReturn(okJson(pageJson(2100, 300))));
        api.stubFor(get(urlPathEqualTo(EXPENSES)).withQueryParam("$skip", equalTo("2400"))
                .willReturn(okJson(pageJson(2400, 100))));

        List<Expense> rest = client.expenses().listAll(READY_SINCE_2024.toBuilder().skip(2100).take(300).build())
                .stream().toList();

        assertThat(rest).hasSize(400);
        assertThat(rest.get(0).id()).isEqualTo("exp-02101");
        api.verify(1, sdkGetPath(EXPENSES).withQueryParam("$skip", equalTo("2100")).withQueryParam("$take", equalTo("300"))
                .withQueryParam("$filter", equalToJson(FILTER_JSON)));
        api.verify(1, sdkGetPath(EXPENSES).withQueryParam("$skip", equalTo("2400")).withQueryParam("$take", equalTo("300"))
                .withQueryParam("$filter", equalToJson(FILTER_JSON)));
        assertThat(requestCount()).isEqualTo(2);
    }

    @Test
    @DisplayName("a page shorter than asked for does not end the iteration while the total says more are left")
    void keepsPagingAfterAShortPageWhileTheTotalSaysMore() {
        api.stubFor(get(urlPathEqualTo(EXPENSES)).withQueryParam("$skip", equalTo("0")).willReturn(okJson(pageJson(0, 500))));
        api.stubFor(get(urlPathEqualTo(EXPENSES)).withQueryParam("$skip", equalTo("500")).willReturn(okJson(pageJson(500, 1000))));
        api.stubFor(get(urlPathEqualTo(EXPENSES)).withQueryParam("$skip", equalTo("1500")).willReturn(okJson(pageJson(1500, 1000))));

        List<Expense> all = client.expenses().listAll(READY_SINCE_2024).stream().toList();

        assertThat(all).hasSize(TOTAL);
        assertThat(all.get(TOTAL - 1).id()).isEqualTo("exp-02500");
        assertThat(requestCount()).isEqualTo(3);
    }

    @Test
    @DisplayName("a page that fails surfaces from hasNext() as the SDK exception, after the earlier items were read")
    void surfacesAFailedPageFromHasNext() {
        api.stubFor(get(urlPathEqualTo(EXPENSES)).withQueryParam("$skip", equalTo("0")).willReturn(okJson(PAGES.get(0))));
        api.stubFor(get(urlPathEqualTo(EXPENSES)).withQueryParam("$skip", equalTo("1000")).willReturn(aResponse()
                .withStatus(403).withHeader("Content-Type", "application/json")
                .withBody("{\"code\":\"forbidden\",\"message\":\"The API key cannot read expenses of this account\"}")));
        Iterator<Expense> iterator = client.expenses().listAll(READY_SINCE_2024).iterator();
        for (int i = 0; i < 1000; i++) {
            iterator.next();
        }

        assertThatThrownBy(iterator::hasNext).isInstanceOfSatisfying(PermissionException.class, failure -> {
            assertThat(failure.statusCode()).isEqualTo(403);
            assertThat(failure.code()).contains("forbidden");
            assertThat(failure.path()).isEqualTo(EXPENSES);
        });
    }

    @Test
    @DisplayName("an empty result is one request and no items")
    void handlesAnEmptyResult() {
        api.stubFor(get(urlPathEqualTo(EXPENSES)).willReturn(okJson("{\"items\":[],\"total\":0}")));

        assertThat(client.expenses().listAll(READY_SINCE_2024)).isEmpty();
        assertThat(requestCount()).isEqualTo(1);
    }

    @Test
    @DisplayName("each iteration starts again from the first page")
    void restartsForEachIteration() {
        serveTwentyFiveHundredExpensesInThreePages();
        AutoPagingIterable<Expense> all = client.expenses().listAll(READY_SINCE_2024);

        assertThat(all.iterator().next().id()).isEqualTo("exp-00001");
        assertThat(all.iterator().next().id()).isEqualTo("exp-00001");

        api.verify(2, pageRequest(0));
    }
}
