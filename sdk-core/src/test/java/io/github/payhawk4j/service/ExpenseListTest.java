package io.github.payhawk4j.service;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.payhawk4j.client.PayhawkClient;
import io.github.payhawk4j.model.ModelFixture;
import io.github.payhawk4j.model.Page;
import io.github.payhawk4j.model.expense.Expense;
import io.github.payhawk4j.query.ExpenseFilter;
import io.github.payhawk4j.query.ExpenseFilterStatus;
import io.github.payhawk4j.query.ExpenseOrder;
import io.github.payhawk4j.query.ExpenseQuery;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.payhawk4j.service.StubbedPayhawkApi.OTHER_ACCOUNT;
import static io.github.payhawk4j.service.StubbedPayhawkApi.clientFor;
import static io.github.payhawk4j.service.StubbedPayhawkApi.sdkGet;
import static io.github.payhawk4j.service.StubbedPayhawkApi.sdkGetPath;
import static org.assertj.core.api.Assertions.assertThat;

/** ExpenseService.list: one page, with the query sent as URL-encoded JSON in {@code $filter} and {@code $orderBy}. */
class ExpenseListTest {

    private static final String EXPENSES = "/api/v3/accounts/acme_logistics/expenses";

    @RegisterExtension
    static WireMockExtension api = StubbedPayhawkApi.server();

    private final PayhawkClient client = clientFor(api);

    private static ExpenseQuery readyExpensesOverAThousand() {
        return ExpenseQuery.builder()
                .filter(ExpenseFilter.and(
                        ExpenseFilter.status().equalTo(ExpenseFilterStatus.READY),
                        ExpenseFilter.baseTotalAmount().greaterThan(new BigDecimal("1234.10"))))
                .orderBy(ExpenseOrder.CREATED_AT_ASC)
                .skip(40)
                .take(20)
                .build();
    }

    @Test
    @DisplayName("list(query) sends $filter and $orderBy as JSON, $skip and $take as numbers")
    void sendsTheQueryAsJsonParameters() {
        api.stubFor(get(urlPathEqualTo(EXPENSES)).willReturn(okJson(ModelFixture.text("expenses-page.json"))));

        client.expenses().list(readyExpensesOverAThousand());

        api.verify(1, sdkGetPath(EXPENSES)
                .withQueryParam("$filter", equalToJson("""
                        {"$and":[
                          {"status":{"$equal":"ready"}},
                          {"reconciliation.baseTotalAmount":{"$greaterThan":1234.10}}
                        ]}"""))
                .withQueryParam("$orderBy", equalToJson("[{\"createdAt\":\"asc\"}]"))
                .withQueryParam("$skip", equalTo("40"))
                .withQueryParam("$take", equalTo("20")));
    }

    @Test
    @DisplayName("the query string is percent-encoded exactly: $ as %24, JSON punctuation escaped, the amount's scale kept")
    void encodesTheQueryStringExactly() {
        api.stubFor(get(urlPathEqualTo(EXPENSES)).willReturn(okJson(ModelFixture.text("expenses-page.json"))));

        client.expenses().list(readyExpensesOverAThousand());

        assertThat(api.getAllServeEvents()).singleElement().satisfies(event -> assertThat(event.getRequest().getUrl())
                .isEqualTo(EXPENSES
                        + "?%24filter=%7B%22%24and%22%3A%5B%7B%22status%22%3A%7B%22%24equal%22%3A%22ready%22%7D%7D%2C"
                        + "%7B%22reconciliation.baseTotalAmount%22%3A%7B%22%24greaterThan%22%3A1234.10%7D%7D%5D%7D"
                        + "&%24orderBy=%5B%7B%22createdAt%22%3A%22asc%22%7D%5D"
                        + "&%24skip=40"
                        + "&%24take=20"));
    }

