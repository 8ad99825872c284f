package io.github.payhawk4j.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.payhawk4j.model.webhook.EventType;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * One Payhawk account inside a {@link PayhawkSandbox}: its expenses, payments, suppliers, deposits and
 * purchase orders as JSON documents shaped like the API's, and the business operations that change
 * them. Each operation emits its webhook event to the account's active subscriptions, exactly as
 * Payhawk would; the {@code add...} methods only seed data and emit nothing.
 *
 * <p>Thread-safe. Documents handed out are copies. Unknown ids raise {@link NoSuchElementException}.
 */
public final class SandboxAccount {

    private final String id;
    private final String baseCurrency;
    private final JsonCodec json;
    private final IdSequence ids;
    private final SandboxTime time;
    private final EventPublisher events;
    private final SubscriptionRegistry subscriptions;
    private final ExpenseStore expenses = new ExpenseStore();
    private final DocumentStore suppliers = new DocumentStore("Supplier");
    private final DocumentStore supplierCustomFields = new DocumentStore("Supplier custom field");
    private final DocumentStore supplierFiles = new DocumentStore("Supplier file");
    private final DocumentStore deposits = new DocumentStore("Deposit");
    private final TeamStore teams;
    private final DocumentStore fundAccounts = new DocumentStore("Fund account");
    private final DocumentStore expenseCategories = new DocumentStore("Expense category");
    private final DocumentStore users = new DocumentStore("User");
    private final DocumentStore cards = new DocumentStore("Card");
    private final DocumentStore invoices = new DocumentStore("Invoice");
    private final Map<String, ObjectNode> reimbursementDetails = new ConcurrentHashMap<>();
    private final PurchaseOrderStore purchaseOrders;
    private final CustomFieldStore customFields;
    private final MasterDataListStore masterDataLists;

    SandboxAccount(String id, String baseCurrency, JsonCodec json, IdSequence ids, SandboxTime time,
                   EventPublisher events, SubscriptionRegistry subscriptions) {
        this.id = id;
        this.baseCurrency = baseCurrency;
        this.json = json;
        this.ids = ids;
        this.time = time;
        this.events = events;
        this.subscriptions = subscriptions;
        this.teams = new TeamStore(json, ids);
        fundAccounts.put(json.object().put("id", defaultFundAccountId()).put("currency", baseCurrency)
                .put("type", "debit").put("status", "active"));
        String created = time.nowText();
        expenseCategories.put(json.object().put("id", "cat_travel").put("name", "Travel").put("fullName", "Travel")
                .put("createdAt", created));
        expenseCategories.put(json.object().put("id", "cat_taxis").put("name", "Taxis").put("fullName", "Travel / Taxis")
                .put("parentId", "cat_travel").put("createdAt", created));
        expenseCategories.put(json.object().put("id", "cat_meals").put("name", "Meals").put("fullName", "Meals")
                .put("createdAt", created));
        this.purchaseOrders = new PurchaseOrderStore(json, ids, time);
        this.customFields = new CustomFieldStore(ids);
        this.masterDataLists = new MasterDataListStore(ids, time);
    }

    /** The account id, as in {@code /api/v3/accounts/{accountId}}. */
    public String id() {
        return id;
    }

    /** The currency expenses are reported in ({@code reconciliation.baseCurrency}). */
    public String baseCurrency() {
        return baseCurrency;
    }

    // ---- expenses ------------------------------------------------------------------------------

    /**
     * Seeds an expense given as {@code IExpense} JSON, without emitting an event. Required fields
     * left out get defaults: a new {@code id}, {@code createdAt} now, a sandbox {@code createdBy},
     * {@code type} card, {@code status} draft, {@code isPaid} false, empty {@code lineItems} and
     * {@code externalLinks}, and a {@code reconciliation} in the base currency. An expense with the
     * same id is replaced.
     *
     * @return the expense id
     */
    public String addExpense(String expenseJson) {
        return addExpense(json.parseObject(expenseJson));
    }

