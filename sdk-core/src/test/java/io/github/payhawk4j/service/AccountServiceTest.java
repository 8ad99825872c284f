package io.github.payhawk4j.service;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.payhawk4j.client.PayhawkClient;
import io.github.payhawk4j.error.NotFoundException;
import io.github.payhawk4j.model.account.Account;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.github.payhawk4j.service.StubbedPayhawkApi.clientFor;
import static io.github.payhawk4j.service.StubbedPayhawkApi.sdkGet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** AccountService: the accounts the key reaches, outside any one account's scope. */
class AccountServiceTest {

    private static final String ACCOUNT_JSON = """
            {"id":"acme_logistics","name":"Acme Logistics Ltd","uic":"204512345","vat":"BG204512345",
             "baseCurrency":"EUR","legalForm":"EOOD"}""";

    @RegisterExtension
    static WireMockExtension api = StubbedPayhawkApi.server();

    private final PayhawkClient client = clientFor(api);

    static Account acmeLogistics() {
        return Account.builder().id("acme_logistics").name("Acme Logistics Ltd").uic("204512345").vat("BG204512345")
                .baseCurrency("EUR").putAdditionalProperty("legalForm", JsonNodeFactory.instance.textNode("EOOD")).build();
    }

    @Test
    @DisplayName("accounts().list() sends GET /accounts and maps every field, keeping unknown ones")
    void listsAccounts() {
        api.stubFor(get(urlEqualTo("/api/v3/accounts")).willReturn(okJson("""
                {"items":[%s,{"id":"acme_retail_bg","name":"Acme Retail","uic":"1","baseCurrency":"BGN"}],"total":2}"""
                .formatted(ACCOUNT_JSON))));

        List<Account> accounts = client.accounts().list();

        api.verify(1, sdkGet("/api/v3/accounts"));
        assertThat(accounts).containsExactly(acmeLogistics(),
                Account.builder().id("acme_retail_bg").name("Acme Retail").uic("1").baseCurrency("BGN").build());
        assertThat(accounts.get(1).vat()).isNull();
    }

    @Test
    @DisplayName("accounts().get(id) sends GET /accounts/{id}, async and raw alike")
    void getsAnAccount() {
        api.stubFor(get(urlEqualTo("/api/v3/accounts/acme_logistics"))
                .willReturn(okJson(ACCOUNT_JSON).withHeader("X-Request-Id", "req_acc_1")));

        assertThat(client.accounts().get("acme_logistics")).isEqualTo(acmeLogistics());
        assertThat(client.async().accounts().get("acme_logistics").join()).isEqualTo(acmeLogistics());
        RawResponse<Account> raw = client.accounts().withRawResponse().get("acme_logistics");
        assertThat(raw.statusCode()).isEqualTo(200);
        assertThat(raw.value()).isEqualTo(acmeLogistics());
        assertThat(client.async().accounts().withRawResponse().get("acme_logistics").join().value()).isEqualTo(acmeLogistics());

        api.verify(4, sdkGet("/api/v3/accounts/acme_logistics"));
    }

    @Test
    @DisplayName("async and raw list() send the same GET /accounts")
    void listsAccountsAsyncAndRaw() {
        api.stubFor(get(urlEqualTo("/api/v3/accounts")).willReturn(okJson("{\"items\":[" + ACCOUNT_JSON + "],\"total\":1}")));

        assertThat(client.async().accounts().list().join()).containsExactly(acmeLogistics());
        assertThat(client.accounts().withRawResponse().list().value()).containsExactly(acmeLogistics());
        assertThat(client.async().accounts().withRawResponse().list().join().value()).containsExactly(acmeLogistics());
        api.verify(3, sdkGet("/api/v3/accounts"));
    }

    @Test
    @DisplayName("an unknown account is a NotFoundException")
    void unknownAccountIsNotFound() {
        api.stubFor(get(urlEqualTo("/api/v3/accounts/nope")).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json").withBody("{\"code\":\"not_found\",\"message\":\"Account 'nope' not found\"}")));

        assertThatThrownBy(() -> client.accounts().get("nope")).isInstanceOf(NotFoundException.class)
                .hasMessageContaining("Account 'nope' not found");
    }
}
