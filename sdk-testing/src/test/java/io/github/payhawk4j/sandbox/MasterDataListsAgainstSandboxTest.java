package io.github.payhawk4j.sandbox;

import io.github.payhawk4j.client.PayhawkClient;
import io.github.payhawk4j.error.InvalidRequestException;
import io.github.payhawk4j.model.masterdata.AccountCode;
import io.github.payhawk4j.model.masterdata.AmortizationRecord;
import io.github.payhawk4j.model.masterdata.ExternalTeam;
import io.github.payhawk4j.model.masterdata.NewAccountCode;
import io.github.payhawk4j.model.masterdata.NewAmortizationRecord;
import io.github.payhawk4j.model.masterdata.NewExternalTeam;
import io.github.payhawk4j.model.masterdata.NewTaxRate;
import io.github.payhawk4j.model.masterdata.TaxRate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Account codes, tax rates, amortizations and external teams: list and replace against the sandbox. */
class MasterDataListsAgainstSandboxTest {

    private PayhawkSandbox sandbox;
    private PayhawkClient client;

    @BeforeEach
    void start() {
        sandbox = TestSigner.quickSandbox().additionalAccount("globex").start();
        client = PayhawkClient.builder().apiKey(sandbox.apiKey()).accountId(sandbox.accountId()).baseUrl(sandbox.baseUrl()).build();
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void accountCodesAreReplacedAsAWhole() {
        assertThat(client.accountCodes().list()).isEmpty();
        List<AccountCode> replaced = client.accountCodes().replace(List.of(
                NewAccountCode.builder().name("Travel").code("6100").defaultTaxCode("VAT20").build(),
                NewAccountCode.builder().name("Software").code("6200").build()));

        assertThat(replaced).containsExactly(
                AccountCode.builder().name("Travel").code("6100").defaultTaxCode("VAT20").build(),
                AccountCode.builder().name("Software").code("6200").build());
        assertThat(client.async().accountCodes().list().join()).isEqualTo(replaced);
        assertThat(client.account("globex").accountCodes().list()).as("another account's list").isEmpty();
        client.accountCodes().replace(List.of());
        assertThat(client.accountCodes().list()).isEmpty();
        assertThatThrownBy(() -> client.accountCodes().replace(List.of(
                NewAccountCode.builder().name("Travel").code("6100").build(),
                NewAccountCode.builder().name("Trips").code("6100").build())))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("6100");
    }

    @Test
    void taxRatesKeepTheirExactRateAndTheirIdAcrossReplacements() {
        List<TaxRate> first = client.taxRates().replace(List.of(
                NewTaxRate.builder().name("Standard").code("VAT20").rate(new BigDecimal("20.00")).build(),
                NewTaxRate.builder().name("Odd").code("ODD").rate(new BigDecimal("16.666666666666666667")).build()));
        assertThat(first).extracting(TaxRate::rate).containsExactly(new BigDecimal("20.00"), new BigDecimal("16.666666666666666667"));

        List<TaxRate> second = client.taxRates().replace(List.of(
                NewTaxRate.builder().name("Standard rate").code("VAT20").rate(new BigDecimal("20.00")).build()));
        assertThat(second).singleElement().satisfies(rate -> {
            assertThat(rate.id()).isEqualTo(first.get(0).id());
            assertThat(rate.name()).isEqualTo("Standard rate");
        });
        assertThat(client.taxRates().list()).isEqualTo(second);
    }

    @Test
    void amortizationsAndExternalTeamsAreReplacedAsAWhole() {
        List<AmortizationRecord> records = client.amortizations().replace(List.of(
                NewAmortizationRecord.builder().label("Insurance 2027").externalId("PREPAID-7").build(),
                NewAmortizationRecord.builder().label("Made by hand").build()));
        assertThat(records).extracting(AmortizationRecord::label).containsExactly("Insurance 2027", "Made by hand");
        assertThat(records).allSatisfy(record -> assertThat(record.id()).isNotEmpty());
        assertThat(client.amortizations().list()).isEqualTo(records);

        List<ExternalTeam> teams = client.externalTeams().replace(List.of(
                NewExternalTeam.builder().label("Logistics").externalId("DEPT-10").build()));
        assertThat(teams).singleElement().satisfies(team -> {
            assertThat(team.externalId()).isEqualTo("DEPT-10");
            assertThat(team.createdAt()).isNotNull();
        });
        assertThat(client.externalTeams().list()).isEqualTo(teams);
    }

    @Test
    void aSandboxItemMissingARequiredFieldIs400() {
        assertThatThrownBy(() -> client.externalTeams().replace(List.of(NewExternalTeam.builder().label("Logistics")
                .externalId("").build()))).isInstanceOf(InvalidRequestException.class).hasMessageContaining("externalId");
        assertThatThrownBy(() -> client.taxRates().replace(List.of(NewTaxRate.builder().name("x").code("")
                .rate(BigDecimal.ONE).build()))).isInstanceOf(InvalidRequestException.class).hasMessageContaining("code");
    }
}
