package io.github.payhawk4j.model.purchaseorder;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.payhawk4j.json.PayhawkJson;
import io.github.payhawk4j.model.BasicActor;
import io.github.payhawk4j.model.CustomFieldData;
import io.github.payhawk4j.model.CustomFieldDataValue;
import io.github.payhawk4j.model.ModelFixture;
import io.github.payhawk4j.model.ObjectReference;
import io.github.payhawk4j.model.expense.Amortization;
import io.github.payhawk4j.model.supplier.PaymentScheme;
import io.github.payhawk4j.model.supplier.SupplierBankAccount;
import io.github.payhawk4j.model.supplier.SupplierStatus;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PurchaseOrderJsonTest {

    private final ObjectMapper json = PayhawkJson.newObjectMapper();

    private PurchaseOrder purchaseOrder() throws Exception {
        return json.readValue(ModelFixture.text("purchase-order.json"), PurchaseOrder.class);
    }

    @Test
    void readsTheOrderWithApprovalAndSupplier() throws Exception {
        PurchaseOrder order = purchaseOrder();

        assertThat(order.id()).isEqualTo("po_5e2d90");
        assertThat(order.purchaseOrderNumber()).isEqualTo("PO-2024-0193");
        assertThat(order.note()).isEqualTo("Replacement scanners for the Plovdiv warehouse");
        assertThat(order.createdAt()).isEqualTo(Instant.parse("2024-05-28T11:24:03.311Z"));
        assertThat(order.title()).isEqualTo("Warehouse handheld scanners");
        assertThat(order.status()).isSameAs(PurchaseOrderStatus.OPEN);
        assertThat(order.currency()).isEqualTo("EUR");
        assertThat(order.approvalProcessState()).isEqualTo(ApprovalProcessState.builder()
                .modifiedBy(BasicActor.builder().id("user_c41d08").fullName("Elena Georgieva").build())
                .date(Instant.parse("2024-05-29T06:40:00Z"))
                .build());
        assertThat(order.createdBy()).isEqualTo(BasicActor.builder()
                .id("user_2b9e11").fullName("Stefan Dimitrov")
                .build());
        assertThat(order.type()).isSameAs(PurchaseOrderType.RECEIPT_NOTE);
        assertThat(order.purchasedAmount().toPlainString()).isEqualTo("4318.50");
        assertThat(order.invoicedAmount().toPlainString()).isEqualTo("2159.25");
        assertThat(order.invoicedAmountStatus()).isSameAs(InvoicedAmountStatus.PARTIAL);
        assertThat(order.receivedQuantityStatus()).isSameAs(QuantityStatus.PARTIAL);

        assertThat(order.supplier().id()).isEqualTo("sup_e0a4f7");
        assertThat(order.supplier().name()).isEqualTo("ScanTech Europe GmbH");
        assertThat(order.supplier().status()).isSameAs(SupplierStatus.ACTIVE);
        assertThat(order.supplier().bankAccounts()).containsExactly(SupplierBankAccount.builder()
                .paymentScheme(PaymentScheme.SEPA).currency("EUR").accountHolder("ScanTech Europe GmbH")
                .iban("DE89370400440532013000").bicSwift("COBADEFFXXX")
                .build());
    }

    @Test
    void readsItemsWithQuantitiesPricesCategoriesAndCustomFields() throws Exception {
        List<PurchaseOrderItem> items = purchaseOrder().items();

        assertThat(items).hasSize(2);
        PurchaseOrderItem scanners = items.get(0);
        assertThat(scanners.id()).isEqualTo("poi_1");
        assertThat(scanners.description()).isEqualTo("Zebra TC52 handheld scanner");
        assertThat(scanners.units()).isSameAs(PurchaseOrderUnit.PIECES);
        assertThat(scanners.purchasedQuantity().toPlainString()).isEqualTo("10");
        assertThat(scanners.unitPrice().toPlainString()).isEqualTo("389.85");
        assertThat(scanners.expenseCategory()).isEqualTo(ObjectReference.builder().id("cat_equipment").build());
        assertThat(scanners.expenseCustomFields()).containsExactly(CustomFieldData.builder()
                .id("cf_cost_center").label("Cost center").externalId("DIM1").externalSource("business-central")
                .selectedValues(List.of(CustomFieldDataValue.builder()
                        .id("cfv_ops_plovdiv").label("Operations Plovdiv").externalId("CC-520")
                        .owner("business-central")
                        .build()))
                .build());
        assertThat(scanners.amortization()).isEqualTo(Amortization.builder()
                .label("36 months").externalId("AMORT-SCAN-36").startDate(Instant.parse("2024-06-01T00:00:00Z"))
                .endDate(Instant.parse("2027-05-31T00:00:00Z"))
                .build());
        assertThat(scanners.createdAt()).isEqualTo(Instant.parse("2024-05-28T11:24:03.311Z"));
        assertThat(scanners.totalPurchasedAmount().toPlainString()).isEqualTo("3898.50");
        assertThat(scanners.quantityStatus()).isSameAs(QuantityStatus.PARTIAL);
        assertThat(scanners.receivedQuantity()).isEqualTo(new BigDecimal("5"));
        assertThat(scanners.type()).isSameAs(PurchaseOrderType.RECEIPT_NOTE);

        PurchaseOrderItem training = items.get(1);
        assertThat(training.units()).isSameAs(PurchaseOrderUnit.HOURS);
        assertThat(training.purchasedQuantity().toPlainString()).isEqualTo("4.5");
        assertThat(training.unitPrice().toPlainString()).isEqualTo("93.33");
        assertThat(training.totalPurchasedAmount().toPlainString()).isEqualTo("420.00");
        assertThat(training.quantityStatus()).isSameAs(QuantityStatus.NONE);
        assertThat(training.expenseCustomFields()).isEmpty();
        assertThat(training.amortization()).isNull();
    }

    @Test
    void writesTheOrderBackToTheSameJson() throws Exception {
        String original = ModelFixture.text("purchase-order.json");

        String written = json.writeValueAsString(purchaseOrder());

        assertThat(ModelFixture.exactTree(json, written)).isEqualTo(ModelFixture.exactTree(json, original));
    }

    @Test
    void keepsAStatusThisVersionDoesNotKnow() throws Exception {
        String body = ModelFixture.text("purchase-order.json")
                .replace("\"status\": \"open\"", "\"status\": \"on_hold\"");

        PurchaseOrder order = json.readValue(body, PurchaseOrder.class);

        assertThat(order.status().isKnown()).isFalse();
        assertThat(order.status().value()).isEqualTo("on_hold");
    }
}
