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

    private static final Actor MARIA = new Actor(
            "user_7f3a2c", "maria.ivanova@acme-logistics.eu", "Maria", "Ivanova", "EMP-00417");
    private static final Amortization Q3_2024 = new Amortization(
            "Q3 2024", "AMORT-2024-Q3", at("2024-07-01T00:00:00Z"), at("2024-09-30T00:00:00Z"));

    /** {@code expense-full.json}: a mileage expense with every part filled in. */
    static Expense fullExpense() {
        LineItem mileageLine = new LineItem("li_1", "cat_travel_mileage", "Mileage",
                new Reconciliation(money("1234.10"), money("205.68"), "BGN", money("630.98"), money("105.16"), "EUR",
                        List.of(new CustomFieldData("cf_cost_center", "Cost center", "DIM1", "business-central",
                                List.of(new CustomFieldDataValue("cfv_sales_emea", "Sales EMEA", "CC-310",
                                        "business-central", "cfv_sales", "cfv_sales_emea_bg")),
                                null)),
                        "6250", money("0.511291"), money("1")),
                new TaxRate("Standard VAT", "BG-S", money("20")),
                "Round trip 2 x 146.5 km",
                Q3_2024);
        LineItem tollLine = new LineItem("li_2", "cat_travel_tolls", "Tolls",
                new Reconciliation(money("15.00"), null, "BGN", money("7.67"), null, "EUR", List.of(), null, null, null),
                null, null, null);
        Reconciliation reconciliation = new Reconciliation(money("1249.10"), money("205.68"), "BGN",
                money("638.65"), money("105.16"), "EUR",
                List.of(new CustomFieldData("cf_project", "Project", "DIM2", "business-central",
                                List.of(new CustomFieldDataValue("cfv_prj_plovdiv", "Plovdiv Freight onboarding",
                                        "PRJ-2024-031", "business-central", null, null)),
                                null),
                        new CustomFieldData("cf_purpose", "Business purpose", null, null, List.of(),
                                "Quarterly account review")),
                "6250", money("0.511291"), money("1.000000"));
        ExpenseDocument document = new ExpenseDocument(at("2024-06-08T00:00:00Z"), "TOLL-0098123",
                List.of(new DocumentFile("file_9d1e", "https://files.payhawk.com/acme/expenses/4821/file_9d1e.pdf",
                                "application/pdf"),
                        new DocumentFile("file_9d1f", "https://files.payhawk.com/acme/expenses/4821/file_9d1f.jpg",
                                "image/jpeg")),
                at("2024-06-22T00:00:00Z"), at("2024-06-08T00:00:00Z"), DocumentType.RECEIPT);
        ExpenseSupplier supplier = new ExpenseSupplier("BG204512397", "BG", "V-10045",
                "12 Tsarigradsko Shose Blvd, 1784 Sofia", "204512397", "BG204512397",
                "Georgi Petrov", "billing@bgtoll.example", "+359 2 987 6543",
                List.of(new SupplierBankAccount(PaymentScheme.SEPA, "EUR", "BG Toll Services EAD",
                        "BG80BNBG96611020345678", "BNBGBGSD", null, null, null, "BG", "Sofia", "1784",
                        "12 Tsarigradsko Shose Blvd")),
                "business-central",
                List.of(new SupplierCustomFieldData("PAYTERMS", "scf_payment_terms", "business-central",
                        "scfv_net14", "NET14", null, null, null, "scf_payment_terms", "Payment terms")),
                SupplierStatus.ACTIVE, "sup_51c0", "BG Toll Services EAD");
        Map<String, Object> rates = new LinkedHashMap<>();
        rates.put("0-5000", money("0.42"));
        rates.put("5000+", money("0.25"));
        ExpenseMileage mileage = new ExpenseMileage(
                List.of(new ExpenseMileageStop("Acme Logistics HQ, Sofia",
                                new ExpenseMileageStopCoordinates("42.6977", "23.3219")),
                        new ExpenseMileageStop("Plovdiv Freight, Plovdiv",
                                new ExpenseMileageStopCoordinates("42.1354", "24.7453"))),
                true, money("293.0"), DistanceUnit.KILOMETERS, money("295.5"), "car",
                new ExpenseMileageRate(MileageRateType.THRESHOLD, MileageThresholdType.ACCUMULATING,
                        money("1840.25"), List.of("0-5000", "5000+"), rates));
        return new Expense("4821", at("2024-06-09T04:48:23.193Z"), MARIA, at("2024-06-12T09:15:00Z"),
                at("2024-06-10T14:02:37.512Z"), ExpenseType.MILEAGE, ExpenseStatus.READY, true,
                "Client visit Sofia - Plovdiv",
                new ExpenseCategory("cat_travel_mileage", "Mileage", "Travel / Mileage", "cat_travel",
                        at("2023-01-16T08:00:00Z")),
                "Quarterly review with Plovdiv Freight, toll receipt attached",
                List.of(mileageLine, tollLine), reconciliation, new TaxRate("Standard VAT", "BG-S", money("20.00")),
                document, supplier,
                List.of(ExternalLink.of("Purchase invoice PI-2024-00871",
                        "https://erp.acme-logistics.eu/purchase-invoices/PI-2024-00871")),
                null, mileage, Q3_2024);
    }

    /** The first item of {@code expenses-page.json}: a per diem expense. */
    static Expense perDiemExpense() {
        ExpensePerDiemAppliedRule fullDay = new ExpensePerDiemAppliedRule(money("49.00"), "EUR", "Germany full day",
                PerDiemRuleType.RATE);
        ExpensePerDiem perDiem = new ExpensePerDiem(
                List.of(new ExpensePerDiemStop("Messe Berlin, Messedamm 22, 14055 Berlin", at("2024-06-11T06:30:00Z"),
                        "Europe/Berlin", "DE", "Berlin")),
                List.of(new ExpensePerDiemDay("Berlin", "DE", at("2024-06-11T00:00:00Z"), "Europe/Berlin",
                                money("49.00"), "EUR", List.of(fullDay)),
                        new ExpensePerDiemDay("Berlin", "DE", at("2024-06-12T00:00:00Z"), "Europe/Berlin",
                                money("39.20"), "EUR", List.of(fullDay, new ExpensePerDiemAppliedRule(money("9.80"),
                                        "EUR", "Breakfast provided", PerDiemRuleType.DEDUCTION))),
                        new ExpensePerDiemDay("Berlin", "DE", at("2024-06-13T00:00:00Z"), "Europe/Berlin",
                                money("58.80"), "EUR", List.of(fullDay, new ExpensePerDiemAppliedRule(money("9.80"),
                                        "EUR", "Trade fair supplement", PerDiemRuleType.ADDITION)))));
        return new Expense("4822", at("2024-06-14T17:20:05.004Z"),
                new Actor("user_2b9e11", "stefan.dimitrov@acme-logistics.eu", "Stefan", "Dimitrov", null),
                null, at("2024-06-17T08:41:12Z"), ExpenseType.PER_DIEM, ExpenseStatus.READY, false,
                "Per diem Berlin trade fair",
                new ExpenseCategory("cat_travel_per_diem", "Per diem", "Travel / Per diem", "cat_travel", null),
                null,
                List.of(new LineItem("li_1", "cat_travel_per_diem", "Per diem",
                        new Reconciliation(money("147.00"), null, "EUR", money("147.00"), null, "EUR", List.of(),
                                null, null, null),
                        null, null, null)),
                new Reconciliation(money("147.00"), null, "EUR", money("147.00"), null, "EUR", List.of(), null,
                        money("1"), null),
                null, null, null, List.of(), perDiem, null, null);
    }

    /** The second item of {@code expenses-page.json}: a card expense in USD. */
    static Expense cardExpense() {
        return new Expense("4823", at("2024-06-15T10:02:44.871Z"), MARIA, at("2024-06-17T00:00:00Z"), null,
                ExpenseType.CARD, ExpenseStatus.DRAFT, true, "AWS", null, "Monthly cloud invoice", List.of(),
                new Reconciliation(money("312.47"), money("0.00"), "USD", money("289.03"), money("0.00"), "EUR",
                        List.of(), null, money("0.924985"), null),
                null, null, null,
                List.of(ExternalLink.of("Bill 2024-06-AWS", "https://erp.acme-logistics.eu/bills/2024-06-AWS")),
                null, null, null);
    }

    /** {@code expense-payments.json}: a settled card payment with FX and a pending bank payment. */
    static List<ExpensePayment> payments() {
        return List.of(
                new ExpensePayment("pay_3c1f9a", PaymentType.CARD, PaymentStatus.SETTLED, money("312.47"), "EUR",
                        new ExpensePaymentFees(money("2.89"), money("0.00"), money("0")),
                        money("334.10"), "USD", "fa_eur_main", FundAccountType.DEBIT, "AWS EMEA aws.amazon.co LU",
                        at("2024-06-15T10:01:58.320Z"), money("0.935259"), "card_81d2", "4417", List.of("4823")),
                new ExpensePayment("pay_3c1fa0", PaymentType.BANK, PaymentStatus.PENDING, money("1249.10"), "BGN",
                        new ExpensePaymentFees(money("0"), money("0"), money("1.50")),
                        money("1249.10"), "BGN", "fa_bgn_ops", FundAccountType.LINKED_CARD, "Reimbursement M. Ivanova",
                        at("2024-06-12T09:15:00Z"), money("1"), null, null, List.of("4821", "4824")));
    }

    /** {@code expense-workflow.json}: approved after review. */
    static ExpenseWorkflowStatus workflow() {
        return new ExpenseWorkflowStatus(ApprovalStatus.APPROVED, at("2024-06-11T07:55:10.118Z"),
                new Actor("user_c41d08", "elena.georgieva@acme-logistics.eu", "Elena", "Georgieva", "EMP-00012"),
                at("2024-06-10T14:02:37.512Z"),
                new Actor("user_a0e5b7", "finance@acme-logistics.eu", "Nikolay", "Stoyanov", null));
    }

    /** {@code deposit.json}: a EUR top-up from a Bulgarian bank account. */
    static Deposit deposit() {
        return new Deposit("dep_77e0c3", money("25000.00"), "EUR", "fa_eur_main", FundAccountType.DEBIT,
                at("2024-06-03T07:12:45.900Z"), "Top-up June 2024",
                new DepositSender("Acme Logistics EOOD", "BG18RZBB91550123456789", "BG18RZBB91550123456789",
                        "RZBBBGSF", "200000"));
    }

    /** {@code supplier.json}: a US supplier with an ACH account and three kinds of custom field. */
    static Supplier supplier() {
        return new Supplier("Northwind Freight Inc.", "84-1927365", "US", "V-20881",
                "400 Harbor Drive, Suite 12, Oakland, CA 94607", "C4211987", "US841927365", "Dana Whitfield",
                "ar@northwind-freight.example", "+1 510 555 0142",
                List.of(new SupplierBankAccount(PaymentScheme.ACH, "USD", "Northwind Freight Inc.", null, null,
                        "000123456789", "121000358", "checking", "US", "Oakland", "94607", "400 Harbor Drive, Suite 12")),
                "netsuite", "sup_9a4e21",
                List.of(new SupplierCustomFieldData(null, "scf_w9", "netsuite", null, null, null, "file_w9_20881",
                                "W9-Northwind-Freight.pdf", "scf_w9", "W-9 form"),
                        new SupplierCustomFieldData("VENDCLASS", "scf_vendor_class", "netsuite", "scfv_logistics", "LOG",
                                null, null, null, "scf_vendor_class", "Vendor class"),
                        new SupplierCustomFieldData(null, null, null, null, null,
                                "Preferred carrier for West Coast routes", null, null, "scf_notes", "Onboarding notes")),
                SupplierStatus.ACTIVE);
    }

    /** {@code suppliers-page.json}: one active and one archived supplier. */
    static List<Supplier> supplierPage() {
        return List.of(
                new Supplier("Northwind Freight Inc.", null, "US", "V-20881", null, null, null, null, null, null,
                        List.of(new SupplierBankAccount(PaymentScheme.ACH, "USD", "Northwind Freight Inc.", null, null,
                                "000123456789", "121000358", "checking", null, null, null, null)),
                        null, "sup_9a4e21", List.of(), SupplierStatus.ACTIVE),
                new Supplier("Old Office Supplies Ltd", null, "GB", null, null, null, null, null, null, null,
                        List.of(new SupplierBankAccount(PaymentScheme.FASTER_PAYMENTS, "GBP", "Old Office Supplies Ltd",
                                null, null, "41926819", "601613", null, null, null, null, null)),
                        null, "sup_13bb02", List.of(), SupplierStatus.ARCHIVED));
    }

    /** {@code purchase-order.json}: an open receipt-note order, partly received and invoiced. */
    static PurchaseOrder purchaseOrder() {
        Supplier scanTech = new Supplier("ScanTech Europe GmbH", "DE298765432", "DE", "V-30417",
                "Industriestrasse 8, 70565 Stuttgart", null, "DE298765432", "Jonas Keller", "orders@scantech.example",
                null,
                List.of(new SupplierBankAccount(PaymentScheme.SEPA, "EUR", "ScanTech Europe GmbH",
                        "DE89370400440532013000", "COBADEFFXXX", null, null, null, null, null, null, null)),
                "business-central", "sup_e0a4f7", List.of(), SupplierStatus.ACTIVE);
        PurchaseOrderItem scanners = new PurchaseOrderItem("Zebra TC52 handheld scanner", PurchaseOrderUnit.PIECES,
                money("10"), money("389.85"), new ObjectReference("cat_equipment"),
                List.of(new CustomFieldData("cf_cost_center", "Cost center", "DIM1", "business-central",
                        List.of(new CustomFieldDataValue("cfv_ops_plovdiv", "Operations Plovdiv", "CC-520",
                                "business-central", null, null)),
                        null)),
                new Amortization("36 months", "AMORT-SCAN-36", at("2024-06-01T00:00:00Z"), at("2027-05-31T00:00:00Z")),
                "poi_1", at("2024-05-28T11:24:03.311Z"), money("3898.50"), QuantityStatus.PARTIAL, money("5"),
                PurchaseOrderType.RECEIPT_NOTE);
        PurchaseOrderItem training = new PurchaseOrderItem("On-site setup and staff training", PurchaseOrderUnit.HOURS,
                money("4.5"), money("93.33"), new ObjectReference("cat_services"), List.of(), null,
                "poi_2", at("2024-05-28T11:31:47Z"), money("420.00"), QuantityStatus.NONE, money("0"),
                PurchaseOrderType.RECEIPT_NOTE);
        return new PurchaseOrder("Replacement scanners for the Plovdiv warehouse", "PO-2024-0193", "po_5e2d90",
                at("2024-05-28T11:24:03.311Z"), "Warehouse handheld scanners", PurchaseOrderStatus.OPEN, scanTech, "EUR",
                new ApprovalProcessState(new BasicActor("user_c41d08", "Elena Georgieva"), at("2024-05-29T06:40:00Z"),
                        null),
                new BasicActor("user_2b9e11", "Stefan Dimitrov"), PurchaseOrderType.RECEIPT_NOTE,
                money("4318.50"), money("2159.25"), InvoicedAmountStatus.PARTIAL, QuantityStatus.PARTIAL,
                List.of(scanners, training));
    }

    /** {@code webhook-subscription.json}: an active {@code expense.approved} subscription. */
    static WebhookSubscription subscription() {
        return new WebhookSubscription(EventType.EXPENSE_APPROVED,
                "https://erp.acme-logistics.eu/payhawk/webhooks?tenant=acme", "whs_0f6b7c2e",
                at("2024-06-01T09:30:12.045Z"), WebhookSubscriptionStatus.ACTIVE);
    }

    /** {@code webhook-subscriptions-page.json}: active, deactivated by Payhawk, deactivated by the user. */
    static List<WebhookSubscription> subscriptionPage() {
        return List.of(subscription(),
                new WebhookSubscription(EventType.PAYMENT_SETTLED,
                        "https://erp.acme-logistics.eu/payhawk/webhooks?tenant=acme", "whs_4411aa90",
                        at("2024-06-01T09:30:12.377Z"), WebhookSubscriptionStatus.DEACTIVATED_BY_PAYHAWK),
                new WebhookSubscription(EventType.SUPPLIER_UPDATED, "https://old-erp.acme-logistics.eu/hooks/payhawk",
                        "whs_91c03d5f", at("2023-11-20T16:05:00Z"), WebhookSubscriptionStatus.DEACTIVATED_BY_USER));
    }

    /** {@code expense-files.json}: the one file Payhawk accepted. */
    static List<DocumentFile> submittedFiles() {
        return List.of(new DocumentFile("file_a71c", "https://files.payhawk.com/acme/expenses/4821/file_a71c.pdf",
                "application/pdf"));
    }
}
