package io.github.payhawk4j.service;

import io.github.payhawk4j.model.Actor;
import io.github.payhawk4j.model.BasicActor;
import io.github.payhawk4j.model.CustomFieldData;
import io.github.payhawk4j.model.CustomFieldDataValue;
import io.github.payhawk4j.model.DocumentFile;
import io.github.payhawk4j.model.ExternalLink;
import io.github.payhawk4j.model.FundAccountType;
import io.github.payhawk4j.model.ObjectReference;
import io.github.payhawk4j.model.deposit.Deposit;
import io.github.payhawk4j.model.deposit.DepositSender;
import io.github.payhawk4j.model.expense.Amortization;
import io.github.payhawk4j.model.expense.ApprovalStatus;
import io.github.payhawk4j.model.expense.DistanceUnit;
import io.github.payhawk4j.model.expense.DocumentType;
import io.github.payhawk4j.model.expense.Expense;
import io.github.payhawk4j.model.expense.ExpenseCategory;
import io.github.payhawk4j.model.expense.ExpenseDocument;
import io.github.payhawk4j.model.expense.ExpenseMileage;
import io.github.payhawk4j.model.expense.ExpenseMileageRate;
import io.github.payhawk4j.model.expense.ExpenseMileageStop;
import io.github.payhawk4j.model.expense.ExpenseMileageStopCoordinates;
import io.github.payhawk4j.model.expense.ExpensePayment;
import io.github.payhawk4j.model.expense.ExpensePaymentFees;
import io.github.payhawk4j.model.expense.ExpensePerDiem;
import io.github.payhawk4j.model.expense.ExpensePerDiemAppliedRule;
import io.github.payhawk4j.model.expense.ExpensePerDiemDay;
import io.github.payhawk4j.model.expense.ExpensePerDiemStop;
import io.github.payhawk4j.model.expense.ExpenseStatus;
import io.github.payhawk4j.model.expense.ExpenseSupplier;
import io.github.payhawk4j.model.expense.ExpenseType;
import io.github.payhawk4j.model.expense.ExpenseWorkflowStatus;
import io.github.payhawk4j.model.expense.LineItem;
import io.github.payhawk4j.model.expense.MileageRateType;
import io.github.payhawk4j.model.expense.MileageThresholdType;
import io.github.payhawk4j.model.expense.PaymentStatus;
import io.github.payhawk4j.model.expense.PaymentType;
import io.github.payhawk4j.model.expense.PerDiemRuleType;
import io.github.payhawk4j.model.expense.Reconciliation;
import io.github.payhawk4j.model.expense.TaxRate;
import io.github.payhawk4j.model.purchaseorder.ApprovalProcessState;
import io.github.payhawk4j.model.purchaseorder.InvoicedAmountStatus;
import io.github.payhawk4j.model.purchaseorder.PurchaseOrder;
import io.github.payhawk4j.model.purchaseorder.PurchaseOrderItem;
import io.github.payhawk4j.model.purchaseorder.PurchaseOrderStatus;
import io.github.payhawk4j.model.purchaseorder.PurchaseOrderType;
import io.github.payhawk4j.model.purchaseorder.PurchaseOrderUnit;
import io.github.payhawk4j.model.purchaseorder.QuantityStatus;
import io.github.payhawk4j.model.supplier.PaymentScheme;
import io.github.payhawk4j.model.supplier.Supplier;
import io.github.payhawk4j.model.supplier.SupplierBankAccount;
import io.github.payhawk4j.model.supplier.SupplierCustomFieldData;
import io.github.payhawk4j.model.supplier.SupplierStatus;
import io.github.payhawk4j.model.webhook.EventType;
import io.github.payhawk4j.model.webhook.WebhookSubscription;
import io.github.payhawk4j.model.webhook.WebhookSubscriptionStatus;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The records the realistic fixtures in {@code src/test/resources/model/} must decode to, written out
 * field by field. Records compare {@link BigDecimal}s with {@code equals}, so scale counts:
 * {@code 1234.10} in a fixture must stay {@code 1234.10}, not become {@code 1234.1}.
 */
