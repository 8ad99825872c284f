package io.github.payhawk4j.webhooks.event;

import io.github.payhawk4j.model.webhook.EventType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WebhookEventParserTest {

    private static final Instant SIGNED_AT = Instant.parse("2026-11-02T10:15:30.123Z");
    private final WebhookEventParser parser = new WebhookEventParser();

    private WebhookEvent parse(String eventType, String payload) {
        return parser.parse(envelope(eventType, payload), SIGNED_AT);
    }

    private static byte[] envelope(String eventType, String payload) {
        return ("{\"id\":\"d-1\",\"accountId\":\"acme\",\"eventType\":\"" + eventType + "\",\"payload\":" + payload + "}")
                .getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void expenseEventsCarryTheExpenseId() {
        assertThat(parse("expense.created", "{\"expenseId\":\"43\"}"))
                .isEqualTo(new ExpenseCreated("d-1", "acme", SIGNED_AT, "43", parse("expense.created", "{\"expenseId\":\"43\"}").payload()));
        assertThat(parse("expense.reviewed", "{\"expenseId\":\"44\"}")).isInstanceOfSatisfying(ExpenseReviewed.class,
                e -> assertThat(e.expenseId()).isEqualTo("44"));
        assertThat(parse("expense.approved", "{\"expenseId\":\"45\"}")).isInstanceOfSatisfying(ExpenseApproved.class,
                e -> assertThat(e.expenseId()).isEqualTo("45"));
        assertThat(parse("expense.deleted", "{\"expenseId\":\"46\"}")).isInstanceOfSatisfying(ExpenseDeleted.class,
                e -> assertThat(e.expenseId()).isEqualTo("46"));
        assertThat(parse("expense.payment-details.updated", "{\"expenseId\":\"47\"}"))
                .isInstanceOfSatisfying(ExpensePaymentDetailsUpdated.class, e -> assertThat(e.expenseId()).isEqualTo("47"));
    }

    @Test
    void paymentEventsCarryTheExpenseAndPaymentIds() {
        String payload = "{\"expenseId\":\"43\",\"paymentId\":\"p-9\"}";
        assertThat(parse("payment.authorized", payload)).isInstanceOf(PaymentAuthorized.class);
        assertThat(parse("payment.reverted", payload)).isInstanceOf(PaymentReverted.class);
        assertThat(parse("payment.settled", payload)).isInstanceOf(PaymentSettled.class);
        assertThat(parse("payment.failed", payload)).isInstanceOfSatisfying(PaymentFailed.class, e -> {
            assertThat(e.expenseId()).isEqualTo("43");
            assertThat(e.paymentId()).contains("p-9");
        });
        for (String type : new String[] {"payment.authorized", "payment.reverted", "payment.settled", "payment.failed"}) {
            assertThat(parse(type, payload)).isInstanceOfSatisfying(PaymentEvent.class, e -> {
                assertThat(e.expenseId()).isEqualTo("43");
                assertThat(e.paymentId()).contains("p-9");
            });
        }
    }

    @Test
    void depositSupplierAndPurchaseOrderEventsCarryTheirIds() {
        assertThat(parse("deposit.received", "{\"fundAccountId\":\"fa-1\",\"depositId\":\"dep-2\"}"))
                .isInstanceOfSatisfying(DepositReceived.class, e -> {
                    assertThat(e.fundAccountId()).isEqualTo("fa-1");
                    assertThat(e.depositId()).isEqualTo("dep-2");
                });
        assertThat(parse("supplier.created", "{\"supplierId\":\"s-1\"}"))
                .isInstanceOfSatisfying(SupplierCreated.class, e -> assertThat(e.supplierId()).isEqualTo("s-1"));
        assertThat(parse("supplier.updated", "{\"supplierId\":\"s-2\"}"))
                .isInstanceOfSatisfying(SupplierUpdated.class, e -> assertThat(e.supplierId()).isEqualTo("s-2"));
        assertThat(parse("purchase-order.status.changed", "{\"purchaseOrderId\":\"po-7\",\"status\":\"approved\"}"))
                .isInstanceOfSatisfying(PurchaseOrderStatusChanged.class, e -> {
                    assertThat(e.purchaseOrderId()).isEqualTo("po-7");
                    assertThat(e.status()).contains("approved");
                });
    }

    @Test
    void everyKnownEventTypeBecomesARecordReportingThatType() {
        for (EventType type : EventType.knownValues()) {
            WebhookEvent event = parse(type.value(), "{}");
            assertThat(event).isNotInstanceOf(UnknownEvent.class);
            assertThat(event.eventType()).isEqualTo(type);
            assertThat(event.deliveryId()).isEqualTo("d-1");
            assertThat(event.accountId()).isEqualTo("acme");
            assertThat(event.timestamp()).isEqualTo(SIGNED_AT);
        }
    }

    @Test
    void absentIdsAreNullOrEmptyNeverAnError() {
        assertThat(parse("payment.settled", "{}")).isInstanceOfSatisfying(PaymentSettled.class, e -> {
            assertThat(e.expenseId()).isNull();
            assertThat(e.paymentId()).isEqualTo(Optional.empty());
        });
        assertThat(parse("purchase-order.status.changed", "{\"purchaseOrderId\":\"\"}"))
                .isInstanceOfSatisfying(PurchaseOrderStatusChanged.class, e -> {
                    assertThat(e.purchaseOrderId()).isNull();
                    assertThat(e.status()).isEmpty();
                });
        assertThat(parse("expense.created", "[1,2]")).isInstanceOfSatisfying(ExpenseCreated.class,
                e -> assertThat(e.expenseId()).isNull());
        assertThat(parse("expense.created", "{\"expenseId\":{\"nested\":true}}")).isInstanceOfSatisfying(ExpenseCreated.class,
                e -> assertThat(e.expenseId()).isNull());
    }

    @Test
    void numericIdsAreReadAsText() {
        assertThat(parse("expense.created", "{\"expenseId\":43}")).isInstanceOfSatisfying(ExpenseCreated.class,
                e -> assertThat(e.expenseId()).isEqualTo("43"));
        assertThat(parse("deposit.received", "{\"fundAccountId\":12345678901234567890,\"depositId\":7}"))
                .isInstanceOfSatisfying(DepositReceived.class, e -> {
                    assertThat(e.fundAccountId()).isEqualTo("12345678901234567890");
                    assertThat(e.depositId()).isEqualTo("7");
                });
    }

    @Test
    void extraFieldsAreIgnoredButStayInTheRawPayload() {
        WebhookEvent event = parser.parse(("{\"id\":\"d-1\",\"accountId\":\"acme\",\"eventType\":\"expense.created\","
                + "\"newTopLevel\":1,\"payload\":{\"expenseId\":\"43\",\"amount\":1234.10}}").getBytes(StandardCharsets.UTF_8), SIGNED_AT);

        assertThat(event).isInstanceOf(ExpenseCreated.class);
        assertThat(event.payload().get("amount").decimalValue()).isEqualByComparingTo("1234.10");
        assertThat(event.payload().get("amount").decimalValue().toPlainString()).isEqualTo("1234.10");
    }

    @Test
    void missingOrNullPayloadIsAnEmptyObject() {
        WebhookEvent missing = parser.parse("{\"id\":\"d\",\"accountId\":\"a\",\"eventType\":\"supplier.created\"}"
                .getBytes(StandardCharsets.UTF_8), SIGNED_AT);
        assertThat(missing.payload().isObject()).isTrue();
        assertThat(missing.payload().size()).isZero();
        assertThat(parse("supplier.created", "null").payload().isObject()).isTrue();
    }

    @Test
    void anUnknownEventTypeIsKeptAsAnUnknownEvent() {
        WebhookEvent event = parse("card.frozen", "{\"cardId\":\"c-1\"}");

        assertThat(event).isInstanceOfSatisfying(UnknownEvent.class, e -> {
            assertThat(e.eventType().value()).isEqualTo("card.frozen");
            assertThat(e.eventType().isKnown()).isFalse();
            assertThat(e.payload().get("cardId").asText()).isEqualTo("c-1");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "",
            "   ",
            "not json",
            "{\"id\":\"d\",",
            "[]",
            "\"a string\"",
            "42",
            "null",
            "{}",
            "{\"accountId\":\"a\",\"eventType\":\"expense.created\"}",
            "{\"id\":\"d\",\"eventType\":\"expense.created\"}",
            "{\"id\":\"d\",\"accountId\":\"a\"}",
            "{\"id\":7,\"accountId\":\"a\",\"eventType\":\"expense.created\"}",
            "{\"id\":\"d\",\"accountId\":\"\",\"eventType\":\"expense.created\"}",
            "{\"id\":\"d\",\"accountId\":\"a\",\"eventType\":null}",
            "{\"id\":\"d\",\"accountId\":\"a\",\"eventType\":\"expense.created\"} trailing",
            "{\"id\":\"d\",\"accountId\":\"a\",\"eventType\":\"expense.created\"}{}"
    })
    void aBodyThatIsNotAnEnvelopeIsAPayloadError(String body) {
        assertThatThrownBy(() -> parser.parse(body.getBytes(StandardCharsets.UTF_8), SIGNED_AT))
                .isInstanceOf(WebhookPayloadException.class)
                .hasMessageContaining("delivery");
    }

    @Test
    void payloadErrorsNameTheProblemWithoutEchoingTheBody() {
        assertThatThrownBy(() -> parser.parse("{\"id\":\"secret-ish-value\",\"accountId\":\"a\"}".getBytes(StandardCharsets.UTF_8), SIGNED_AT))
                .hasMessage("delivery envelope field \"eventType\" is missing, expected a non-empty string");
        assertThatThrownBy(() -> parser.parse("{\"id\":\"secret-ish-value\" oops".getBytes(StandardCharsets.UTF_8), SIGNED_AT))
                .hasMessage("delivery body is not valid JSON (error at line 1, column 26)")
                .hasMessageNotContaining("secret-ish-value");
    }

    @Test
    void deeplyNestedBodiesAreRefusedNotOverflowed() {
        String deep = "{\"id\":\"d\",\"accountId\":\"a\",\"eventType\":\"x\",\"payload\":" + "[".repeat(5000) + "]".repeat(5000) + "}";
        assertThatThrownBy(() -> parser.parse(deep.getBytes(StandardCharsets.UTF_8), SIGNED_AT))
                .isInstanceOf(WebhookPayloadException.class);
    }
}