    /** Seeds an expense given as a JSON tree; see {@link #addExpense(String)}. */
    public String addExpense(ObjectNode expense) {
        ObjectNode document = expense.deepCopy();
        if (document.path("id").asText("").isEmpty()) {
            document.put("id", nextExpenseId());
        }
        String expenseId = document.get("id").asText();
        putIfMissing(document, "createdAt", json.textNode(time.nowText()));
        putIfMissing(document, "createdBy", cardholder());
        putIfMissing(document, "type", json.textNode("card"));
        putIfMissing(document, "status", json.textNode("draft"));
        putIfMissing(document, "isPaid", json.booleanNode(false));
        putIfMissing(document, "title", json.textNode("Expense " + expenseId));
        putIfMissing(document, "lineItems", json.array());
        putIfMissing(document, "reconciliation", json.object().put("baseCurrency", baseCurrency));
        putIfMissing(document, "externalLinks", json.array());
        ObjectNode workflow = json.object().put("approvalStatus", "pending");
        expenses.add(document, workflow);
        return expenseId;
    }

    /**
     * A cardholder pays by card: creates a draft card expense with one line item and a pending card
     * payment, then emits {@code expense.created} and {@code payment.authorized}.
     *
     * @return the expense id
     * @throws IllegalArgumentException if the purchase is in a foreign currency without an exchange rate
     */
    public String createCardExpense(CardPurchase purchase) {
        Objects.requireNonNull(purchase, "purchase");
        BigDecimal fxRate = fxRateOf(purchase);
        BigDecimal tax = purchase.taxAmount() == null ? BigDecimal.ZERO.setScale(2) : purchase.taxAmount();
        String expenseId = nextExpenseId();
        String now = time.nowText();

        ObjectNode reconciliation = json.object()
                .put("totalAmount", purchase.amount())
                .put("taxAmount", tax)
                .put("currency", purchase.currency())
                .put("baseTotalAmount", toBase(purchase.amount(), fxRate))
                .put("baseTaxAmount", toBase(tax, fxRate))
                .put("baseCurrency", baseCurrency)
                .put("fxRate", fxRate);
        if (purchase.accountCode() != null) {
            reconciliation.put("accountCode", purchase.accountCode());
        }
        ObjectNode lineItem = json.object().put("id", expenseId + "-1");
        ObjectNode expense = json.object()
                .put("id", expenseId)
                .put("createdAt", now)
                .put("type", "card")
                .put("status", "draft")
                .put("isPaid", false)
                .put("title", purchase.title() != null ? purchase.title() : purchase.merchant());
        expense.set("createdBy", cardholder());
        if (purchase.note() != null) {
            expense.put("note", purchase.note());
        }
        if (purchase.category() != null) {
            String categoryId = "cat_" + purchase.category().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
            expense.set("category", json.object().put("id", categoryId).put("name", purchase.category())
                    .put("fullName", purchase.category()));
            lineItem.put("categoryId", categoryId).put("category", purchase.category());
        }
        lineItem.set("reconciliation", reconciliation.deepCopy());
        expense.set("lineItems", json.array().add(lineItem));
        expense.set("reconciliation", reconciliation);
        ObjectNode document = json.object().put("documentDate", now).put("documentType", "receipt");
        document.set("files", json.array());
        expense.set("document", document);
        expense.set("supplier", expenseSupplier(purchase.merchant()));
        expense.set("externalLinks", json.array());

        String paymentId = ids.next("pay_");
        ObjectNode payment = json.object()
                .put("id", paymentId)
                .put("type", "card")
                .put("status", "pending")
                .put("amount", toBase(purchase.amount(), fxRate))
                .put("currency", baseCurrency)
                .put("originalAmount", purchase.amount())
                .put("originalCurrency", purchase.currency())
                .put("fundAccountId", defaultFundAccountId())
                .put("fundAccountType", "debit")
                .put("description", "Card payment at " + purchase.merchant())
                .put("date", now)
                .put("fxRate", fxRate)
                .put("cardId", "card_1")
                .put("cardLastDigits", "4242");
        payment.set("fees", json.object().put("fx", BigDecimal.ZERO.setScale(2))
                .put("pos", BigDecimal.ZERO.setScale(2)).put("bank", BigDecimal.ZERO.setScale(2)));
        payment.set("expenseIds", json.array().add(expenseId));

        expenses.add(expense, json.object().put("approvalStatus", "pending"));
        expenses.addPayment(expenseId, payment);
        events.publish(id, EventType.EXPENSE_CREATED, expensePayload(expenseId));
        events.publish(id, EventType.PAYMENT_AUTHORIZED, paymentPayload(expenseId, paymentId));
        return expenseId;
    }

