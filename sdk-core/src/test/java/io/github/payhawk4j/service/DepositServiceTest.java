package io.github.payhawk4j.service;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.payhawk4j.client.PayhawkClient;
import io.github.payhawk4j.model.ModelFixture;
import io.github.payhawk4j.model.deposit.Deposit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.github.payhawk4j.service.StubbedPayhawkApi.OTHER_ACCOUNT;
import static io.github.payhawk4j.service.StubbedPayhawkApi.clientFor;
import static io.github.payhawk4j.service.StubbedPayhawkApi.sdkGet;
import static org.assertj.core.api.Assertions.assertThat;

/** DepositService: one deposit into a fund account. */
class DepositServiceTest {

    private static final String DEPOSIT_URL = "/api/v3/accounts/acme_logistics/fund-accounts/fa_eur_main/deposits/dep_77e0c3";

    @RegisterExtension
    static WireMockExtension api = StubbedPayhawkApi.server();

    private final PayhawkClient client = clientFor(api);

    @Test
    @DisplayName("get(fundAccountId, depositId) sends GET .../fund-accounts/{fa}/deposits/{id} and maps every field")
    void getsADeposit() {
        api.stubFor(get(urlEqualTo(DEPOSIT_URL)).willReturn(okJson(ModelFixture.text("deposit.json"))));

        Deposit deposit = client.deposits().get("fa_eur_main", "dep_77e0c3");

        api.verify(1, sdkGet(DEPOSIT_URL));
        assertThat(deposit).isEqualTo(ExpectedModels.deposit());
        assertThat(deposit.amount().toPlainString()).isEqualTo("25000.00");
    }

    @Test
    @DisplayName("async get on another account sends the request there and completes with the same deposit")
    void getsADepositAsynchronouslyOnAnotherAccount() {
        String url = "/api/v3/accounts/" + OTHER_ACCOUNT + "/fund-accounts/fa_eur_main/deposits/dep_77e0c3";
        api.stubFor(get(urlEqualTo(url)).willReturn(okJson(ModelFixture.text("deposit.json"))));

        Deposit deposit = client.async().account(OTHER_ACCOUNT).deposits().get("fa_eur_main", "dep_77e0c3").join();

        api.verify(1, sdkGet(url));
        assertThat(deposit).isEqualTo(ExpectedModels.deposit());
    }
}
