package io.github.payhawk4j.examples.snippets;

import io.github.payhawk4j.client.PayhawkClient;
import io.github.payhawk4j.examples.erp.ErpLedger;
import io.github.payhawk4j.sandbox.BankAccountDetails;
import io.github.payhawk4j.sandbox.CardPurchase;
import io.github.payhawk4j.sandbox.PayhawkSandbox;
import io.github.payhawk4j.model.ExternalLink;
import io.github.payhawk4j.webhooks.testing.WebhookSigner;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs the ERP sync recipe's snippets end to end: sandbox deliveries through Jetty into the ledger. */
class ErpSyncSnippetsTest {

    @Test
    void theRecipeKeepsTheLedgerInSyncWithTheSandbox() throws Exception {
        try (PayhawkSandbox sandbox = PayhawkSandbox.builder().signer(WebhookSigner.generate(2048))
                .deliveryBackoff(Duration.ofMillis(100), Duration.ofSeconds(1)).deliveryTimeout(Duration.ofSeconds(60)).start();
             ErpLedger ledger = ErpLedger.inMemory()) {
            PayhawkClient client = PayhawkClient.builder()
                    .baseUrl(sandbox.baseUrl()).apiKey(sandbox.apiKey()).accountId(sandbox.accountId()).build();
            Server server = new Server();
            ServerConnector connector = new ServerConnector(server);
            connector.setHost("127.0.0.1");
            server.addConnector(connector);
            ServletContextHandler context = ErpSyncSnippets.mount(
                    ErpSyncSnippets.dispatcher(client, ledger, "https://erp.example/journal/"));
            server.setHandler(context);
            server.start();
            try {
                ErpSyncSnippets.subscribe(client, "http://127.0.0.1:" + connector.getLocalPort() + "/payhawk/webhooks");
                String supplierId = sandbox.account().createSupplier("Lufthansa",
                        new BankAccountDetails("Deutsche Lufthansa AG", "DE89370400440532013000", "COBADEFFXXX", "EUR"));
                String paid = sandbox.account().createCardExpense(CardPurchase.of("AWS", new BigDecimal("118.40"), "USD")
                        .withFxRate(new BigDecimal("0.9235")).withCategory("Software", "6400"));
                String declined = sandbox.account().createCardExpense(CardPurchase.of("Figma", new BigDecimal("48.40"), "EUR"));
                sandbox.account().reviewExpense(paid);
                sandbox.account().settlePayment(paid);
                sandbox.account().failPayment(declined);

                assertThat(sandbox.awaitDeliveries(Duration.ofSeconds(60))).isTrue();
                assertThat(ledger.journal().entryFor(paid)).hasValueSatisfying(entry -> {
                    assertThat(entry.isBalanced()).isTrue();
                    assertThat(entry.totalCredit()).isEqualByComparingTo("109.34");
                    assertThat(client.expenses().get(paid).externalLinks()).containsExactly(
                            ExternalLink.of("ERP " + entry.documentNumber(),
                                    "https://erp.example/journal/" + entry.documentNumber()));
                });
                assertThat(ledger.settlements()).singleElement().satisfies(settlement -> {
                    assertThat(settlement.expenseId()).isEqualTo(paid);
                    assertThat(settlement.amount()).isEqualByComparingTo("109.34");
                    assertThat(settlement.currency()).isEqualTo("EUR");
                });
                assertThat(ledger.suppliers().find(supplierId)).hasValueSatisfying(
                        supplier -> assertThat(supplier.iban()).isEqualTo("DE89370400440532013000"));
                assertThat(ledger.notifications()).singleElement()
                        .satisfies(notification -> assertThat(notification.reference()).isEqualTo(declined));
            } finally {
                server.stop();
            }
        }
    }
}