final class ExpectedModels {

    private ExpectedModels() {
    }

    private static BigDecimal money(String text) {
        return new BigDecimal(text);
    }

    private static Instant at(String text) {
        return Instant.parse(text);
    }

    private static final Actor MARIA = Actor.builder()
            .id("user_7f3a2c").email("maria.ivanova@acme-logistics.eu").firstName("Maria").lastName("Ivanova")
            .externalId("EMP-00417")
            .build();
    private static final Amortization Q3_2024 = Amortization.builder()
            .label("Q3 2024").externalId("AMORT-2024-Q3").startDate(at("2024-07-01T00:00:00Z"))
            .endDate(at("2024-09-30T00:00:00Z"))
            .build();

    /** {@code expense-full.json}: a mileage expense with every part filled in. */
    static Expense fullExpense() {
        LineItem mileageLine = LineItem.builder()
                .id("li_1").categoryId("cat_travel_mileage").category("Mileage")
                .reconciliation(Reconciliation.builder()
                        .totalAmount(money("1234.10")).taxAmount(money("205.68")).currency("BGN")
                        .baseTotalAmount(money("630.98")).baseTaxAmount(money("105.16")).baseCurrency("EUR")
                        .customFields(List.of(CustomFieldData.builder()
                                .id("cf_cost_center").label("Cost center").externalId("DIM1")
                                .externalSource("business-central")
                                .selectedValues(List.of(CustomFieldDataValue.builder()
                                        .id("cfv_sales_emea").label("Sales EMEA").externalId("CC-310")
                                        .owner("business-central").parentId("cfv_sales").childId("cfv_sales_emea_bg")
                                        .build()))
                                .build()))
                        .accountCode("6250").fxRate(money("0.511291")).fxRateToPaymentCurrency(money("1"))
                        .build())
                .taxRate(TaxRate.builder().name("Standard VAT").code("BG-S").rate(money("20")).build())
                .note("Round trip 2 x 146.5 km").amortization(Q3_2024)
                .build();
        LineItem tollLine = LineItem.builder()
                .id("li_2").categoryId("cat_travel_tolls").category("Tolls")
                .reconciliation(Reconciliation.builder()
                        .totalAmount(money("15.00")).currency("BGN").baseTotalAmount(money("7.67"))
                        .baseCurrency("EUR").customFields(List.of())
                        .build())
                .build();
        Reconciliation reconciliation = Reconciliation.builder()
                .totalAmount(money("1249.10")).taxAmount(money("205.68")).currency("BGN")
                .baseTotalAmount(money("638.65")).baseTaxAmount(money("105.16")).baseCurrency("EUR")
                .customFields(List.of(
                        CustomFieldData.builder()
                                .id("cf_project").label("Project").externalId("DIM2")
                                .externalSource("business-central")
                                .selectedValues(List.of(CustomFieldDataValue.builder()
                                        .id("cfv_prj_plovdiv").label("Plovdiv Freight onboarding")
                                        .externalId("PRJ-2024-031").owner("business-central")
                                        .build()))
                                .build(),
                        CustomFieldData.builder()
                                .id("cf_purpose").label("Business purpose").selectedValues(List.of())
                                .value("Quarterly account review")
                                .build()))
                .accountCode("6250").fxRate(money("0.511291")).fxRateToPaymentCurrency(money("1.000000"))
                .build();
        ExpenseDocument document = ExpenseDocument.builder()
                .documentDate(at("2024-06-08T00:00:00Z")).documentNumber("TOLL-0098123")
                .files(List.of(
                        DocumentFile.builder()
                                .id("file_9d1e").url("https://files.payhawk.com/acme/expenses/4821/file_9d1e.pdf")
                                .contentType("application/pdf")
                                .build(),
                        DocumentFile.builder()
                                .id("file_9d1f").url("https://files.payhawk.com/acme/expenses/4821/file_9d1f.jpg")
                                .contentType("image/jpeg")
                                .build()))
                .dueDate(at("2024-06-22T00:00:00Z")).serviceDate(at("2024-06-08T00:00:00Z"))
                .documentType(DocumentType.RECEIPT)
                .build();
        ExpenseSupplier supplier = ExpenseSupplier.builder()
                .taxId("BG204512397").countryCode("BG").externalId("V-10045")
                .address("12 Tsarigradsko Shose Blvd, 1784 Sofia").uic("204512397").vat("BG204512397")
                .contactName("Georgi Petrov").contactEmail("billing@bgtoll.example").contactPhone("+359 2 987 6543")
                .bankAccounts(List.of(SupplierBankAccount.builder()
                        .paymentScheme(PaymentScheme.SEPA).currency("EUR").accountHolder("BG Toll Services EAD")
                        .iban("BG80BNBG96611020345678").bicSwift("BNBGBGSD").country("BG").city("Sofia")
                        .postalCode("1784").address("12 Tsarigradsko Shose Blvd")
                        .build()))
                .externalSource("business-central")
                .customFields(List.of(SupplierCustomFieldData.builder()
                        .externalId("PAYTERMS").fieldId("scf_payment_terms").externalSource("business-central")
                        .valueId("scfv_net14").valueExternalId("NET14").id("scf_payment_terms").label("Payment terms")
                        .build()))
                .status(SupplierStatus.ACTIVE).id("sup_51c0").name("BG Toll Services EAD")
                .build();
        Map<String, Object> rates = new LinkedHashMap<>();
        rates.put("0-5000", money("0.42"));
        rates.put("5000+", money("0.25"));
        ExpenseMileage mileage = ExpenseMileage.builder()
                .routeStops(List.of(
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
                                .build()))
                .isRoundTrip(true).distance(money("293.0")).distanceUnit(DistanceUnit.KILOMETERS)
                .editedDistance(money("295.5")).vehicleType("car")
                .appliedRates(ExpenseMileageRate.builder()
                        .type(MileageRateType.THRESHOLD).thresholdType(MileageThresholdType.ACCUMULATING)
                        .accumulatedMileage(money("1840.25")).thresholdDefinitions(List.of("0-5000", "5000+"))
                        .rates(rates)
                        .build())
                .build();
        return Expense.builder()
                .id("4821").createdAt(at("2024-06-09T04:48:23.193Z")).createdBy(MARIA)
                .settledAt(at("2024-06-12T09:15:00Z")).reviewedAt(at("2024-06-10T14:02:37.512Z"))
                .type(ExpenseType.MILEAGE).status(ExpenseStatus.READY).isPaid(true)
                .title("Client visit Sofia - Plovdiv")
                .category(ExpenseCategory.builder()
                        .id("cat_travel_mileage").name("Mileage").fullName("Travel / Mileage").parentId("cat_travel")
                        .createdAt(at("2023-01-16T08:00:00Z"))
                        .build())
                .note("Quarterly review with Plovdiv Freight, toll receipt attached")
                .lineItems(List.of(mileageLine, tollLine)).reconciliation(reconciliation)
                .taxRate(TaxRate.builder().name("Standard VAT").code("BG-S").rate(money("20.00")).build())
                .document(document).supplier(supplier)
                .externalLinks(List.of(ExternalLink.of("Purchase invoice PI-2024-00871",
                        "https://erp.acme-logistics.eu/purchase-invoices/PI-2024-00871")))
                .mileage(mileage).amortization(Q3_2024)
                .build();
    }

