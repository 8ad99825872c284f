package io.github.payhawk4j.service;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.payhawk4j.client.PayhawkClient;
import io.github.payhawk4j.error.PermissionException;
import io.github.payhawk4j.model.Page;
import io.github.payhawk4j.model.expense.Expense;
import io.github.payhawk4j.query.ExpenseOrder;
import io.github.payhawk4j.query.ExpenseQuery;
import io.github.payhawk4j.service.async.AsyncPage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.payhawk4j.service.ExpenseAutoPagingTest.PAGES;
import static io.github.payhawk4j.service.ExpenseAutoPagingTest.TOTAL;
import static io.github.payhawk4j.service.ExpenseAutoPagingTest.expenseId;
import static io.github.payhawk4j.service.StubbedPayhawkApi.clientFor;
import static io.github.payhawk4j.service.StubbedPayhawkApi.sdkGetPath;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code client.async().expenses().listAll(query)}: the same 2,500 expenses in pages of 1000, 1000 and 500,
 * walked without blocking: {@link AsyncPage#nextPage()} and {@link AsyncPage#forEach}.
 */
class ExpenseAsyncPagingTest {

    private static final String EXPENSES = "/api/v3/accounts/acme_logistics/expenses";
    private static final ExpenseQuery BY_CREATION = ExpenseQuery.builder().orderBy(ExpenseOrder.CREATED_AT_ASC).build();

    @RegisterExtension
    static WireMockExtension api = StubbedPayhawkApi.http11Server();

    private final PayhawkClient client = clientFor(api);

    private static void serveThreePages() {
        for (int page = 0; page < PAGES.size(); page++) {
            api.stubFor(get(urlPathEqualTo(EXPENSES)).withQueryParam("$skip", equalTo(String.valueOf(page * 1000)))
                    .willReturn(okJson(PAGES.get(page))));
        }
    }

    private static int requestCount() {
        return api.getAllServeEvents().size();
    }

    @Test
    @DisplayName("forEach visits all 2,500 expenses in order, page after page, and the sum is exact")
    void forEachWalksEveryPage() throws Exception {
        serveThreePages();
        List<String> ids = new ArrayList<>();
        AtomicReference<BigDecimal> sum = new AtomicReference<>(BigDecimal.ZERO);

        client.async().expenses().listAll(BY_CREATION)
                .thenCompose(first -> first.forEach(expense -> {
                    ids.add(expense.id());
                    sum.accumulateAndGet(expense.reconciliation().totalAmount(), BigDecimal::add);
                }))
                .get(30, TimeUnit.SECONDS);

        assertThat(ids).hasSize(TOTAL).doesNotHaveDuplicates();
        assertThat(ids.get(0)).isEqualTo(expenseId(1));
        assertThat(ids.get(TOTAL - 1)).isEqualTo(expenseId(TOTAL));
        assertThat(sum.get().toPlainString()).isEqualTo("3086400.00");
        for (int skip = 0; skip < TOTAL; skip += 1000) {
            api.verify(1, sdkGetPath(EXPENSES).withQueryParam("$skip", equalTo(String.valueOf(skip)))
                    .withQueryParam("$take", equalTo("1000")));
        }
        assertThat(requestCount()).isEqualTo(3);
    }

    @Test
    @DisplayName("listAll fetches the first page only; nextPage fetches the next, and after the last it fails")
    void pagesOneAtATime() throws Exception {
        serveThreePages();

        AsyncPage<Expense> first = client.async().expenses().listAll(BY_CREATION).get(30, TimeUnit.SECONDS);
        assertThat(requestCount()).isEqualTo(1);
        assertThat(first.items()).hasSize(1000);
        assertThat(first.total()).isEqualTo(TOTAL);
        assertThat(first.hasNextPage()).isTrue();

        AsyncPage<Expense> second = first.nextPage().get(30, TimeUnit.SECONDS);
        AsyncPage<Expense> third = second.nextPage().get(30, TimeUnit.SECONDS);

        assertThat(second.items().get(0).id()).isEqualTo(expenseId(1001));
        assertThat(third.items()).hasSize(500);
        assertThat(third.hasNextPage()).isFalse();
        assertThat(third.toString()).contains("500 items from 2000 of 2500");
        assertThatThrownBy(() -> third.nextPage().join()).hasCauseInstanceOf(NoSuchElementException.class);
        assertThat(requestCount()).isEqualTo(3);
    }

    @Test
    @DisplayName("a page that fails mid-walk fails forEach with the PayhawkException, and nothing more is fetched")
    void aFailedPageEndsTheWalk() {
        api.stubFor(get(urlPathEqualTo(EXPENSES)).withQueryParam("$skip", equalTo("0")).willReturn(okJson(PAGES.get(0))));
        api.stubFor(get(urlPathEqualTo(EXPENSES)).withQueryParam("$skip", equalTo("1000"))
                .willReturn(aResponse().withStatus(403).withHeader("Content-Type", "application/json")
                        .withBody("{\"code\":\"Forbidden\",\"message\":\"key revoked\"}")));
        AtomicInteger seen = new AtomicInteger();

        CompletableFuture<Void> walk = client.async().expenses().listAll(BY_CREATION)
                .thenCompose(first -> first.forEach(expense -> seen.incrementAndGet()));

        assertThatThrownBy(walk::join).isInstanceOf(CompletionException.class).cause()
                .isInstanceOf(PermissionException.class).hasMessageContaining("key revoked");
        assertThat(seen).hasValue(1000);
        assertThat(requestCount()).isEqualTo(2);
    }

    @Test
    @DisplayName("an action that throws ends the walk with its exception before the next page is fetched")
    void aThrowingActionEndsTheWalk() {
        serveThreePages();
        IllegalStateException stop = new IllegalStateException("ledger full");

        CompletableFuture<Void> walk = client.async().expenses().listAll(BY_CREATION)
                .thenCompose(first -> first.forEach(expense -> {
                    if (expense.id().equals(expenseId(5))) {
                        throw stop;
                    }
                }));

        assertThatThrownBy(walk::join).hasCause(stop);
        assertThat(requestCount()).isEqualTo(1);
    }

    @Test
    @DisplayName("a walk over 20,000 pages that are already there does not grow the stack")
    void aLongWalkOfCompletedPagesRunsInALoop() {
        int pages = 20_000;
        AtomicInteger items = new AtomicInteger();

        AsyncPage.<Integer>first(0, skip -> CompletableFuture.completedFuture(Page.of(List.of(skip), pages)))
                .thenCompose(first -> first.forEach(item -> items.incrementAndGet()))
                .join();

        assertThat(items).hasValue(pages);
    }

    @Test
    @DisplayName("an invalid start fails fast, and a fetch that throws fails the page's future")
    void invalidUse() {
        assertThatThrownBy(() -> AsyncPage.first(-1, skip -> CompletableFuture.completedFuture(Page.of(List.of(), 0))))
                .isInstanceOf(IllegalArgumentException.class);
        IllegalStateException broken = new IllegalStateException("broken");

        assertThatThrownBy(() -> AsyncPage.<String>first(0, skip -> {
            throw broken;
        }).join()).hasCause(broken);
        assertThatThrownBy(() -> client.async().expenses().listAll(null).join()).hasCauseInstanceOf(NullPointerException.class);
    }
}