    /** A finance reviewer reviews the expense: it becomes {@code ready}; emits {@code expense.reviewed}. */
    public void reviewExpense(String expenseId) {
        String now = time.nowText();
        expenses.update(expenseId, expense -> expense.put("status", "ready").put("reviewedAt", now));
        expenses.updateWorkflow(expenseId, workflow -> {
            workflow.put("reviewedAt", now);
            workflow.set("reviewedBy", reviewer());
        });
        events.publish(id, EventType.EXPENSE_REVIEWED, expensePayload(expenseId));
    }

    /** An approver approves the expense (workflow {@code approved}); emits {@code expense.approved}. */
    public void approveExpense(String expenseId) {
        String now = time.nowText();
        expenses.updateWorkflow(expenseId, workflow -> {
            workflow.put("approvalStatus", "approved").put("approvedAt", now);
            workflow.set("approvedBy", reviewer());
        });
        events.publish(id, EventType.EXPENSE_APPROVED, expensePayload(expenseId));
    }

    /** The expense is deleted (status {@code deleted}, still readable); emits {@code expense.deleted}. */
    public void deleteExpense(String expenseId) {
        expenses.update(expenseId, expense -> expense.put("status", "deleted"));
        events.publish(id, EventType.EXPENSE_DELETED, expensePayload(expenseId));
    }

    /**
     * The expense's pending payment settles: the payment becomes {@code settled} and the expense paid;
     * emits {@code payment.settled}.
     *
     * @return the payment id
     * @throws IllegalStateException if the expense has no pending payment
     */
    public String settlePayment(String expenseId) {
        String now = time.nowText();
        ObjectNode payment = expenses.updateLatestPayment(expenseId, SandboxAccount::isPending, "pending",
                p -> p.put("status", "settled").put("date", now));
        expenses.update(expenseId, expense -> expense.put("isPaid", true).put("settledAt", now));
        String paymentId = payment.get("id").asText();
        events.publish(id, EventType.PAYMENT_SETTLED, paymentPayload(expenseId, paymentId));
        return paymentId;
    }

    /**
     * The expense's pending payment fails (e.g. declined); emits {@code payment.failed}.
     *
     * @return the payment id
     * @throws IllegalStateException if the expense has no pending payment
     */
    public String failPayment(String expenseId) {
        ObjectNode payment = expenses.updateLatestPayment(expenseId, SandboxAccount::isPending, "pending",
                p -> p.put("status", "failed"));
        String paymentId = payment.get("id").asText();
        events.publish(id, EventType.PAYMENT_FAILED, paymentPayload(expenseId, paymentId));
        return paymentId;
    }

    /**
     * The expense's pending or settled payment is reverted (refunded); the expense is no longer paid;
     * emits {@code payment.reverted}.
     *
     * @return the payment id
     * @throws IllegalStateException if the expense has no pending or settled payment
     */
    public String revertPayment(String expenseId) {
        ObjectNode payment = expenses.updateLatestPayment(expenseId,
                p -> isPending(p) || "settled".equals(p.path("status").asText()), "pending or settled",
                p -> p.put("status", "reverted"));
        expenses.update(expenseId, expense -> expense.put("isPaid", false));
        String paymentId = payment.get("id").asText();
        events.publish(id, EventType.PAYMENT_REVERTED, paymentPayload(expenseId, paymentId));
        return paymentId;
    }

    /** A copy of the expense as {@code GET /expenses/{id}} returns it. */
    public ObjectNode expense(String expenseId) {
        return expenses.find(expenseId)
                .orElseThrow(() -> new NoSuchElementException("No expense with id '" + expenseId + "'"));
    }

    /** Copies of the expense's payments, oldest first. */
    public List<ObjectNode> payments(String expenseId) {
        return expenses.payments(expenseId);
    }

    /** Copies of all the account's expenses, oldest first. */
    public List<ObjectNode> expenses() {
        return expenses.all();
    }

    // ---- suppliers ------------------------------------------------------------------------------

