package io.github.payhawk4j.examples.demo;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.payhawk4j.sandbox.BankAccountDetails;
import io.github.payhawk4j.sandbox.CardPurchase;
import io.github.payhawk4j.sandbox.PayhawkSandbox;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The business day the demo plays through the sandbox, in an account whose base currency is EUR: a supplier
 * is onboarded, cards are used in EUR and USD, finance reviews the expenses, payments settle, one fails, and the
 * supplier changes bank. Each step makes the sandbox send the matching webhook.
 */
final class BusinessDayScript {

    /** USD to EUR on the demo's day: exact, so base amounts are predictable to the cent. */
    static final BigDecimal USD_TO_EUR = new BigDecimal("0.9235");

    private final PayhawkSandbox sandbox;
    private final LedgerOutage outage;
    private final PrintStream out;
    private final Runnable awaitDeliveries;

    /**
     * A script for {@code sandbox}.
     *
     * @param awaitDeliveries run after each step, so its webhooks are handled before the next step starts
     */
    BusinessDayScript(PayhawkSandbox sandbox, LedgerOutage outage, PrintStream out, Runnable awaitDeliveries) {
        this.sandbox = sandbox;
        this.outage = outage;
        this.out = out;
        this.awaitDeliveries = awaitDeliveries;
    }

    /**
     * Plays the day.
     *
     * @return the ids of the expenses finance reviewed, each of which should end up in the journal
     */
    List<String> play() {
        step("supplier onboarded: Lufthansa, paid to Commerzbank");
        String lufthansa = sandbox.account().createSupplier("Lufthansa",
                new BankAccountDetails("Deutsche Lufthansa AG", "DE89370400440532013000", "COBADEFFXXX", "EUR"));

        step("card purchases in EUR and USD");
        String flight = purchase(CardPurchase.of("Lufthansa", new BigDecimal("420.00"), "EUR")
                .withTitle("Flight MUC-LHR").withCategory("Travel", "6100"));
        String aws = purchase(CardPurchase.of("Amazon Web Services", new BigDecimal("118.40"), "USD")
                .withFxRate(USD_TO_EUR).withTitle("AWS November").withCategory("Software", "6400"));
        String hotel = purchase(CardPurchase.of("Hilton New York", new BigDecimal("389.00"), "USD")
                .withFxRate(USD_TO_EUR).withTax(new BigDecimal("34.00")).withTitle("Hotel New York")
                .withCategory("Lodging", "6110"));
        String lunch = purchase(CardPurchase.of("Zum Franziskaner", new BigDecimal("86.50"), "EUR")
                .withTax(new BigDecimal("13.81")).withTitle("Team lunch").withCategory("Meals", "6200"));
        String figma = purchase(CardPurchase.of("Figma", new BigDecimal("48.40"), "USD")
                .withFxRate(USD_TO_EUR).withTitle("Figma seats").withCategory("Software", "6400"));
        String conference = sandbox.account().addExpense(conferenceTrip());
        out.printf("  expense %-6s Conference trip: ticket + meals, two line items, 363.21 USD%n", conference);

        step("finance reviews five expenses (injected fault: the ledger is down for the first try of expense " + aws + ")");
        // The demo's deliberate fault: the ledger handler fails once for this expense, so the delivery is retried.
        outage.failNextReviewOf(aws);
        List<String> reviewed = List.of(flight, aws, hotel, lunch, conference);
        reviewed.forEach(sandbox.account()::reviewExpense);

        step("card payments settle; the Figma payment is declined");
        for (String expenseId : List.of(flight, aws, hotel, lunch)) {
            sandbox.account().settlePayment(expenseId);
        }
        sandbox.account().failPayment(figma);

        step("Lufthansa moves its account to Deutsche Bank");
        sandbox.account().updateSupplierBankAccount(lufthansa,
                new BankAccountDetails("Deutsche Lufthansa AG", "DE02100700000123456789", "DEUTDEBBXXX", "EUR"));
        awaitDeliveries.run();
        return new ArrayList<>(reviewed);
    }

    private String purchase(CardPurchase purchase) {
        String expenseId = sandbox.account().createCardExpense(purchase);
        out.printf("  expense %-6s %s: %s %s at %s%n", expenseId, purchase.title(), purchase.amount().toPlainString(),
                purchase.currency(), purchase.merchant());
        return expenseId;
    }

    private void step(String text) {
        awaitDeliveries.run();
        out.println("-> " + text);
    }

    // Two line items converted one by one; their base amounts differ from the converted total by a cent.
    private static ObjectNode conferenceTrip() {
        JsonNodeFactory json = JsonNodeFactory.instance;
        ArrayNode lines = json.arrayNode();
        lines.add(json.objectNode().put("id", "conf-1").put("category", "Training")
                .set("reconciliation", reconciliation("299.00", "0.00", "6500")));
        lines.add(json.objectNode().put("id", "conf-2").put("category", "Meals")
                .set("reconciliation", reconciliation("64.21", "5.20", "6200")));
        ObjectNode expense = json.objectNode().put("title", "Conference trip").put("type", "card");
        expense.set("lineItems", lines);
        expense.set("reconciliation", reconciliation("363.21", "5.20", null));
        expense.set("category", json.objectNode().put("id", "cat_training").put("name", "Training"));
        return expense;
    }

    private static ObjectNode reconciliation(String total, String tax, String accountCode) {
        BigDecimal amount = new BigDecimal(total);
        BigDecimal taxAmount = new BigDecimal(tax);
        ObjectNode reconciliation = JsonNodeFactory.instance.objectNode()
                .put("totalAmount", amount)
                .put("taxAmount", taxAmount)
                .put("currency", "USD")
                .put("baseTotalAmount", toEur(amount))
                .put("baseTaxAmount", toEur(taxAmount))
                .put("baseCurrency", "EUR")
                .put("fxRate", USD_TO_EUR);
        if (accountCode != null) {
            reconciliation.put("accountCode", accountCode);
        }
        return reconciliation;
    }

    private static BigDecimal toEur(BigDecimal usd) {
        return usd.multiply(USD_TO_EUR).setScale(2, RoundingMode.HALF_UP);
    }
}