    /** The first item of {@code expenses-page.json}: a per diem expense. */
    static Expense perDiemExpense() {
        ExpensePerDiemAppliedRule fullDay = ExpensePerDiemAppliedRule.builder()
                .amount(money("49.00")).currency("EUR").name("Germany full day").type(PerDiemRuleType.RATE)
                .build();
        ExpensePerDiem perDiem = ExpensePerDiem.builder()
                .stops(List.of(ExpensePerDiemStop.builder()
                        .address("Messe Berlin, Messedamm 22, 14055 Berlin").date(at("2024-06-11T06:30:00Z"))
                        .timezone("Europe/Berlin").countryCode("DE").city("Berlin")
                        .build()))
                .days(List.of(
                        ExpensePerDiemDay.builder()
                                .city("Berlin").countryCode("DE").date(at("2024-06-11T00:00:00Z"))
                                .timezone("Europe/Berlin").amount(money("49.00")).currency("EUR")
                                .appliedRules(List.of(fullDay))
                                .build(),
                        ExpensePerDiemDay.builder()
                                .city("Berlin").countryCode("DE").date(at("2024-06-12T00:00:00Z"))
                                .timezone("Europe/Berlin").amount(money("39.20")).currency("EUR")
                                .appliedRules(List.of(
                                        fullDay,
                                        ExpensePerDiemAppliedRule.builder()
                                                .amount(money("9.80")).currency("EUR").name("Breakfast provided")
                                                .type(PerDiemRuleType.DEDUCTION)
                                                .build()))
                                .build(),
                        ExpensePerDiemDay.builder()
                                .city("Berlin").countryCode("DE").date(at("2024-06-13T00:00:00Z"))
                                .timezone("Europe/Berlin").amount(money("58.80")).currency("EUR")
                                .appliedRules(List.of(
                                        fullDay,
                                        ExpensePerDiemAppliedRule.builder()
                                                .amount(money("9.80")).currency("EUR").name("Trade fair supplement")
                                                .type(PerDiemRuleType.ADDITION)
                                                .build()))
                                .build()))
                .build();
        return Expense.builder()
                .id("4822").createdAt(at("2024-06-14T17:20:05.004Z"))
                .createdBy(Actor.builder()
                        .id("user_2b9e11").email("stefan.dimitrov@acme-logistics.eu").firstName("Stefan")
                        .lastName("Dimitrov")
                        .build())
                .reviewedAt(at("2024-06-17T08:41:12Z")).type(ExpenseType.PER_DIEM).status(ExpenseStatus.READY)
                .isPaid(false).title("Per diem Berlin trade fair")
                .category(ExpenseCategory.builder()
                        .id("cat_travel_per_diem").name("Per diem").fullName("Travel / Per diem")
                        .parentId("cat_travel")
                        .build())
                .lineItems(List.of(LineItem.builder()
                        .id("li_1").categoryId("cat_travel_per_diem").category("Per diem")
                        .reconciliation(Reconciliation.builder()
                                .totalAmount(money("147.00")).currency("EUR").baseTotalAmount(money("147.00"))
                                .baseCurrency("EUR").customFields(List.of())
                                .build())
                        .build()))
                .reconciliation(Reconciliation.builder()
                        .totalAmount(money("147.00")).currency("EUR").baseTotalAmount(money("147.00"))
                        .baseCurrency("EUR").customFields(List.of()).fxRate(money("1"))
                        .build())
                .externalLinks(List.of()).perDiem(perDiem)
                .build();
    }