    /** Seeds a supplier given as {@code ISupplier} JSON (id, status active added if missing); no event. */
    public String addSupplier(String supplierJson) {
        ObjectNode supplier = json.parseObject(supplierJson);
        if (supplier.path("id").asText("").isEmpty()) {
            supplier.put("id", ids.next("sup_"));
        }
        putIfMissing(supplier, "status", json.textNode("active"));
        suppliers.put(supplier);
        return supplier.get("id").asText();
    }

    /** A new supplier without bank details; emits {@code supplier.created}. */
    public String createSupplier(String name) {
        return createSupplier(name, null);
    }

    /**
     * A new active supplier, with a bank account if {@code bankAccount} is not {@code null};
     * emits {@code supplier.created}.
     *
     * @return the supplier id
     */
    public String createSupplier(String name, BankAccountDetails bankAccount) {
        Objects.requireNonNull(name, "name");
        String supplierId = ids.next("sup_");
        ObjectNode supplier = json.object().put("id", supplierId).put("name", name).put("status", "active");
        supplier.set("bankAccounts", bankAccount == null ? json.array() : json.array().add(bankAccount(bankAccount)));
        suppliers.put(supplier);
        events.publish(id, EventType.SUPPLIER_CREATED, json.object().put("supplierId", supplierId));
        return supplierId;
    }

    /** The supplier's bank account is replaced; emits {@code supplier.updated}. */
    public void updateSupplierBankAccount(String supplierId, BankAccountDetails bankAccount) {
        Objects.requireNonNull(bankAccount, "bankAccount");
        suppliers.update(supplierId, supplier -> supplier.set("bankAccounts", json.array().add(bankAccount(bankAccount))));
        events.publish(id, EventType.SUPPLIER_UPDATED, json.object().put("supplierId", supplierId));
    }

    /**
     * Seeds a supplier custom field given as {@code ISupplierCustomField} JSON ({@code label}, {@code type}
     * fixed_list, text or file_upload, optional {@code externalId} and {@code values}); ids of the field and its
     * values are added if missing. Suppliers created through the API can then set it.
     *
     * @return the custom field id
     */
    public String addSupplierCustomField(String customFieldJson) {
        ObjectNode field = json.parseObject(customFieldJson);
        if (field.path("id").asText("").isEmpty()) {
            field.put("id", ids.next("scf_"));
        }
        for (JsonNode value : field.path("values")) {
            if (value instanceof ObjectNode object && object.path("id").asText("").isEmpty()) {
                object.put("id", ids.next("scfv_"));
            }
        }
        putIfMissing(field, "values", json.array());
        supplierCustomFields.put(field);
        return field.get("id").asText();
    }

    /** A copy of the supplier as {@code GET /suppliers/{id}} returns it. */
    public ObjectNode supplier(String supplierId) {
        return suppliers.find(supplierId)
                .orElseThrow(() -> new NoSuchElementException("No supplier with id '" + supplierId + "'"));
    }

    // ---- deposits -------------------------------------------------------------------------------

    /**
     * Money arrives in a fund account: records a deposit; emits {@code deposit.received} with
     * {@code fundAccountId} and {@code depositId}.
     *
     * @return the deposit id
     */
    public String receiveDeposit(String fundAccountId, BigDecimal amount, String currency) {
        Objects.requireNonNull(fundAccountId, "fundAccountId");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        String depositId = ids.next("dep_");
        ObjectNode deposit = json.object()
                .put("id", depositId)
                .put("amount", amount)
                .put("currency", currency)
                .put("fundAccountId", fundAccountId)
                .put("fundAccountType", "debit")
                .put("date", time.nowText())
                .put("description", "Incoming bank transfer");
        deposit.set("sender", json.object().put("name", "Sandbox Treasury Ltd").put("iban", "GB33BUKB20201555555555"));
        deposits.put(deposit);
        events.publish(id, EventType.DEPOSIT_RECEIVED,
                json.object().put("fundAccountId", fundAccountId).put("depositId", depositId));
        return depositId;
    }

    /** A copy of the deposit as {@code GET /fund-accounts/{fundAccountId}/deposits/{id}} returns it. */
    public ObjectNode deposit(String depositId) {
        return deposits.find(depositId)
                .orElseThrow(() -> new NoSuchElementException("No deposit with id '" + depositId + "'"));
    }

