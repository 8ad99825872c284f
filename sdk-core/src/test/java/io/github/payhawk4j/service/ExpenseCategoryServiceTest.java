package io.github.payhawk4j.service;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.payhawk4j.client.PayhawkClient;
import io.github.payhawk4j.error.IncompleteListException;
import io.github.payhawk4j.model.expense.ExpenseCategory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Instant;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.github.payhawk4j.service.StubbedPayhawkApi.clientFor;
import static io.github.payhawk4j.service.StubbedPayhawkApi.sdkGet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** ExpenseCategoryService.list: every category of the account, unpaged. */
class ExpenseCategoryServiceTest {

    private static final String CATEGORIES = "/api/v3/accounts/acme_logistics/expense-categories";

    @RegisterExtension
    static WireMockExtension api = StubbedPayhawkApi.server();

    private final PayhawkClient client = clientFor(api);

    @Test
    @DisplayName("list() sends GET .../expense-categories and maps every field, unknown ones kept; async and raw alike")
    void listsCategories() {
        api.stubFor(get(urlEqualTo(CATEGORIES)).willReturn(okJson("""
                {"items":[{"id":"cat_travel","name":"Travel","fullName":"Travel","createdAt":"2025-01-02T03:04:05.678Z"},
                          {"id":"cat_taxi","name":"Taxis","fullName":"Travel / Taxis","parentId":"cat_travel",
                           "createdAt":"2025-01-02T03:04:06Z","glAccount":"6021"}],"total":2}""")));

        List<ExpenseCategory> categories = client.expenseCategories().list();

        assertThat(categories).containsExactly(
                ExpenseCategory.builder().id("cat_travel").name("Travel").fullName("Travel")
                        .createdAt(Instant.parse("2025-01-02T03:04:05.678Z")).build(),
                ExpenseCategory.builder().id("cat_taxi").name("Taxis").fullName("Travel / Taxis").parentId("cat_travel")
                        .createdAt(Instant.parse("2025-01-02T03:04:06Z"))
                        .putAdditionalProperty("glAccount", JsonNodeFactory.instance.textNode("6021")).build());
        assertThat(client.async().expenseCategories().list().join()).isEqualTo(categories);
        assertThat(client.expenseCategories().withRawResponse().list().value()).isEqualTo(categories);
        assertThat(client.async().expenseCategories().withRawResponse().list().join().value()).isEqualTo(categories);
        api.verify(4, sdkGet(CATEGORIES));
    }

    @Test
    @DisplayName("a response holding fewer categories than its total is an IncompleteListException, not a short list")
    void refusesATruncatedList() {
        api.stubFor(get(urlEqualTo(CATEGORIES)).willReturn(okJson("{\"items\":[{\"id\":\"cat_travel\"}],\"total\":2}")));

        assertThatThrownBy(() -> client.expenseCategories().list()).isInstanceOf(IncompleteListException.class);
    }
}