    @Test
    @DisplayName("dates in $filter are sent as 2022-06-03T00:00:00.000Z and spaces as %20, not +")
    void encodesDatesAndSpaces() {
        api.stubFor(get(urlPathEqualTo(EXPENSES)).willReturn(okJson(ModelFixture.text("expenses-page.json"))));

        client.expenses().list(ExpenseQuery.builder()
                .filter(ExpenseFilter.createdAt().greaterThan(LocalDate.of(2022, 6, 3))
                        .and(ExpenseFilter.supplierName().contains("BG Toll")))
                .build());

        api.verify(1, sdkGetPath(EXPENSES).withQueryParam("$filter", equalToJson("""
                {"$and":[
                  {"createdAt":{"$greaterThan":"2022-06-03T00:00:00.000Z"}},
                  {"supplier.name":{"$contains":"BG Toll"}}
                ]}""")));
        assertThat(api.getAllServeEvents().get(0).getRequest().getUrl())
                .contains("%222022-06-03T00%3A00%3A00.000Z%22")
                .contains("BG%20Toll")
                .doesNotContain("+");
    }

    @Test
    @DisplayName("non-ASCII text in $filter is sent as percent-encoded UTF-8")
    void encodesNonAsciiTextAsUtf8() {
        api.stubFor(get(urlPathEqualTo(EXPENSES)).willReturn(okJson(ModelFixture.text("expenses-page.json"))));

        client.expenses().list(ExpenseQuery.builder().filter(ExpenseFilter.supplierName().equalTo("Лукойл България")).build());

        api.verify(1, sdkGetPath(EXPENSES).withQueryParam("$filter",
                equalToJson("{\"supplier.name\":{\"$equal\":\"Лукойл България\"}}")));
        assertThat(api.getAllServeEvents().get(0).getRequest().getUrl())
                .contains("%D0%9B%D1%83%D0%BA%D0%BE%D0%B9%D0%BB%20%D0%91");
    }

    @Test
    @DisplayName("list(ExpenseQuery.all()) sends no query parameters at all")
    void sendsNoParametersForAnEmptyQuery() {
        api.stubFor(get(urlPathEqualTo(EXPENSES)).willReturn(okJson(ModelFixture.text("expenses-page.json"))));

        client.expenses().list(ExpenseQuery.all());

        api.verify(1, sdkGet(EXPENSES));
    }

    @Test
    @DisplayName("list maps the page: total and every field of every expense")
    void mapsThePage() {
        api.stubFor(get(urlPathEqualTo(EXPENSES)).willReturn(okJson(ModelFixture.text("expenses-page.json"))));

        Page<Expense> page = client.expenses().list(ExpenseQuery.builder().take(2).build());

        assertThat(page.total()).isEqualTo(57);
        assertThat(page.items()).containsExactly(ExpectedModels.perDiemExpense(), ExpectedModels.cardExpense());
        assertThat(page.items().get(0).perDiem().days()).extracting(day -> day.amount().toPlainString())
                .containsExactly("49.00", "39.20", "58.80");
        assertThat(page.items().get(1).reconciliation().taxAmount().toPlainString()).isEqualTo("0.00");
    }

    @Test
    @DisplayName("listAsync on another account sends the same parameters to that account's path")
    void listsAsynchronouslyOnAnotherAccount() {
        String otherExpenses = "/api/v3/accounts/" + OTHER_ACCOUNT + "/expenses";
        api.stubFor(get(urlPathEqualTo(otherExpenses)).willReturn(okJson(ModelFixture.text("expenses-page.json"))));

        Page<Expense> page = client.account(OTHER_ACCOUNT).expenses().listAsync(readyExpensesOverAThousand()).join();

        api.verify(1, sdkGetPath(otherExpenses)
                .withQueryParam("$filter", equalToJson(
                        "{\"$and\":[{\"status\":{\"$equal\":\"ready\"}},"
                                + "{\"reconciliation.baseTotalAmount\":{\"$greaterThan\":1234.10}}]}"))
                .withQueryParam("$orderBy", equalToJson("[{\"createdAt\":\"asc\"}]"))
                .withQueryParam("$skip", equalTo("40"))
                .withQueryParam("$take", equalTo("20")));
        assertThat(page.items()).isEqualTo(List.of(ExpectedModels.perDiemExpense(), ExpectedModels.cardExpense()));
    }
}