    /** The fund account card payments are made from, {@code fa_} plus the base currency. */
    public String defaultFundAccountId() {
        return "fa_" + baseCurrency.toLowerCase(Locale.ROOT);
    }

    // ---- purchase orders -----------------------------------------------------------------------

    /** Seeds a draft purchase order with one item worth {@code amount}; no event. */
    public String createPurchaseOrder(String title, BigDecimal amount, String currency) {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        String purchaseOrderId = ids.next("po_");
        String now = time.nowText();
        ObjectNode item = json.object()
                .put("id", purchaseOrderId + "-1")
                .put("createdAt", now)
                .put("description", title)
                .put("units", "pieces")
                .put("purchasedQuantity", BigDecimal.ONE)
                .put("unitPrice", amount)
                .put("totalPurchasedAmount", amount)
                .put("type", "normal");
        ObjectNode purchaseOrder = json.object()
                .put("id", purchaseOrderId)
                .put("purchaseOrderNumber", "PO-" + purchaseOrderId.substring(3))
                .put("createdAt", now)
                .put("title", title)
                .put("note", "")
                .put("status", "draft")
                .put("currency", currency)
                .put("type", "normal")
                .put("purchasedAmount", amount)
                .put("invoicedAmount", BigDecimal.ZERO.setScale(2))
                .put("invoicedAmountStatus", "none");
        purchaseOrder.set("createdBy", json.object().put("id", "usr_1").put("fullName", "Alex Morgan"));
        purchaseOrder.set("items", json.array().add(item));
        purchaseOrders.put(purchaseOrder);
        return purchaseOrderId;
    }

    /**
     * The purchase order moves to {@code status} (draft, pending_approval, open, returned, rejected,
     * closed); emits {@code purchase-order.status.changed} with {@code purchaseOrderId} and {@code status}.
     */
    public void changePurchaseOrderStatus(String purchaseOrderId, String status) {
        Objects.requireNonNull(status, "status");
        purchaseOrders.update(purchaseOrderId, order -> order.put("status", status));
        events.publish(id, EventType.PURCHASE_ORDER_STATUS_CHANGED,
                json.object().put("purchaseOrderId", purchaseOrderId).put("status", status));
    }

    /** A copy of the purchase order as {@code GET /purchase-orders/{id}} returns it. */
    public ObjectNode purchaseOrder(String purchaseOrderId) {
        return purchaseOrders.find(purchaseOrderId)
                .orElseThrow(() -> new NoSuchElementException("No purchase order with id '" + purchaseOrderId + "'"));
    }

    // ---- custom fields ----------------------------------------------------------------------------

    /**
     * Seeds a custom field ({@code ICustomField}) with this label and external id (null for none).
     *
     * @return the custom field id
     */
    public String addCustomField(String label, String externalId) {
        ObjectNode field = json.object().put("label", Objects.requireNonNull(label, "label"));
        if (externalId != null) {
            field.put("externalId", externalId);
        }
        return customFields.createField(field).get("id").asText();
    }

    /**
     * Seeds a value of the custom field {@code customFieldId} with this label and external id (null for none).
     *
     * @return the value id
     * @throws NoSuchElementException if there is no such custom field
     */
    public String addCustomFieldValue(String customFieldId, String label, String externalId) {
        ObjectNode value = json.object().put("label", Objects.requireNonNull(label, "label"));
        if (externalId != null) {
            value.put("externalId", externalId);
        }
        try {
            return customFields.createValue(customFieldId, value).get("id").asText();
        } catch (RefusedRequestException e) {
            throw e.status() == 404 ? new NoSuchElementException(e.getMessage()) : new IllegalArgumentException(e.getMessage());
        }
    }

    // ---- webhook subscriptions --------------------------------------------------------------------

    /** Copies of the account's webhook subscriptions ({@code IWebhookSubscription}), oldest first. */
    public List<ObjectNode> webhookSubscriptions() {
        return subscriptions.list(id);
    }

    // ---- users ------------------------------------------------------------------------------------

