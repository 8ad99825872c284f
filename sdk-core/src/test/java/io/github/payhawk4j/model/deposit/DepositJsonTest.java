package io.github.payhawk4j.model.deposit;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.payhawk4j.json.PayhawkJson;
import io.github.payhawk4j.model.FundAccountType;
import io.github.payhawk4j.model.ModelFixture;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class DepositJsonTest {

    private final ObjectMapper json = PayhawkJson.newObjectMapper();

    @Test
    void readsADepositWithItsSender() throws Exception {
        Deposit deposit = json.readValue(ModelFixture.text("deposit.json"), Deposit.class);

        assertThat(deposit.id()).isEqualTo("dep_77e0c3");
        assertThat(deposit.amount().toPlainString()).isEqualTo("25000.00");
        assertThat(deposit.currency()).isEqualTo("EUR");
        assertThat(deposit.fundAccountId()).isEqualTo("fa_eur_main");
        assertThat(deposit.fundAccountType()).isSameAs(FundAccountType.DEBIT);
        assertThat(deposit.date()).isEqualTo(Instant.parse("2024-06-03T07:12:45.900Z"));
        assertThat(deposit.description()).isEqualTo("Top-up June 2024");
        assertThat(deposit.sender()).isEqualTo(DepositSender.builder()
                .name("Acme Logistics EOOD").iban("BG18RZBB91550123456789").accountNumber("BG18RZBB91550123456789")
                .swiftCode("RZBBBGSF").sortCode("200000")
                .build());
    }

    @Test
    void writesADepositBackToTheSameJson() throws Exception {
        String original = ModelFixture.text("deposit.json");

        String written = json.writeValueAsString(json.readValue(original, Deposit.class));

        assertThat(ModelFixture.exactTree(json, written)).isEqualTo(ModelFixture.exactTree(json, original));
    }

    @Test
    void readsADepositWithoutSenderOrDescription() throws Exception {
        Deposit deposit = json.readValue("""
                {"id": "dep_1", "amount": 0.10, "currency": "GBP", "fundAccountId": "fa_gbp",
                 "fundAccountType": "credit", "date": "2024-06-03T07:12:45Z"}
                """, Deposit.class);

        assertThat(deposit.amount().toPlainString()).isEqualTo("0.10");
        assertThat(deposit.fundAccountType()).isSameAs(FundAccountType.CREDIT);
        assertThat(deposit.description()).isNull();
        assertThat(deposit.sender()).isNull();
    }
}