    /** The second item of {@code expenses-page.json}: a card expense in USD. */
    static Expense cardExpense() {
        return Expense.builder()
                .id("4823").createdAt(at("2024-06-15T10:02:44.871Z")).createdBy(MARIA)
                .settledAt(at("2024-06-17T00:00:00Z")).type(ExpenseType.CARD).status(ExpenseStatus.DRAFT).isPaid(true)
                .title("AWS").note("Monthly cloud invoice").lineItems(List.of())
                .reconciliation(Reconciliation.builder()
                        .totalAmount(money("312.47")).taxAmount(money("0.00")).currency("USD")
                        .baseTotalAmount(money("289.03")).baseTaxAmount(money("0.00")).baseCurrency("EUR")
                        .customFields(List.of()).fxRate(money("0.924985"))
                        .build())
                .externalLinks(List.of(ExternalLink.of("Bill 2024-06-AWS",
                        "https://erp.acme-logistics.eu/bills/2024-06-AWS")))
                .build();
    }

    /** {@code expense-payments.json}: a settled card payment with FX and a pending bank payment. */
    static List<ExpensePayment> payments() {
        return List.of(
                ExpensePayment.builder()
                        .id("pay_3c1f9a").type(PaymentType.CARD).status(PaymentStatus.SETTLED).amount(money("312.47"))
                        .currency("EUR")
                        .fees(ExpensePaymentFees.builder()
                                .fx(money("2.89")).pos(money("0.00")).bank(money("0"))
                                .build())
                        .originalAmount(money("334.10")).originalCurrency("USD").fundAccountId("fa_eur_main")
                        .fundAccountType(FundAccountType.DEBIT).description("AWS EMEA aws.amazon.co LU")
                        .date(at("2024-06-15T10:01:58.320Z")).fxRate(money("0.935259")).cardId("card_81d2")
                        .cardLastDigits("4417").expenseIds(List.of("4823"))
                        .build(),
                ExpensePayment.builder()
                        .id("pay_3c1fa0").type(PaymentType.BANK).status(PaymentStatus.PENDING)
                        .amount(money("1249.10")).currency("BGN")
                        .fees(ExpensePaymentFees.builder().fx(money("0")).pos(money("0")).bank(money("1.50")).build())
                        .originalAmount(money("1249.10")).originalCurrency("BGN").fundAccountId("fa_bgn_ops")
                        .fundAccountType(FundAccountType.LINKED_CARD).description("Reimbursement M. Ivanova")
                        .date(at("2024-06-12T09:15:00Z")).fxRate(money("1")).expenseIds(List.of("4821", "4824"))
                        .build());
    }

