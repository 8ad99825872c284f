package io.github.payhawk4j.model.expense;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.payhawk4j.json.PayhawkJson;
import io.github.payhawk4j.model.FundAccountType;
import io.github.payhawk4j.model.ModelFixture;
import io.github.payhawk4j.model.Page;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class ExpensePaymentJsonTest {

    private final ObjectMapper json = PayhawkJson.newObjectMapper();

    private Page<ExpensePayment> payments() throws Exception {
        return json.readValue(ModelFixture.text("expense-payments.json"), new TypeReference<>() { });
    }

    @Test
    void readsACardPaymentWithFeesAndCard() throws Exception {
        Page<ExpensePayment> page = payments();

        assertThat(page.total()).isEqualTo(2);
        ExpensePayment card = page.items().get(0);
        assertThat(card.id()).isEqualTo("pay_3c1f9a");
        assertThat(card.type()).isSameAs(PaymentType.CARD);
        assertThat(card.status()).isSameAs(PaymentStatus.SETTLED);
        assertThat(card.amount().toPlainString()).isEqualTo("312.47");
        assertThat(card.currency()).isEqualTo("EUR");
        assertThat(card.fees().fx().toPlainString()).isEqualTo("2.89");
        assertThat(card.fees().pos().toPlainString()).isEqualTo("0.00");
        assertThat(card.fees().bank().toPlainString()).isEqualTo("0");
        assertThat(card.originalAmount().toPlainString()).isEqualTo("334.10");
        assertThat(card.originalCurrency()).isEqualTo("USD");
        assertThat(card.fundAccountId()).isEqualTo("fa_eur_main");
        assertThat(card.fundAccountType()).isSameAs(FundAccountType.DEBIT);
        assertThat(card.description()).isEqualTo("AWS EMEA aws.amazon.co LU");
        assertThat(card.date()).isEqualTo(Instant.parse("2024-06-15T10:01:58.320Z"));
        assertThat(card.fxRate().toPlainString()).isEqualTo("0.935259");
        assertThat(card.cardId()).isEqualTo("card_81d2");
        assertThat(card.cardLastDigits()).isEqualTo("4417");
        assertThat(card.expenseIds()).containsExactly("4823");
    }

    @Test
    void readsABankPaymentWithoutCardCoveringSeveralExpenses() throws Exception {
        ExpensePayment bank = payments().items().get(1);

        assertThat(bank.type()).isSameAs(PaymentType.BANK);
        assertThat(bank.status()).isSameAs(PaymentStatus.PENDING);
        assertThat(bank.amount().toPlainString()).isEqualTo("1249.10");
        assertThat(bank.fees().bank().toPlainString()).isEqualTo("1.50");
        assertThat(bank.fundAccountType()).isSameAs(FundAccountType.LINKED_CARD);
        assertThat(bank.cardId()).isNull();
        assertThat(bank.cardLastDigits()).isNull();
        assertThat(bank.expenseIds()).containsExactly("4821", "4824");
    }

    @Test
    void writesPaymentsBackToTheSameJson() throws Exception {
        String original = ModelFixture.text("expense-payments.json");

        String written = json.writeValueAsString(payments());

        assertThat(ModelFixture.exactTree(json, written)).isEqualTo(ModelFixture.exactTree(json, original));
    }

    @Test
    void readsPaymentDetails() throws Exception {
        ExpensePaymentDetails details =
                json.readValue(ModelFixture.text("expense-payment-details.json"), ExpensePaymentDetails.class);

        assertThat(details).isEqualTo(ExpensePaymentDetails.builder().currency("BGN").build());
    }

    @Test
    void keepsPaymentStatusesAndFundAccountTypesThisVersionDoesNotKnow() throws Exception {
        String body = ModelFixture.text("expense-payments.json")
                .replace("\"settled\"", "\"chargedBack\"")
                .replace("\"debit\"", "\"prepaid\"");

        ExpensePayment payment = json.<Page<ExpensePayment>>readValue(body, new TypeReference<>() { })
                .items().get(0);

        assertThat(payment.status().isKnown()).isFalse();
        assertThat(payment.status().value()).isEqualTo("chargedBack");
        assertThat(payment.fundAccountType().isKnown()).isFalse();
        assertThat(payment.fundAccountType().value()).isEqualTo("prepaid");
    }
}
