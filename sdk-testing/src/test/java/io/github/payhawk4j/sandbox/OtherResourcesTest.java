package io.github.payhawk4j.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static io.github.payhawk4j.sandbox.SandboxApi.encode;
import static org.assertj.core.api.Assertions.assertThat;

/** Suppliers, fund-account deposits and purchase orders: what the other events point at. */
class OtherResourcesTest {

    private static final BankAccountDetails ACME_BANK =
            new BankAccountDetails("ACME GmbH", "DE89370400440532013000", "COBADEFFXXX", "EUR");

    private PayhawkSandbox sandbox;
    private SandboxApi api;
    private String account;

    @BeforeEach
    void start() {
        sandbox = TestSigner.quickSandbox().start();
        api = new SandboxApi(sandbox);
        account = "/api/v3/accounts/" + sandbox.accountId();
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void suppliersCanBeListedFilteredAndFetched() {
        String acme = sandbox.account().createSupplier("ACME GmbH", ACME_BANK);
        sandbox.account().addSupplier("{\"name\":\"Old Vendor\",\"status\":\"archived\"}");

        JsonNode all = api.get(account + "/suppliers").json();
        assertThat(all.get("total").asInt()).isEqualTo(2);
        JsonNode active = api.get(account + "/suppliers?$filter=" + encode("{\"status\":{\"$equal\":\"active\"}}")).json();
        assertThat(active.get("items").findValuesAsText("name")).containsExactly("ACME GmbH");

        JsonNode supplier = api.get(account + "/suppliers/" + acme).json();
        assertThat(supplier.get("name").asText()).isEqualTo("ACME GmbH");
        assertThat(supplier.at("/bankAccounts/0/iban").asText()).isEqualTo("DE89370400440532013000");
        assertThat(supplier.at("/bankAccounts/0/paymentScheme").asText()).isEqualTo("sepa");
        assertThat(api.get(account + "/suppliers/sup_999").status()).isEqualTo(404);
    }

    @Test
    void aSupplierBankAccountChangeShowsInTheSupplier() {
        String acme = sandbox.account().createSupplier("ACME GmbH", ACME_BANK);
        sandbox.account().updateSupplierBankAccount(acme,
                new BankAccountDetails("ACME GmbH", "FR1420041010050500013M02606", "PSSTFRPPXXX", "EUR"));
        assertThat(api.get(account + "/suppliers/" + acme).json().at("/bankAccounts/0/iban").asText())
                .isEqualTo("FR1420041010050500013M02606");
    }

    @Test
    void aCardExpenseAtAKnownSupplierCarriesItsId() {
        String acme = sandbox.account().createSupplier("ACME GmbH", null);
        String expense = sandbox.account().createCardExpense(CardPurchase.of("ACME GmbH", new BigDecimal("99.99"), "EUR"));
        assertThat(sandbox.account().expense(expense).at("/supplier/id").asText()).isEqualTo(acme);
    }

    @Test
    void depositsAreFetchedThroughTheirFundAccount() {
        String deposit = sandbox.account().receiveDeposit("fa_eur", new BigDecimal("5000.00"), "EUR");

        SandboxApi.Answer answer = api.get(account + "/fund-accounts/fa_eur/deposits/" + deposit);
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).contains("\"amount\":5000.00");
        assertThat(answer.json().get("fundAccountId").asText()).isEqualTo("fa_eur");
        assertThat(answer.json().get("fundAccountType").asText()).isEqualTo("debit");
        assertThat(api.get(account + "/fund-accounts/fa_usd/deposits/" + deposit).status()).isEqualTo(404);
        assertThat(api.get(account + "/fund-accounts/fa_eur/deposits").json().get("total").asInt()).isEqualTo(1);
    }

    @Test
    void purchaseOrdersAreFetchedWithTheirStatus() {
        String order = sandbox.account().createPurchaseOrder("Laptops", new BigDecimal("4200.00"), "EUR");
        sandbox.account().changePurchaseOrderStatus(order, "open");

        JsonNode purchaseOrder = api.get(account + "/purchase-orders/" + order).json();
        assertThat(purchaseOrder.get("status").asText()).isEqualTo("open");
        assertThat(purchaseOrder.get("purchasedAmount").decimalValue()).isEqualByComparingTo("4200.00");
        assertThat(purchaseOrder.get("items")).hasSize(1);
        assertThat(api.get(account + "/purchase-orders").json().get("total").asInt()).isEqualTo(1);
        assertThat(api.get(account + "/purchase-orders/po_999").status()).isEqualTo(404);
    }
}