    /**
     * The user fills in where their expenses are reimbursed to, as {@code GET /users/{id}/reimbursement-details}
     * then returns them; no event.
     *
     * @throws NoSuchElementException if the account has no such user (invite one with {@code POST /users})
     */
    public void setReimbursementDetails(String userId, String accountHolder, String currency) {
        Objects.requireNonNull(currency, "currency");
        if (!users.contains(userId)) {
            throw new NoSuchElementException("No user with id '" + userId + "'");
        }
        ObjectNode details = json.object();
        if (accountHolder != null) {
            details.put("accountHolder", accountHolder);
        }
        reimbursementDetails.put(userId, details.put("currency", currency));
    }

    // ---- used by the API endpoints ----------------------------------------------------------------

    ExpenseStore expenseStore() {
        return expenses;
    }

    DocumentStore supplierStore() {
        return suppliers;
    }

    DocumentStore supplierCustomFieldStore() {
        return supplierCustomFields;
    }

    /**
     * {@code POST /suppliers}: stores the validated supplier, active, with a new id; emits {@code supplier.created}.
     * A supplier with the same {@code externalId} is a conflict.
     */
    ObjectNode createSupplier(ObjectNode supplier) {
        String supplierId = ids.next("sup_");
        synchronized (suppliers) {
            refuseTakenExternalId(supplier, supplierId);
            supplier.put("id", supplierId).put("status", "active");
            putIfMissing(supplier, "bankAccounts", json.array());
            putIfMissing(supplier, "customFields", json.array());
            suppliers.put(supplier);
        }
        events.publish(id, EventType.SUPPLIER_CREATED, json.object().put("supplierId", supplierId));
        return supplier(supplierId);
    }

    /** {@code PATCH /suppliers/{id}} and its status: sets the fields of {@code changes}; emits {@code supplier.updated}. */
    ObjectNode updateSupplier(String supplierId, ObjectNode changes) {
        ObjectNode updated;
        synchronized (suppliers) {
            refuseTakenExternalId(changes, supplierId);
            updated = suppliers.update(supplierId, supplier -> supplier.setAll(changes));
        }
        events.publish(id, EventType.SUPPLIER_UPDATED, json.object().put("supplierId", supplierId));
        return updated;
    }

    /** {@code POST /suppliers/upload-file}: keeps the file, for a file custom field; returns its id. */
    String storeSupplierFile(MultipartFiles.Part part) {
        String fileId = ids.next("sfile_");
        supplierFiles.put(json.object().put("id", fileId).put("fileName", part.fileName()).put("contentType", part.contentType())
                .put("size", part.content().length));
        return fileId;
    }

    boolean hasSupplierFile(String fileId) {
        return supplierFiles.contains(fileId);
    }

    DocumentStore depositStore() {
        return deposits;
    }

    PurchaseOrderStore purchaseOrderStore() {
        return purchaseOrders;
    }

    TeamStore teamStore() {
        return teams;
    }

    DocumentStore invoiceStore() {
        return invoices;
    }

    DocumentStore cardStore() {
        return cards;
    }

    DocumentStore userStore() {
        return users;
    }

    /** A copy of the user's reimbursement details, if they filled them in. */
    Optional<ObjectNode> reimbursementDetails(String userId) {
        return Optional.ofNullable(reimbursementDetails.get(userId)).map(ObjectNode::deepCopy);
    }

    DocumentStore fundAccountStore() {
        return fundAccounts;
    }

    DocumentStore expenseCategoryStore() {
        return expenseCategories;
    }

    /** The account as {@code GET /accounts/{id}} returns it ({@code IAccount}). */
    ObjectNode accountDocument() {
        return json.object().put("id", id).put("name", "Sandbox account " + id).put("uic", "SBX-" + id)
                .put("vat", "EU-SBX-" + id).put("baseCurrency", baseCurrency);
    }