    /** {@code expense-workflow.json}: approved after review. */
    static ExpenseWorkflowStatus workflow() {
        return ExpenseWorkflowStatus.builder()
                .approvalStatus(ApprovalStatus.APPROVED).approvedAt(at("2024-06-11T07:55:10.118Z"))
                .approvedBy(Actor.builder()
                        .id("user_c41d08").email("elena.georgieva@acme-logistics.eu").firstName("Elena")
                        .lastName("Georgieva").externalId("EMP-00012")
                        .build())
                .reviewedAt(at("2024-06-10T14:02:37.512Z"))
                .reviewedBy(Actor.builder()
                        .id("user_a0e5b7").email("finance@acme-logistics.eu").firstName("Nikolay")
                        .lastName("Stoyanov")
                        .build())
                .build();
    }

    /** {@code deposit.json}: a EUR top-up from a Bulgarian bank account. */
    static Deposit deposit() {
        return Deposit.builder()
                .id("dep_77e0c3").amount(money("25000.00")).currency("EUR").fundAccountId("fa_eur_main")
                .fundAccountType(FundAccountType.DEBIT).date(at("2024-06-03T07:12:45.900Z"))
                .description("Top-up June 2024")
                .sender(DepositSender.builder()
                        .name("Acme Logistics EOOD").iban("BG18RZBB91550123456789")
                        .accountNumber("BG18RZBB91550123456789").swiftCode("RZBBBGSF").sortCode("200000")
                        .build())
                .build();
    }

