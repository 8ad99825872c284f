package io.github.payhawk4j.model.expense;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
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
        assertThat(expense.createdBy()).isEqualTo(new Actor(
                "user_7f3a2c", "maria.ivanova@acme-logistics.eu", "Maria", "Ivanova", "EMP-00417"));
        assertThat(expense.settledAt()).isEqualTo(Instant.parse("2024-06-12T09:15:00Z"));
        assertThat(expense.reviewedAt()).isEqualTo(Instant.parse("2024-06-10T14:02:37.512Z"));
        assertThat(expense.type()).isSameAs(ExpenseType.MILEAGE);
        assertThat(expense.status()).isSameAs(ExpenseStatus.READY);
        assertThat(expense.isPaid()).isTrue();
        assertThat(expense.title()).isEqualTo("Client visit Sofia - Plovdiv");
        assertThat(expense.category()).isEqualTo(new ExpenseCategory(
                "cat_travel_mileage", "Mileage", "Travel / Mileage", "cat_travel",
                Instant.parse("2023-01-16T08:00:00Z")));
        assertThat(expense.note()).isEqualTo("Quarterly review with Plovdiv Freight, toll receipt attached");
        assertThat(expense.taxRate()).isEqualTo(new TaxRate("Standard VAT", "BG-S", new BigDecimal("20.00")));
        assertThat(expense.externalLinks()).containsExactly(ExternalLink.of(
                "Purchase invoice PI-2024-00871",
                "https://erp.acme-logistics.eu/purchase-invoices/PI-2024-00871"));
        assertThat(expense.perDiem()).isNull();
        assertThat(expense.amortization()).isEqualTo(new Amortization(
                "Q3 2024", "AMORT-2024-Q3",
                Instant.parse("2024-07-01T00:00:00Z"), Instant.parse("2024-09-30T00:00:00Z")));
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
                new CustomFieldData("cf_project", "Project", "DIM2", "business-central",
                        List.of(new CustomFieldDataValue("cfv_prj_plovdiv", "Plovdiv Freight onboarding",
                                "PRJ-2024-031", "business-central", null, null)),
                        null),
                new CustomFieldData("cf_purpose", "Business purpose", null, null, List.of(),
                        "Quarterly account review"));
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
        assertThat(mileage.taxRate()).isEqualTo(new TaxRate("Standard VAT", "BG-S", new BigDecimal("20")));
        assertThat(mileage.amortization().label()).isEqualTo("Q3 2024");
        assertThat(mileage.reconciliation()).isEqualTo(new Reconciliation(
                new BigDecimal("1234.10"), new BigDecimal("205.68"), "BGN",
                new BigDecimal("630.98"), new BigDecimal("105.16"), "EUR",
                List.of(new CustomFieldData("cf_cost_center", "Cost center", "DIM1", "business-central",
                        List.of(new CustomFieldDataValue("cfv_sales_emea", "Sales EMEA", "CC-310",
                                "business-central", "cfv_sales", "cfv_sales_emea_bg")),
                        null)),
                "6250", new BigDecimal("0.511291"), new BigDecimal("1")));
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
                new DocumentFile("file_9d1e", "https://files.payhawk.com/acme/expenses/4821/file_9d1e.pdf",
                        "application/pdf"),
                new DocumentFile("file_9d1f", "https://files.payhawk.com/acme/expenses/4821/file_9d1f.jpg",
                        "image/jpeg"));
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
        assertThat(supplier.bankAccounts()).containsExactly(new SupplierBankAccount(
                PaymentScheme.SEPA, "EUR", "BG Toll Services EAD", "BG80BNBG96611020345678", "BNBGBGSD",
                null, null, null, "BG", "Sofia", "1784", "12 Tsarigradsko Shose Blvd"));
        assertThat(supplier.customFields()).containsExactly(new SupplierCustomFieldData(
                "PAYTERMS", "scf_payment_terms", "business-central", "scfv_net14", "NET14",
                null, null, null, "scf_payment_terms", "Payment terms"));
    }

    @Test
    void readsMileageWithRouteAndAppliedRates() throws Exception {
        ExpenseMileage mileage = fullExpense().mileage();

        assertThat(mileage.routeStops()).containsExactly(
                new ExpenseMileageStop("Acme Logistics HQ, Sofia",
                        new ExpenseMileageStopCoordinates("42.6977", "23.3219")),
                new ExpenseMileageStop("Plovdiv Freight, Plovdiv",
                        new ExpenseMileageStopCoordinates("42.1354", "24.7453")));
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
    void ignoresFieldsThisVersionDoesNotKnow() throws Exception {
        ObjectNode body = (ObjectNode) ModelFixture.exactTree(json, ModelFixture.text("expense-full.json"));
        body.put("carbonFootprintKg", 61.3);
        body.putObject("travelPolicy").put("id", "tp_1");
        ((ObjectNode) body.get("reconciliation")).put("vatReclaimable", true);

        Expense expense = json.treeToValue(body, Expense.class);

        assertThat(expense).isEqualTo(fullExpense());
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
        assertThat(perDiem.stops()).containsExactly(new ExpensePerDiemStop(
                "Messe Berlin, Messedamm 22, 14055 Berlin", Instant.parse("2024-06-11T06:30:00Z"),
                "Europe/Berlin", "DE", "Berlin"));
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
                new ExpensePerDiemAppliedRule(new BigDecimal("49.00"), "EUR", "Germany full day",
                        PerDiemRuleType.RATE),
                new ExpensePerDiemAppliedRule(new BigDecimal("9.80"), "EUR", "Breakfast provided",
                        PerDiemRuleType.DEDUCTION));
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
        lineItems.add(new LineItem("li_1", null, null, null, null, null, null));

        Expense expense = new Expense("1", null, null, null, null, ExpenseType.CARD, ExpenseStatus.DRAFT,
                false, "t", null, null, lineItems, null, null, null, null, null, null, null, null);
        lineItems.clear();

        assertThat(expense.lineItems()).hasSize(1);
        assertThat(expense.externalLinks()).isEmpty();
    }
}