    /**
     * The bank statement of a fund account ({@code IBankStatementLine}s, oldest first): a debit line per settled
     * payment made from it, a credit line per deposit into it.
     */
    List<ObjectNode> bankStatement(String fundAccountId) {
        List<ObjectNode> lines = new ArrayList<>();
        for (ObjectNode expense : expenses.all()) {
            for (ObjectNode payment : expenses.payments(expense.path("id").asText())) {
                if (fundAccountId.equals(payment.path("fundAccountId").asText())
                        && "settled".equals(payment.path("status").asText())) {
                    ObjectNode line = json.object().put("id", "bsl_" + payment.path("id").asText()).put("type", "debit")
                            .put("paymentId", payment.path("id").asText()).put("fundAccountId", fundAccountId)
                            .put("date", payment.path("date").asText()).put("currency", payment.path("currency").asText())
                            .put("amount", payment.path("amount").decimalValue())
                            .put("paidCurrency", payment.path("originalCurrency").asText())
                            .put("paidAmount", payment.path("originalAmount").decimalValue())
                            .put("fxRate", payment.path("fxRate").decimalValue())
                            .put("description", payment.path("description").asText());
                    line.set("fees", payment.path("fees").deepCopy());
                    line.set("expenseIds", payment.path("expenseIds").deepCopy());
                    lines.add(line);
                }
            }
        }
        for (ObjectNode deposit : deposits.all()) {
            if (fundAccountId.equals(deposit.path("fundAccountId").asText())) {
                ObjectNode line = json.object().put("id", "bsl_" + deposit.path("id").asText()).put("type", "credit")
                        .put("paymentId", deposit.path("id").asText()).put("fundAccountId", fundAccountId)
                        .put("date", deposit.path("date").asText()).put("currency", deposit.path("currency").asText())
                        .put("amount", deposit.path("amount").decimalValue())
                        .put("paidCurrency", deposit.path("currency").asText())
                        .put("paidAmount", deposit.path("amount").decimalValue())
                        .put("fxRate", BigDecimal.ONE)
                        .put("description", deposit.path("description").asText());
                line.set("fees", json.object().put("fx", BigDecimal.ZERO).put("pos", BigDecimal.ZERO).put("bank", BigDecimal.ZERO));
                line.set("expenseIds", json.array());
                lines.add(line);
            }
        }
        lines.sort(Comparator.comparing(line -> Instant.parse(line.path("date").asText())));
        return lines;
    }

    /** {@code POST .../goods-received-notes/{id}/files}: the files are listed in the note's document; no event. */
    void attachGoodsReceivedNoteFiles(String purchaseOrderId, String noteId, List<MultipartFiles.Part> parts) {
        List<ObjectNode> files = fileDocuments(parts);
        purchaseOrders.attachNoteFiles(purchaseOrderId, noteId, files);
    }

    /** {@code POST /purchase-orders/{id}/open}: see {@link PurchaseOrderStore#open}; emits {@code purchase-order.status.changed}. */
    void openPurchaseOrder(String purchaseOrderId) {
        purchaseOrders.open(purchaseOrderId);
        events.publish(id, EventType.PURCHASE_ORDER_STATUS_CHANGED,
                json.object().put("purchaseOrderId", purchaseOrderId).put("status", "open"));
    }

    CustomFieldStore customFieldStore() {
        return customFields;
    }

    MasterDataListStore masterDataLists() {
        return masterDataLists;
    }

    /** The email of the account's user {@code userId}: the sandbox's cardholder and reviewer are its users. */
    Optional<String> userEmail(String userId) {
        return Stream.of(cardholder(), reviewer())
                .filter(user -> user.get("id").asText().equals(userId))
                .map(user -> user.get("email").asText())
                .findFirst();
    }

    /** {@code PATCH /expenses/{id}}: replaces the external links; Payhawk emits no event for it. */
    ObjectNode replaceExternalLinks(String expenseId, ArrayNode externalLinks) {
        return expenses.update(expenseId, expense -> expense.set("externalLinks", externalLinks.deepCopy()));
    }

    /** {@code POST /expenses/{id}/bank-payment-details}: marks the expense paid; emits the details update. */
    void addBankPaymentDetails(String expenseId, ObjectNode details) {
        expenses.putBankPaymentDetails(expenseId, details);
        expenses.update(expenseId, expense -> expense.put("isPaid", true));
        events.publish(id, EventType.EXPENSE_PAYMENT_DETAILS_UPDATED, expensePayload(expenseId));
    }

    /** {@code DELETE /expenses/{id}/bank-payment-details}: marks the expense unpaid; emits the details update. */
    void removeBankPaymentDetails(String expenseId) {
        expenses.removeBankPaymentDetails(expenseId);
        expenses.update(expenseId, expense -> expense.put("isPaid", false));
        events.publish(id, EventType.EXPENSE_PAYMENT_DETAILS_UPDATED, expensePayload(expenseId));
    }

