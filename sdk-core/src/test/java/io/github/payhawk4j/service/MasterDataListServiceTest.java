package io.github.payhawk4j.service;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.payhawk4j.client.PayhawkClient;
import io.github.payhawk4j.error.IncompleteListException;
import io.github.payhawk4j.model.ModelFixture;
import io.github.payhawk4j.model.masterdata.AccountCode;
import io.github.payhawk4j.model.masterdata.AmortizationRecord;
import io.github.payhawk4j.model.masterdata.ExternalTeam;
import io.github.payhawk4j.model.masterdata.NewAccountCode;
import io.github.payhawk4j.model.masterdata.NewAmortizationRecord;
import io.github.payhawk4j.model.masterdata.NewExternalTeam;
import io.github.payhawk4j.model.masterdata.NewTaxRate;
import io.github.payhawk4j.model.masterdata.TaxRate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.github.payhawk4j.service.StubbedPayhawkApi.OTHER_ACCOUNT;
import static io.github.payhawk4j.service.StubbedPayhawkApi.clientFor;
import static io.github.payhawk4j.service.StubbedPayhawkApi.sdkGet;
import static io.github.payhawk4j.service.StubbedPayhawkApi.withSdkHeaders;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The lists Payhawk replaces as a whole: AccountCodeService, TaxRateService, AmortizationService and
 * ExternalTeamService. list() is a GET of the whole list, replace(items) a PUT of a JSON array.
 */
class MasterDataListServiceTest {

    private static final String ACCOUNT = "/api/v3/accounts/acme_logistics";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @RegisterExtension
    static WireMockExtension api = StubbedPayhawkApi.server();

    private final PayhawkClient client = clientFor(api);

