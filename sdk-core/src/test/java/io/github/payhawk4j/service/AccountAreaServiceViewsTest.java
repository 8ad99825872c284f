package io.github.payhawk4j.service;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.payhawk4j.client.PayhawkClient;
import io.github.payhawk4j.error.ServerException;
import io.github.payhawk4j.query.CardQuery;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static io.github.payhawk4j.service.StubbedPayhawkApi.clientFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The account, user, card, fund account and expense category services: options layered per view, and their names. */
class AccountAreaServiceViewsTest {

    @RegisterExtension
    static WireMockExtension api = StubbedPayhawkApi.server();

    private final PayhawkClient client = clientFor(api);

    @Test
    @DisplayName("withOptions(maxRetries(0)) on each service, blocking and async, sends a failing call once instead of retrying")
    void optionsApplyToTheView() {
        api.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(503)));
        List<Consumer<PayhawkClient>> onceEach = List.of(
                c -> c.accounts().withOptions(o -> o.maxRetries(0)).list(),
                c -> c.users().withOptions(o -> o.maxRetries(0)).list(),
                c -> c.cards().withOptions(o -> o.maxRetries(0)).get("card_1"),
                c -> c.fundAccounts().withOptions(o -> o.maxRetries(0)).list(),
                c -> c.expenseCategories().withOptions(o -> o.maxRetries(0)).list(),
                c -> c.async().accounts().withOptions(o -> o.maxRetries(0)).get("acme").join(),
                c -> c.async().users().withOptions(o -> o.maxRetries(0)).list().join(),
                c -> c.async().cards().withOptions(o -> o.maxRetries(0)).list(CardQuery.all()).join(),
                c -> c.async().fundAccounts().withOptions(o -> o.maxRetries(0)).get("fa_1").join(),
                c -> c.async().expenseCategories().withOptions(o -> o.maxRetries(0)).list().join());

        for (Consumer<PayhawkClient> call : onceEach) {
            api.resetRequests();
            assertThatThrownBy(() -> call.accept(client)).satisfiesAnyOf(
                    e -> assertThat(e).isInstanceOf(ServerException.class),
                    e -> assertThat(e).isInstanceOf(CompletionException.class).hasCauseInstanceOf(ServerException.class));
            api.verify(1, anyRequestedFor(anyUrl()));
        }
        api.resetRequests();
        assertThatThrownBy(() -> client.users().list()).isInstanceOf(ServerException.class);
        assertThat(api.getAllServeEvents()).hasSizeGreaterThan(1);
    }

    @Test
    @DisplayName("views say what they are")
    void viewsDescribeThemselves() {
        assertThat(Stream.of(client.accounts(), client.users(), client.cards(), client.fundAccounts(), client.expenseCategories(),
                client.async().accounts(), client.async().users(), client.async().cards(), client.async().fundAccounts(),
                client.async().expenseCategories()).map(Objects::toString))
                .containsExactly("AccountService", "UserService", "CardService", "FundAccountService", "ExpenseCategoryService",
                        "AccountServiceAsync", "UserServiceAsync", "CardServiceAsync", "FundAccountServiceAsync",
                        "ExpenseCategoryServiceAsync");
        assertThat(client.account("acme_retail_bg").cards().toString()).isEqualTo("CardService");
    }
}