    /** {@code supplier.json}: a US supplier with an ACH account and three kinds of custom field. */
    static Supplier supplier() {
        return Supplier.builder()
                .name("Northwind Freight Inc.").taxId("84-1927365").countryCode("US").externalId("V-20881")
                .address("400 Harbor Drive, Suite 12, Oakland, CA 94607").uic("C4211987").vat("US841927365")
                .contactName("Dana Whitfield").contactEmail("ar@northwind-freight.example")
                .contactPhone("+1 510 555 0142")
                .bankAccounts(List.of(SupplierBankAccount.builder()
                        .paymentScheme(PaymentScheme.ACH).currency("USD").accountHolder("Northwind Freight Inc.")
                        .accountNumber("000123456789").routingNumber("121000358").accountType("checking")
                        .country("US").city("Oakland").postalCode("94607").address("400 Harbor Drive, Suite 12")
                        .build()))
                .externalSource("netsuite").id("sup_9a4e21")
                .customFields(List.of(
                        SupplierCustomFieldData.builder()
                                .fieldId("scf_w9").externalSource("netsuite").fileId("file_w9_20881")
                                .fileName("W9-Northwind-Freight.pdf").id("scf_w9").label("W-9 form")
                                .build(),
                        SupplierCustomFieldData.builder()
                                .externalId("VENDCLASS").fieldId("scf_vendor_class").externalSource("netsuite")
                                .valueId("scfv_logistics").valueExternalId("LOG").id("scf_vendor_class")
                                .label("Vendor class")
                                .build(),
                        SupplierCustomFieldData.builder()
                                .value("Preferred carrier for West Coast routes").id("scf_notes")
                                .label("Onboarding notes")
                                .build()))
                .status(SupplierStatus.ACTIVE)
                .build();
    }

    /** {@code suppliers-page.json}: one active and one archived supplier. */
    static List<Supplier> supplierPage() {
        return List.of(
                Supplier.builder()
                        .name("Northwind Freight Inc.").countryCode("US").externalId("V-20881")
                        .bankAccounts(List.of(SupplierBankAccount.builder()
                                .paymentScheme(PaymentScheme.ACH).currency("USD")
                                .accountHolder("Northwind Freight Inc.").accountNumber("000123456789")
                                .routingNumber("121000358").accountType("checking")
                                .build()))
                        .id("sup_9a4e21").customFields(List.of()).status(SupplierStatus.ACTIVE)
                        .build(),
                Supplier.builder()
                        .name("Old Office Supplies Ltd").countryCode("GB")
                        .bankAccounts(List.of(SupplierBankAccount.builder()
                                .paymentScheme(PaymentScheme.FASTER_PAYMENTS).currency("GBP")
                                .accountHolder("Old Office Supplies Ltd").accountNumber("41926819")
                                .routingNumber("601613")
                                .build()))
                        .id("sup_13bb02").customFields(List.of()).status(SupplierStatus.ARCHIVED)
                        .build());
    }

