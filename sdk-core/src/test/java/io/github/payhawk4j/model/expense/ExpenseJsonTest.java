package io.github.payhawk4j.model.expense;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.payhawk4j.json.PayhawkJson;
import io.github.payhawk4j.model.Actor;
import io.github.payhawk4j.model.CustomFieldData;
import io.github.payhawk4j.model.CustomFieldDataValue;
import io.github.payhawk4j.model.DocumentFile;
import io.github.payhawk4j.model.ExternalLink;
import io.github.payhawk4j.model.ModelFixture;
import io.github.payhawk4j.model.Page;
import io.github.payhawk4j.model.supplier.PaymentScheme;
import io.github.payhawk4j.model.supplier.SupplierBankAccount;
import io.github.payhawk4j.model.supplier.SupplierCustomFieldData;
import io.github.payhawk4j.model.supplier.SupplierStatus;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExpenseJsonTest {

    private final ObjectMapper json = PayhawkJson.newObjectMapper();

    private Expense fullExpense() throws Exception {
        return json.readValue(ModelFixture.text("expense-full.json"), Expense.class);
    }

    @Test
    void readsTheTopLevelFieldsOfAFullExpense() throws Exception {
        Expense expense = fullExpense();

        assertThat(expense.id()).isEqualTo("4821");
        assertThat(expense.createdAt()).isEqualTo(Instant.parse("2024-06-09T04:48:23.193Z"));
        assertThat(expense.createdBy()).isEqualTo(Actor.builder()
                .id("user_7f3a2c").email("maria.ivanova@acme-logistics.eu").firstName("Maria").lastName("Ivanova")
                .externalId("EMP-00417")
                .build());
        assertThat(expense.settledAt()).isEqualTo(Instant.parse("2024-06-12T09:15:00Z"));
        assertThat(expense.reviewedAt()).isEqualTo(Instant.parse("2024-06-10T14:02:37.512Z"));
        assertThat(expense.type()).isSameAs(ExpenseType.MILEAGE);
        assertThat(expense.status()).isSameAs(ExpenseStatus.READY);
        assertThat(expense.isPaid()).isTrue();
        assertThat(expense.title()).isEqualTo("Client visit Sofia - Plovdiv");
        assertThat(expense.category()).isEqualTo(ExpenseCategory.builder()
                .id("cat_travel_mileage").name("Mileage").fullName("Travel / Mileage").parentId("cat_travel")
                .createdAt(Instant.parse("2023-01-16T08:00:00Z"))
                .build());
        assertThat(expense.note()).isEqualTo("Quarterly review with Plovdiv Freight, toll receipt attached");
        assertThat(expense.taxRate()).isEqualTo(TaxRate.builder()
                .name("Standard VAT").code("BG-S").rate(new BigDecimal("20.00"))
                .build());
        assertThat(expense.externalLinks()).containsExactly(ExternalLink.of(
                "Purchase invoice PI-2024-00871",
                "https://erp.acme-logistics.eu/purchase-invoices/PI-2024-00871"));
        assertThat(expense.perDiem()).isNull();
        assertThat(expense.amortization()).isEqualTo(Amortization.builder()
                .label("Q3 2024").externalId("AMORT-2024-Q3").startDate(Instant.parse("2024-07-01T00:00:00Z"))
                .endDate(Instant.parse("2024-09-30T00:00:00Z"))
                .build());
    }

    @Test
    void readsReconciliationWithCustomFieldsAndKeepsTheScaleOfEveryAmount() throws Exception {
        Reconciliation reconciliation = fullExpense().reconciliation();

        assertThat(reconciliation.totalAmount().toPlainString()).isEqualTo("1249.10");
        assertThat(reconciliation.taxAmount().toPlainString()).isEqualTo("205.68");
        assertThat(reconciliation.currency()).isEqualTo("BGN");
        assertThat(reconciliation.baseTotalAmount().toPlainString()).isEqualTo("638.65");
        assertThat(reconciliation.baseTaxAmount().toPlainString()).isEqualTo("105.16");
        assertThat(reconciliation.baseCurrency()).isEqualTo("EUR");
        assertThat(reconciliation.accountCode()).isEqualTo("6250");
        assertThat(reconciliation.fxRate().toPlainString()).isEqualTo("0.511291");
        assertThat(reconciliation.fxRateToPaymentCurrency().toPlainString()).isEqualTo("1.000000");
        assertThat(reconciliation.customFields()).containsExactly(
                CustomFieldData.builder()
                        .id("cf_project").label("Project").externalId("DIM2").externalSource("business-central")
                        .selectedValues(List.of(CustomFieldDataValue.builder()
                                .id("cfv_prj_plovdiv").label("Plovdiv Freight onboarding").externalId("PRJ-2024-031")
                                .owner("business-central")
                                .build()))
                        .build(),
                CustomFieldData.builder()
                        .id("cf_purpose").label("Business purpose").selectedValues(List.of())
                        .value("Quarterly account review")
                        .build());
    }

    @Test
    void readsLineItems() throws Exception {
        List<LineItem> lineItems = fullExpense().lineItems();

        assertThat(lineItems).hasSize(2);
        LineItem mileage = lineItems.get(0);
        assertThat(mileage.id()).isEqualTo("li_1");
        assertThat(mileage.categoryId()).isEqualTo("cat_travel_mileage");
        assertThat(mileage.category()).isEqualTo("Mileage");
        assertThat(mileage.note()).isEqualTo("Round trip 2 x 146.5 km");
        assertThat(mileage.taxRate()).isEqualTo(TaxRate.builder()
                .name("Standard VAT").code("BG-S").rate(new BigDecimal("20"))
                .build());
        assertThat(mileage.amortization().label()).isEqualTo("Q3 2024");
        assertThat(mileage.reconciliation()).isEqualTo(Reconciliation.builder()
                .totalAmount(new BigDecimal("1234.10")).taxAmount(new BigDecimal("205.68")).currency("BGN")
                .baseTotalAmount(new BigDecimal("630.98")).baseTaxAmount(new BigDecimal("105.16")).baseCurrency("EUR")
                .customFields(List.of(CustomFieldData.builder()
                        .id("cf_cost_center").label("Cost center").externalId("DIM1")
                        .externalSource("business-central")
                        .selectedValues(List.of(CustomFieldDataValue.builder()
                                .id("cfv_sales_emea").label("Sales EMEA").externalId("CC-310")
                                .owner("business-central").parentId("cfv_sales").childId("cfv_sales_emea_bg")
                                .build()))
                        .build()))
                .accountCode("6250").fxRate(new BigDecimal("0.511291")).fxRateToPaymentCurrency(new BigDecimal("1"))
                .build());
        assertThat(mileage.reconciliation().totalAmount().toPlainString()).isEqualTo("1234.10");

        LineItem toll = lineItems.get(1);
        assertThat(toll.id()).isEqualTo("li_2");
        assertThat(toll.category()).isEqualTo("Tolls");
        assertThat(toll.reconciliation().totalAmount().toPlainString()).isEqualTo("15.00");
        assertThat(toll.reconciliation().taxAmount()).isNull();
        assertThat(toll.reconciliation().customFields()).isEmpty();
        assertThat(toll.taxRate()).isNull();
        assertThat(toll.note()).isNull();
        assertThat(toll.amortization()).isNull();
    }

    @Test
    void readsTheDocumentWithItsFiles() throws Exception {
        ExpenseDocument document = fullExpense().document();

        assertThat(document.documentDate()).isEqualTo(Instant.parse("2024-06-08T00:00:00Z"));
        assertThat(document.documentNumber()).isEqualTo("TOLL-0098123");
        assertThat(document.dueDate()).isEqualTo(Instant.parse("2024-06-22T00:00:00Z"));
        assertThat(document.serviceDate()).isEqualTo(Instant.parse("2024-06-08T00:00:00Z"));
        assertThat(document.documentType()).isSameAs(DocumentType.RECEIPT);
        assertThat(document.files()).containsExactly(
                DocumentFile.builder()
                        .id("file_9d1e").url("https://files.payhawk.com/acme/expenses/4821/file_9d1e.pdf")
                        .contentType("application/pdf")
                        .build(),
                DocumentFile.builder()
                        .id("file_9d1f").url("https://files.payhawk.com/acme/expenses/4821/file_9d1f.jpg")
                        .contentType("image/jpeg")
                        .build());
    }

    @Test
    void readsTheSupplierWithItsBankAccountAndCustomFields() throws Exception {
        ExpenseSupplier supplier = fullExpense().supplier();

        assertThat(supplier.id()).isEqualTo("sup_51c0");
        assertThat(supplier.name()).isEqualTo("BG Toll Services EAD");
        assertThat(supplier.taxId()).isEqualTo("BG204512397");
        assertThat(supplier.countryCode()).isEqualTo("BG");
        assertThat(supplier.externalId()).isEqualTo("V-10045");
        assertThat(supplier.address()).isEqualTo("12 Tsarigradsko Shose Blvd, 1784 Sofia");
        assertThat(supplier.uic()).isEqualTo("204512397");
        assertThat(supplier.vat()).isEqualTo("BG204512397");
        assertThat(supplier.contactName()).isEqualTo("Georgi Petrov");
        assertThat(supplier.contactEmail()).isEqualTo("billing@bgtoll.example");
        assertThat(supplier.contactPhone()).isEqualTo("+359 2 987 6543");
        assertThat(supplier.externalSource()).isEqualTo("business-central");
        assertThat(supplier.status()).isSameAs(SupplierStatus.ACTIVE);
        assertThat(supplier.bankAccounts()).containsExactly(SupplierBankAccount.builder()
                .paymentScheme(PaymentScheme.SEPA).currency("EUR").accountHolder("BG Toll Services EAD")
                .iban("BG80BNBG96611020345678").bicSwift("BNBGBGSD").country("BG").city("Sofia").postalCode("1784")
                .address("12 Tsarigradsko Shose Blvd")
                .build());
        assertThat(supplier.customFields()).containsExactly(SupplierCustomFieldData.builder()
                .externalId("PAYTERMS").fieldId("scf_payment_terms").externalSource("business-central")
                .valueId("scfv_net14").valueExternalId("NET14").id("scf_payment_terms").label("Payment terms")
                .build());
    }

    @Test
    void readsMileageWithRouteAndAppliedRates() throws Exception {
        ExpenseMileage mileage = fullExpense().mileage();

        assertThat(mileage.routeStops()).containsExactly(
                ExpenseMileageStop.builder()
                        .label("Acme Logistics HQ, Sofia")
                        .coordinates(ExpenseMileageStopCoordinates.builder()
                                .latitude("42.6977").longitude("23.3219")
                                .build())
                        .build(),
                ExpenseMileageStop.builder()
                        .label("Plovdiv Freight, Plovdiv")
                        .coordinates(ExpenseMileageStopCoordinates.builder()
                                .latitude("42.1354").longitude("24.7453")
                                .build())
                        .build());
        assertThat(mileage.isRoundTrip()).isTrue();
        assertThat(mileage.distance().toPlainString()).isEqualTo("293.0");
        assertThat(mileage.distanceUnit()).isSameAs(DistanceUnit.KILOMETERS);
        assertThat(mileage.editedDistance().toPlainString()).isEqualTo("295.5");
        assertThat(mileage.vehicleType()).isEqualTo("car");

        ExpenseMileageRate rates = mileage.appliedRates();
        assertThat(rates.type()).isSameAs(MileageRateType.THRESHOLD);
        assertThat(rates.thresholdType()).isSameAs(MileageThresholdType.ACCUMULATING);
        assertThat(rates.accumulatedMileage().toPlainString()).isEqualTo("1840.25");
        assertThat(rates.thresholdDefinitions()).containsExactly("0-5000", "5000+");
        assertThat(rates.rates()).containsExactly(
                Map.entry("0-5000", new BigDecimal("0.42")), Map.entry("5000+", new BigDecimal("0.25")));
    }

    @Test
    void keepsMileageRatesOfAnyShapeIncludingNullsAndReadOnly() throws Exception {
        ExpenseMileageRate rates = json.readValue("""
                {"type": "Flat", "rates": {"car": 0.30, "bike": null, "tiers": [{"upTo": 100}]}}
                """, ExpenseMileageRate.class);

        assertThat(rates.rates()).containsEntry("car", new BigDecimal("0.30")).containsEntry("bike", null)
                .containsEntry("tiers", List.of(Map.of("upTo", 100)));
        assertThat(rates.thresholdDefinitions()).isEmpty();
        assertThatThrownBy(() -> rates.rates().put("scooter", BigDecimal.ONE))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void writesAFullExpenseBackToTheSameJsonWithEveryNumberAtItsScale() throws Exception {
        String original = ModelFixture.text("expense-full.json");

        String written = json.writeValueAsString(json.readValue(original, Expense.class));

        assertThat(ModelFixture.exactTree(json, written)).isEqualTo(ModelFixture.exactTree(json, original));
        assertThat(written)
                .contains("\"totalAmount\":1234.10")
                .contains("\"isPaid\":true")
                .contains("\"accumulatedMilage\":1840.25")
                .doesNotContain("accumulatedMileage");
    }

    @Test
    void keepsAnExpenseTypeThisVersionDoesNotKnow() throws Exception {
        ObjectNode body = (ObjectNode) ModelFixture.exactTree(json, ModelFixture.text("expense-full.json"));
        body.put("type", "virtualCard");
        body.put("status", "inReview");

        Expense expense = json.treeToValue(body, Expense.class);

        assertThat(expense.type().isKnown()).isFalse();
        assertThat(expense.type().value()).isEqualTo("virtualCard");
        assertThat(expense.type()).isEqualTo(ExpenseType.of("virtualCard"));
        assertThat(expense.status().isKnown()).isFalse();
        assertThat(expense.status().value()).isEqualTo("inReview");
        assertThat(json.writeValueAsString(expense)).contains("\"type\":\"virtualCard\"");
    }

    @Test
    void keepsFieldsThisVersionDoesNotKnowWhereTheyWere() throws Exception {
        ObjectNode body = (ObjectNode) ModelFixture.exactTree(json, ModelFixture.text("expense-full.json"));
        body.put("carbonFootprintKg", new BigDecimal("61.30"));
        body.putObject("travelPolicy").put("id", "tp_1");
        ((ObjectNode) body.get("reconciliation")).put("vatReclaimable", true);

        Expense expense = json.treeToValue(body, Expense.class);

        assertThat(expense.additionalProperties()).containsOnlyKeys("carbonFootprintKg", "travelPolicy");
        assertThat(expense.additionalProperties().get("carbonFootprintKg").decimalValue()).isEqualTo("61.30");
        assertThat(expense.additionalProperties().get("travelPolicy").path("id").asText()).isEqualTo("tp_1");
        assertThat(expense.reconciliation().additionalProperties())
                .containsExactly(Map.entry("vatReclaimable", BooleanNode.TRUE));
        Expense known = fullExpense();
        assertThat(expense).isEqualTo(known.toBuilder()
                .putAdditionalProperty("carbonFootprintKg", body.get("carbonFootprintKg"))
                .putAdditionalProperty("travelPolicy", body.get("travelPolicy"))
                .reconciliation(known.reconciliation().toBuilder()
                        .putAdditionalProperty("vatReclaimable", BooleanNode.TRUE).build())
                .build());
        assertThat(ModelFixture.exactTree(json, json.writeValueAsString(expense))).isEqualTo(body);
    }

    @Test
    void additionalPropertiesCannotBeChangedFromOutside() throws Exception {
        Expense expense = fullExpense();

        assertThat(expense.additionalProperties()).isEmpty();
        assertThatThrownBy(() -> expense.additionalProperties().put("x", BooleanNode.TRUE))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void readsAPageOfExpensesIncludingPerDiem() throws Exception {
        Page<Expense> page = json.readValue(ModelFixture.text("expenses-page.json"), new TypeReference<>() { });

        assertThat(page.total()).isEqualTo(57);
        assertThat(page.items()).extracting(Expense::id).containsExactly("4822", "4823");

        Expense perDiemExpense = page.items().get(0);
        assertThat(perDiemExpense.type()).isSameAs(ExpenseType.PER_DIEM);
        assertThat(perDiemExpense.isPaid()).isFalse();
        assertThat(perDiemExpense.settledAt()).isNull();
        assertThat(perDiemExpense.createdBy().externalId()).isNull();
        assertThat(perDiemExpense.category().createdAt()).isNull();
        assertThat(perDiemExpense.externalLinks()).isEmpty();
        assertThat(perDiemExpense.mileage()).isNull();
        ExpensePerDiem perDiem = perDiemExpense.perDiem();
        assertThat(perDiem.stops()).containsExactly(ExpensePerDiemStop.builder()
                .address("Messe Berlin, Messedamm 22, 14055 Berlin").date(Instant.parse("2024-06-11T06:30:00Z"))
                .timezone("Europe/Berlin").countryCode("DE").city("Berlin")
                .build());
        assertThat(perDiem.days()).hasSize(3);
        assertThat(perDiem.days()).extracting(day -> day.amount().toPlainString())
                .containsExactly("49.00", "39.20", "58.80");
        ExpensePerDiemDay secondDay = perDiem.days().get(1);
        assertThat(secondDay.city()).isEqualTo("Berlin");
        assertThat(secondDay.countryCode()).isEqualTo("DE");
        assertThat(secondDay.date()).isEqualTo(Instant.parse("2024-06-12T00:00:00Z"));
        assertThat(secondDay.timezone()).isEqualTo("Europe/Berlin");
        assertThat(secondDay.currency()).isEqualTo("EUR");
        assertThat(secondDay.appliedRules()).containsExactly(
                ExpensePerDiemAppliedRule.builder()
                        .amount(new BigDecimal("49.00")).currency("EUR").name("Germany full day")
                        .type(PerDiemRuleType.RATE)
                        .build(),
                ExpensePerDiemAppliedRule.builder()
                        .amount(new BigDecimal("9.80")).currency("EUR").name("Breakfast provided")
                        .type(PerDiemRuleType.DEDUCTION)
                        .build());
        assertThat(perDiem.days().get(2).appliedRules().get(1).type()).isSameAs(PerDiemRuleType.ADDITION);

        Expense cardExpense = page.items().get(1);
        assertThat(cardExpense.type()).isSameAs(ExpenseType.CARD);
        assertThat(cardExpense.status()).isSameAs(ExpenseStatus.DRAFT);
        assertThat(cardExpense.lineItems()).isEmpty();
        assertThat(cardExpense.reconciliation().taxAmount().toPlainString()).isEqualTo("0.00");
        assertThat(cardExpense.reconciliation().fxRate().toPlainString()).isEqualTo("0.924985");
        assertThat(cardExpense.externalLinks()).containsExactly(
                ExternalLink.of("Bill 2024-06-AWS", "https://erp.acme-logistics.eu/bills/2024-06-AWS"));
    }

    @Test
    void treatsAbsentListsAsEmptyAndKeepsNoReferenceToTheCallersList() {
        List<LineItem> lineItems = new ArrayList<>();
        lineItems.add(LineItem.builder().id("li_1").build());

        Expense expense = Expense.builder()
                .id("1").type(ExpenseType.CARD).status(ExpenseStatus.DRAFT).isPaid(false).title("t")
                .lineItems(lineItems)
                .build();
        lineItems.clear();

        assertThat(expense.lineItems()).hasSize(1);
        assertThat(expense.externalLinks()).isEmpty();
    }
}
