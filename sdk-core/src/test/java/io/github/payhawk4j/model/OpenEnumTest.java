package io.github.payhawk4j.model;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.payhawk4j.json.PayhawkJson;
import io.github.payhawk4j.model.expense.ApprovalStatus;
import io.github.payhawk4j.model.expense.DistanceUnit;
import io.github.payhawk4j.model.expense.DocumentType;
import io.github.payhawk4j.model.expense.ExpenseStatus;
import io.github.payhawk4j.model.expense.ExpenseType;
import io.github.payhawk4j.model.expense.ExpenseWorkflowStatus;
import io.github.payhawk4j.model.expense.MileageRateType;
import io.github.payhawk4j.model.expense.MileageThresholdType;
import io.github.payhawk4j.model.expense.PaymentStatus;
import io.github.payhawk4j.model.expense.PaymentType;
import io.github.payhawk4j.model.expense.PerDiemRuleType;
import io.github.payhawk4j.model.purchaseorder.InvoicedAmountStatus;
import io.github.payhawk4j.model.purchaseorder.PurchaseOrderStatus;
import io.github.payhawk4j.model.purchaseorder.PurchaseOrderType;
import io.github.payhawk4j.model.purchaseorder.PurchaseOrderUnit;
import io.github.payhawk4j.model.purchaseorder.QuantityStatus;
import io.github.payhawk4j.model.supplier.PaymentScheme;
import io.github.payhawk4j.model.supplier.SupplierStatus;
import io.github.payhawk4j.model.webhook.EventType;
import io.github.payhawk4j.model.webhook.WebhookSubscriptionStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class OpenEnumTest {

    private final ObjectMapper json = PayhawkJson.newObjectMapper();

    @ParameterizedTest
    @ValueSource(classes = {
            ExpenseType.class, ExpenseStatus.class, DocumentType.class, ApprovalStatus.class, PaymentType.class,
            PaymentStatus.class, FundAccountType.class, DistanceUnit.class, MileageRateType.class,
            MileageThresholdType.class, PerDiemRuleType.class, SupplierStatus.class, PaymentScheme.class,
            PurchaseOrderStatus.class, PurchaseOrderType.class, InvoicedAmountStatus.class, QuantityStatus.class,
            PurchaseOrderUnit.class, WebhookSubscriptionStatus.class, EventType.class})
    void everyDeclaredConstantIsKnownAndIsWhatOfReturnsForItsValue(Class<? extends OpenEnum> type) throws Exception {
        Method of = type.getMethod("of", String.class);
        List<OpenEnum> constants = new ArrayList<>();
        for (Field field : type.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == type) {
                constants.add((OpenEnum) field.get(null));
            }
        }

        assertThat(constants).isNotEmpty();
        for (OpenEnum constant : constants) {
            assertThat(constant.isKnown()).as(constant.value()).isTrue();
            assertThat(of.invoke(null, constant.value())).as(constant.value()).isSameAs(constant);
            assertThat(json.readValue("\"" + constant.value() + "\"", type)).isSameAs(constant);
            assertThat(json.writeValueAsString(constant)).isEqualTo("\"" + constant.value() + "\"");
        }
    }

    @ParameterizedTest
    @ValueSource(classes = {
            ExpenseType.class, ExpenseStatus.class, DocumentType.class, ApprovalStatus.class, PaymentType.class,
            PaymentStatus.class, FundAccountType.class, DistanceUnit.class, MileageRateType.class,
            MileageThresholdType.class, PerDiemRuleType.class, SupplierStatus.class, PaymentScheme.class,
            PurchaseOrderStatus.class, PurchaseOrderType.class, InvoicedAmountStatus.class, QuantityStatus.class,
            PurchaseOrderUnit.class, WebhookSubscriptionStatus.class, EventType.class})
    void knownNamesEveryConstantByItsJavaNameAndEverythingElseUnknown(Class<? extends OpenEnum<?>> type) throws Exception {
        Class<?> knownEnum = Class.forName(type.getName() + "$Known");
        List<String> constantNames = new ArrayList<>();
        for (Field field : type.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == type) {
                constantNames.add(field.getName());
                assertThat(((OpenEnum<?>) field.get(null)).known().name()).isEqualTo(field.getName());
            }
        }
        OpenEnum<?> later = (OpenEnum<?>) type.getMethod("of", String.class).invoke(null, "addedByPayhawkLater");

        assertThat(knownEnum.isEnum()).isTrue();
        assertThat(Stream.of(knownEnum.getEnumConstants()).map(Object::toString))
                .containsExactlyElementsOf(Stream.concat(constantNames.stream(), Stream.of("UNKNOWN")).toList());
        assertThat(later.known().name()).isEqualTo("UNKNOWN");
        assertThat(later.known().getDeclaringClass()).isEqualTo(knownEnum);
    }

    @Test
    void theKnownValueOfAnUnknownValueIsUnknownAndItsWireValueIsKept() {
        ExpenseStatus inReview = ExpenseStatus.of("inReview");

        assertThat(inReview.known()).isEqualTo(ExpenseStatus.Known.UNKNOWN);
        assertThat(inReview.isKnown()).isFalse();
        assertThat(ExpenseStatus.READY.known()).isEqualTo(ExpenseStatus.Known.READY);
        assertThat(EventType.knownValues()).hasSize(13).allSatisfy(type -> assertThat(type.isKnown()).isTrue());
    }

    @Test
    void anUnknownValueIsKeptAndComparesByValue() {
        ExpenseType first = ExpenseType.of("virtualCard");
        ExpenseType second = ExpenseType.of("virtualCard");

        assertThat(first.isKnown()).isFalse();
        assertThat(first.value()).isEqualTo("virtualCard");
        assertThat(first.toString()).isEqualTo("virtualCard");
        assertThat(first).isEqualTo(second).hasSameHashCodeAs(second);
        assertThat(first).isNotEqualTo(ExpenseType.of("virtualcard")).isNotEqualTo(ExpenseType.CARD);
    }

    @Test
    void valuesAreComparedWithinOneEnumTypeOnly() {
        assertThat(ExpenseStatus.DRAFT.value()).isEqualTo(ApprovalStatus.DRAFT.value());

        assertThat((OpenEnum) ExpenseStatus.DRAFT).isNotEqualTo(ApprovalStatus.DRAFT);
        assertThat((OpenEnum) QuantityStatus.PARTIAL).isNotEqualTo(InvoicedAmountStatus.PARTIAL);
    }

    @Test
    void anUnknownValueRoundTripsThroughJson() throws Exception {
        PaymentScheme scheme = json.readValue("\"pix\"", PaymentScheme.class);

        assertThat(scheme).isEqualTo(PaymentScheme.of("pix"));
        assertThat(json.writeValueAsString(scheme)).isEqualTo("\"pix\"");
    }

    @Test
    void aJsonNullStaysNull() throws Exception {
        ExpenseWorkflowStatus workflow = json.readValue("{\"approvalStatus\": null}", ExpenseWorkflowStatus.class);

        assertThat(workflow.approvalStatus()).isNull();
    }
}
