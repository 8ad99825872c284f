package io.github.payhawk4j.service;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.payhawk4j.client.PayhawkClient;
import io.github.payhawk4j.model.ModelFixture;
import io.github.payhawk4j.model.Page;
import io.github.payhawk4j.model.deposit.Deposit;
import io.github.payhawk4j.query.DepositQuery;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.github.payhawk4j.service.StubbedPayhawkApi.clientFor;
import static io.github.payhawk4j.service.StubbedPayhawkApi.sdkGet;
import static org.assertj.core.api.Assertions.assertThat;

/** DepositService.list / listAll: the deposits of one fund account, filtered by date and paged. */
class DepositListTest {

    private static final String DEPOSITS = "/api/v3/accounts/acme_logistics/fund-accounts/fa_eur_main/deposits";

    @RegisterExtension
    static WireMockExtension api = StubbedPayhawkApi.server();

    private final PayhawkClient client = clientFor(api);

    private static String page(int total, String... ids) {
        List<String> items = new ArrayList<>();
        for (String id : ids) {
            items.add(ModelFixture.text("deposit.json").replace("dep_77e0c3", id));
        }
        return "{\"items\":[" + String.join(",", items) + "],\"total\":" + total + "}";
    }

    @Test
    @DisplayName("list(fa, query) sends the date conditions as $filter and the window as $skip/$take, exactly encoded")
    void sendsTheQuery() {
        api.stubFor(get(urlEqualTo(DEPOSITS
                + "?%24filter=%7B%22date%22%3A%7B%22%24equal%22%3A%222026-06-26T00%3A00%3A00.000Z%22%2C"
                + "%22%24greaterThanEqual%22%3A%222026-06-01T00%3A00%3A00.000Z%22%7D%7D&%24skip=5&%24take=50"))
                .willReturn(okJson(page(1, "dep_77e0c3"))));

        Page<Deposit> page = client.deposits().list("fa_eur_main", DepositQuery.builder()
                .date(Instant.parse("2026-06-26T00:00:00Z")).dateFrom(Instant.parse("2026-06-01T00:00:00Z"))
                .skip(5).take(50).build());

        assertThat(page.items()).containsExactly(ExpectedModels.deposit());
        assertThat(page.total()).isEqualTo(1);
    }

    @Test
    @DisplayName("list(fa, all()) sends no query; async and raw send the same request")
    void listsWithoutQuery() {
        api.stubFor(get(urlEqualTo(DEPOSITS)).willReturn(okJson(page(1, "dep_77e0c3"))));

        Page<Deposit> page = client.deposits().list("fa_eur_main", DepositQuery.all());
        assertThat(client.async().deposits().list("fa_eur_main", DepositQuery.all()).join()).isEqualTo(page);
        assertThat(client.deposits().withRawResponse().list("fa_eur_main", DepositQuery.all()).value()).isEqualTo(page);
        assertThat(client.async().deposits().withRawResponse().list("fa_eur_main", DepositQuery.all()).join().value())
                .isEqualTo(page);

        api.verify(4, sdkGet(DEPOSITS));
        assertThat(page.items()).containsExactly(ExpectedModels.deposit());
    }

    @Test
    @DisplayName("listAll walks every page with the filter kept, blocking and async")
    void walksAllPages() {
        String filter = "%24filter=%7B%22date%22%3A%7B%22%24lessThanEqual%22%3A%222026-06-30T00%3A00%3A00.000Z%22%7D%7D";
        api.stubFor(get(urlEqualTo(DEPOSITS + "?" + filter + "&%24skip=0&%24take=2")).willReturn(okJson(page(3, "d1", "d2"))));
        api.stubFor(get(urlEqualTo(DEPOSITS + "?" + filter + "&%24skip=2&%24take=2")).willReturn(okJson(page(3, "d3"))));
        DepositQuery query = DepositQuery.builder().dateTo(Instant.parse("2026-06-30T00:00:00Z")).take(2).build();

        List<String> ids = client.deposits().listAll("fa_eur_main", query).stream().map(Deposit::id).toList();
        List<String> asyncIds = new ArrayList<>();
        client.async().deposits().listAll("fa_eur_main", query)
                .thenCompose(first -> first.forEach(deposit -> asyncIds.add(deposit.id()))).join();

        assertThat(ids).containsExactly("d1", "d2", "d3");
        assertThat(asyncIds).containsExactly("d1", "d2", "d3");
        api.verify(2, sdkGet(DEPOSITS + "?" + filter + "&%24skip=2&%24take=2"));
    }
}