    /** {@code purchase-order.json}: an open receipt-note order, partly received and invoiced. */
    static PurchaseOrder purchaseOrder() {
        Supplier scanTech = Supplier.builder()
                .name("ScanTech Europe GmbH").taxId("DE298765432").countryCode("DE").externalId("V-30417")
                .address("Industriestrasse 8, 70565 Stuttgart").vat("DE298765432").contactName("Jonas Keller")
                .contactEmail("orders@scantech.example")
                .bankAccounts(List.of(SupplierBankAccount.builder()
                        .paymentScheme(PaymentScheme.SEPA).currency("EUR").accountHolder("ScanTech Europe GmbH")
                        .iban("DE89370400440532013000").bicSwift("COBADEFFXXX")
                        .build()))
                .externalSource("business-central").id("sup_e0a4f7").customFields(List.of())
                .status(SupplierStatus.ACTIVE)
                .build();
        PurchaseOrderItem scanners = PurchaseOrderItem.builder()
                .description("Zebra TC52 handheld scanner").units(PurchaseOrderUnit.PIECES)
                .purchasedQuantity(money("10")).unitPrice(money("389.85"))
                .expenseCategory(ObjectReference.builder().id("cat_equipment").build())
                .expenseCustomFields(List.of(CustomFieldData.builder()
                        .id("cf_cost_center").label("Cost center").externalId("DIM1")
                        .externalSource("business-central")
                        .selectedValues(List.of(CustomFieldDataValue.builder()
                                .id("cfv_ops_plovdiv").label("Operations Plovdiv").externalId("CC-520")
                                .owner("business-central")
                                .build()))
                        .build()))
                .amortization(Amortization.builder()
                        .label("36 months").externalId("AMORT-SCAN-36").startDate(at("2024-06-01T00:00:00Z"))
                        .endDate(at("2027-05-31T00:00:00Z"))
                        .build())
                .id("poi_1").createdAt(at("2024-05-28T11:24:03.311Z")).totalPurchasedAmount(money("3898.50"))
                .quantityStatus(QuantityStatus.PARTIAL).receivedQuantity(money("5"))
                .type(PurchaseOrderType.RECEIPT_NOTE)
                .build();
        PurchaseOrderItem training = PurchaseOrderItem.builder()
                .description("On-site setup and staff training").units(PurchaseOrderUnit.HOURS)
                .purchasedQuantity(money("4.5")).unitPrice(money("93.33"))
                .expenseCategory(ObjectReference.builder().id("cat_services").build()).expenseCustomFields(List.of())
                .id("poi_2").createdAt(at("2024-05-28T11:31:47Z")).totalPurchasedAmount(money("420.00"))
                .quantityStatus(QuantityStatus.NONE).receivedQuantity(money("0")).type(PurchaseOrderType.RECEIPT_NOTE)
                .build();
        return PurchaseOrder.builder()
                .note("Replacement scanners for the Plovdiv warehouse").purchaseOrderNumber("PO-2024-0193")
                .id("po_5e2d90").createdAt(at("2024-05-28T11:24:03.311Z")).title("Warehouse handheld scanners")
                .status(PurchaseOrderStatus.OPEN).supplier(scanTech).currency("EUR")
                .approvalProcessState(ApprovalProcessState.builder()
                        .modifiedBy(BasicActor.builder().id("user_c41d08").fullName("Elena Georgieva").build())
                        .date(at("2024-05-29T06:40:00Z"))
                        .build())
                .createdBy(BasicActor.builder().id("user_2b9e11").fullName("Stefan Dimitrov").build())
                .type(PurchaseOrderType.RECEIPT_NOTE).purchasedAmount(money("4318.50"))
                .invoicedAmount(money("2159.25")).invoicedAmountStatus(InvoicedAmountStatus.PARTIAL)
                .receivedQuantityStatus(QuantityStatus.PARTIAL).items(List.of(scanners, training))
                .build();
    }

    /** {@code webhook-subscription.json}: an active {@code expense.approved} subscription. */
    static WebhookSubscription subscription() {
        return WebhookSubscription.builder()
                .eventType(EventType.EXPENSE_APPROVED)
                .callbackUrl("https://erp.acme-logistics.eu/payhawk/webhooks?tenant=acme").id("whs_0f6b7c2e")
                .createdAt(at("2024-06-01T09:30:12.045Z")).status(WebhookSubscriptionStatus.ACTIVE)
                .build();
    }

    /** {@code webhook-subscriptions-page.json}: active, deactivated by Payhawk, deactivated by the user. */
    static List<WebhookSubscription> subscriptionPage() {
        return List.of(subscription(),
                WebhookSubscription.builder()
                        .eventType(EventType.PAYMENT_SETTLED)
                        .callbackUrl("https://erp.acme-logistics.eu/payhawk/webhooks?tenant=acme").id("whs_4411aa90")
                        .createdAt(at("2024-06-01T09:30:12.377Z"))
                        .status(WebhookSubscriptionStatus.DEACTIVATED_BY_PAYHAWK)
                        .build(),
                WebhookSubscription.builder()
                        .eventType(EventType.SUPPLIER_UPDATED)
                        .callbackUrl("https://old-erp.acme-logistics.eu/hooks/payhawk").id("whs_91c03d5f")
                        .createdAt(at("2023-11-20T16:05:00Z")).status(WebhookSubscriptionStatus.DEACTIVATED_BY_USER)
                        .build());
    }

    /** {@code expense-files.json}: the one file Payhawk accepted. */
    static List<DocumentFile> submittedFiles() {
        return List.of(DocumentFile.builder()
                .id("file_a71c").url("https://files.payhawk.com/acme/expenses/4821/file_a71c.pdf")
                .contentType("application/pdf")
                .build());
    }
}