    private static com.github.tomakehurst.wiremock.matching.RequestPatternBuilder sdkJsonPut(String url, String body) {
        return withSdkHeaders(putRequestedFor(urlEqualTo(url))).withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson(body, false, false));
    }

    @Test
    @DisplayName("account codes: GET and PUT .../account-codes, unset default tax code not sent, unknown fields kept")
    void accountCodes() {
        String url = ACCOUNT + "/account-codes";
        api.stubFor(get(urlEqualTo(url)).willReturn(okJson(ModelFixture.text("account-codes-page.json"))));
        api.stubFor(put(urlEqualTo(url)).willReturn(okJson(ModelFixture.text("account-codes-page.json"))));
        List<AccountCode> expected = List.of(
                AccountCode.builder().name("Travel").code("6100").defaultTaxCode("VAT20")
                        .putAdditionalProperty("currencyLater", NODES.textNode("EUR")).build(),
                AccountCode.builder().name("Software").code("6200").build());

        assertThat(client.accountCodes().list()).isEqualTo(expected);
        assertThat(client.accountCodes().replace(List.of(
                NewAccountCode.builder().name("Travel").code("6100").defaultTaxCode("VAT20").build(),
                NewAccountCode.builder().name("Software").code("6200").build()))).isEqualTo(expected);

        api.verify(1, sdkGet(url));
        api.verify(1, sdkJsonPut(url, "[{\"name\":\"Travel\",\"code\":\"6100\",\"defaultTaxCode\":\"VAT20\"},"
                + "{\"name\":\"Software\",\"code\":\"6200\"}]"));
    }

    @Test
    @DisplayName("tax rates: rates arrive and leave as exact decimals (20.00 stays 20.00, 16.666666666666666667 is not rounded)")
    void taxRates() {
        String url = ACCOUNT + "/tax-rates";
        api.stubFor(get(urlEqualTo(url)).willReturn(okJson(ModelFixture.text("tax-rates-page.json"))));
        api.stubFor(put(urlEqualTo(url)).willReturn(okJson(ModelFixture.text("tax-rates-page.json"))));
        List<TaxRate> expected = List.of(
                TaxRate.builder().id("tax_1").name("Standard").code("VAT20").rate(new BigDecimal("20.00"))
                        .putAdditionalProperty("countryLater", NODES.textNode("BG")).build(),
                TaxRate.builder().id("tax_2").name("Reduced").code("VAT9").rate(new BigDecimal("9.5")).build(),
                TaxRate.builder().id("tax_3").name("Odd").code("ODD").rate(new BigDecimal("16.666666666666666667")).build(),
                TaxRate.builder().id("tax_4").name("Reverse").code("RC").rate(new BigDecimal("-0.10")).build());

        List<TaxRate> listed = client.taxRates().list();
        client.taxRates().replace(List.of(NewTaxRate.builder().name("Standard").code("VAT20").rate(new BigDecimal("20.00")).build(),
                NewTaxRate.builder().name("Odd").code("ODD").rate(new BigDecimal("16.666666666666666667")).build()));

        assertThat(listed).isEqualTo(expected);
        assertThat(listed.get(0).rate().scale()).isEqualTo(2);
        api.verify(1, sdkGet(url));
        api.verify(1, sdkJsonPut(url, "[{\"name\":\"Standard\",\"code\":\"VAT20\",\"rate\":20.00},"
                + "{\"name\":\"Odd\",\"code\":\"ODD\",\"rate\":16.666666666666666667}]"));
        String sent = api.getAllServeEvents().stream().filter(event -> event.getRequest().getMethod().getName().equals("PUT"))
                .findFirst().orElseThrow().getRequest().getBodyAsString();
        assertThat(sent).contains("\"rate\":20.00").contains("16.666666666666666667");
    }

    @Test
    @DisplayName("a tax rate missing name, code or rate, or outside -100..100, is refused before anything is sent")
    void refusesIncompleteTaxRates() {
        assertThatNullPointerException().isThrownBy(() -> NewTaxRate.builder().name("Standard").code("VAT20").build())
                .withMessageContaining("rate");
        assertThatNullPointerException().isThrownBy(() -> NewTaxRate.builder().rate(BigDecimal.TEN).code("X").build())
                .withMessageContaining("name");
        assertThatIllegalArgumentException().isThrownBy(() -> NewTaxRate.builder().name("n").code("c")
                .rate(new BigDecimal("100.01")).build()).withMessageContaining("-100 and 100");
        assertThatNullPointerException().isThrownBy(() -> client.taxRates().replace(java.util.Arrays.asList(
                NewTaxRate.builder().name("n").code("c").rate(BigDecimal.ONE).build(), null))).withMessageContaining("items[1]");
        assertThat(api.getAllServeEvents()).isEmpty();
    }

    @Test
    @DisplayName("amortizations: GET and PUT .../amortizations; an empty external id is refused before sending")
    void amortizations() {
        String url = ACCOUNT + "/amortizations";
        api.stubFor(get(urlEqualTo(url)).willReturn(okJson(ModelFixture.text("amortizations-page.json"))));
        api.stubFor(put(urlEqualTo(url)).willReturn(okJson(ModelFixture.text("amortizations-page.json")).withStatus(201)));
        List<AmortizationRecord> expected = List.of(
                AmortizationRecord.builder().id("amr_1").label("Insurance 2027").externalId("PREPAID-7")
                        .putAdditionalProperty("scheduleLater", NODES.textNode("monthly")).build(),
                AmortizationRecord.builder().id("amr_2").label("Made in Payhawk").build());

        assertThat(client.amortizations().list()).isEqualTo(expected);
        assertThat(client.amortizations().withRawResponse().replace(List.of(
                NewAmortizationRecord.builder().label("Insurance 2027").externalId("PREPAID-7").build())).value()).isEqualTo(expected);
        assertThatIllegalArgumentException().isThrownBy(() -> NewAmortizationRecord.builder().label("x").externalId("").build());
        assertThatNullPointerException().isThrownBy(() -> NewAmortizationRecord.builder().externalId("x").build());

        api.verify(1, sdkGet(url));
        api.verify(1, sdkJsonPut(url, "[{\"label\":\"Insurance 2027\",\"externalId\":\"PREPAID-7\"}]"));
    }

    @Test
    @DisplayName("external teams: GET and PUT .../external-teams on any account, createdAt as Instant; replace([]) sends []")
    void externalTeams() {
        String url = "/api/v3/accounts/" + OTHER_ACCOUNT + "/external-teams";
        api.stubFor(get(urlEqualTo(url)).willReturn(okJson(ModelFixture.text("external-teams-page.json"))));
        api.stubFor(put(urlEqualTo(url)).willReturn(okJson("{\"items\":[],\"total\":0}")));
        List<ExternalTeam> expected = List.of(
                ExternalTeam.builder().id("ext_team_1").label("Logistics").externalId("DEPT-10")
                        .createdAt(Instant.parse("2026-11-30T08:15:00.123Z"))
                        .putAdditionalProperty("managerLater", NODES.textNode("usr_1")).build(),
                ExternalTeam.builder().id("ext_team_2").label("Finance").externalId("DEPT-20")
                        .createdAt(Instant.parse("2026-12-01T00:00:00Z")).build());

        assertThat(client.async().account(OTHER_ACCOUNT).externalTeams().list().join()).isEqualTo(expected);
        assertThat(client.account(OTHER_ACCOUNT).externalTeams().replace(List.of())).isEmpty();
        assertThatNullPointerException().isThrownBy(() -> NewExternalTeam.builder().label("Logistics").build())
                .withMessageContaining("externalId");

        api.verify(1, sdkGet(url));
        api.verify(1, sdkJsonPut(url, "[]"));
    }

    @Test
    @DisplayName("a list whose total says it holds more than it sent is an IncompleteListException, never a short list")
    void refusesATruncatedList() {
        api.stubFor(get(urlEqualTo(ACCOUNT + "/account-codes"))
                .willReturn(okJson("{\"items\":[{\"name\":\"Travel\",\"code\":\"6100\"}],\"total\":2}")));

        assertThatThrownBy(() -> client.accountCodes().list()).isInstanceOf(IncompleteListException.class);
    }
}