    /** {@code POST /expenses/{id}/files}: adds the files to the expense's document; Payhawk emits no event. */
    List<ObjectNode> attachFiles(String expenseId, List<MultipartFiles.Part> parts) {
        List<ObjectNode> files = fileDocuments(parts);
        expenses.update(expenseId, expense -> {
            JsonNode existing = expense.get("document");
            ObjectNode document = existing instanceof ObjectNode object ? object : expense.putObject("document");
            ArrayNode attached = document.get("files") instanceof ArrayNode array ? array : document.putArray("files");
            files.forEach(file -> attached.add(file.deepCopy()));
        });
        return files;
    }

    // ---- parts ------------------------------------------------------------------------------------

    private String nextExpenseId() {
        String next = ids.next("");
        while (expenses.contains(next)) {
            next = ids.next("");
        }
        return next;
    }

    private BigDecimal fxRateOf(CardPurchase purchase) {
        if (purchase.fxRate() != null) {
            return purchase.fxRate();
        }
        if (purchase.currency().equals(baseCurrency)) {
            return BigDecimal.ONE;
        }
        throw new IllegalArgumentException("A purchase in " + purchase.currency() + " needs an exchange rate to "
                + baseCurrency + ": use CardPurchase.withFxRate(...)");
    }

    private static BigDecimal toBase(BigDecimal amount, BigDecimal fxRate) {
        return amount.multiply(fxRate).setScale(2, RoundingMode.HALF_EVEN);
    }

    private static boolean isPending(ObjectNode payment) {
        return "pending".equals(payment.path("status").asText());
    }

    private ObjectNode expenseSupplier(String name) {
        ObjectNode supplier = json.object();
        suppliers.all().stream()
                .filter(known -> name.equals(known.path("name").asText()))
                .findFirst()
                .ifPresent(known -> supplier.put("id", known.get("id").asText()));
        return supplier.put("name", name);
    }

    private ObjectNode bankAccount(BankAccountDetails details) {
        return json.object()
                .put("paymentScheme", "sepa")
                .put("currency", details.currency())
                .put("accountHolder", details.accountHolder())
                .put("iban", details.iban())
                .put("bicSwift", details.bicSwift());
    }

    private ObjectNode cardholder() {
        return json.object().put("id", "usr_1").put("email", "alex.morgan@example.com")
                .put("firstName", "Alex").put("lastName", "Morgan");
    }

    private ObjectNode reviewer() {
        return json.object().put("id", "usr_2").put("email", "sam.reviewer@example.com")
                .put("firstName", "Sam").put("lastName", "Reviewer");
    }

    private ObjectNode expensePayload(String expenseId) {
        return json.object().put("expenseId", expenseId);
    }

    private ObjectNode paymentPayload(String expenseId, String paymentId) {
        return json.object().put("expenseId", expenseId).put("paymentId", paymentId);
    }

    private void refuseTakenExternalId(ObjectNode supplier, String supplierId) {
        String externalId = supplier.path("externalId").asText("");
        if (externalId.isEmpty()) {
            return;
        }
        suppliers.all().stream()
                .filter(other -> !other.path("id").asText().equals(supplierId) && externalId.equals(other.path("externalId").asText()))
                .findFirst()
                .ifPresent(other -> {
                    throw RefusedRequestException.conflict("Supplier '" + other.get("id").asText()
                            + "' already has externalId '" + externalId + "'");
                });
    }

    /** The uploaded parts as Payhawk lists files ({@code IFile}), each with a new id. */
    private List<ObjectNode> fileDocuments(List<MultipartFiles.Part> parts) {
        return parts.stream()
                .map(part -> {
                    String fileId = ids.next("file_");
                    return json.object()
                            .put("id", fileId)
                            .put("url", "https://files.sandbox.invalid/" + fileId + "/" + part.fileName())
                            .put("contentType", part.contentType());
                })
                .toList();
    }

    private static void putIfMissing(ObjectNode document, String field, JsonNode value) {
        if (!document.hasNonNull(field)) {
            document.set(field, value);
        }
    }
}
