package io.github.payhawk4j.examples.cli;

import io.github.payhawk4j.sandbox.BankAccountDetails;
import io.github.payhawk4j.sandbox.CardPurchase;
import io.github.payhawk4j.sandbox.PayhawkSandbox;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Starts the local {@link PayhawkSandbox} the programs use with {@code --sandbox}, seeded through the
 * sandbox's business operations with a supplier and six card expenses from January and February 2026,
 * in EUR and USD (base currency EUR):
 *
 * <pre>
 * date        merchant                amount       status
 * 2026-01-08  Lufthansa               420.00 EUR   ready, paid
 * 2026-01-12  Hilton Berlin           312.50 EUR   ready, paid
 * 2026-01-19  Amazon Web Services     129.99 USD   ready      (119.59 EUR)
 * 2026-01-27  Uber                     23.40 EUR   draft
 * 2026-02-03  Lufthansa               189.00 EUR   ready
 * 2026-02-10  Slack Technologies       87.50 USD   draft      (80.50 EUR)
 * </pre>
 *
 * Ready expenses total 1041.09 EUR; all six 1144.99 EUR.
 */
final class DemoSandbox {

    /** Base-currency (EUR) units per US dollar in the seeded USD purchases. */
    static final BigDecimal USD_RATE = new BigDecimal("0.92");

    private DemoSandbox() {
    }

    /**
     * Starts and seeds a sandbox on a free loopback port, signing with a freshly generated key. Its clock
     * follows the system clock once seeding is done.
     */
    static PayhawkSandbox start() {
        SeedClock clock = new SeedClock();
        PayhawkSandbox sandbox = PayhawkSandbox.builder().clock(clock).start();
        try {
            seed(sandbox, clock);
        } catch (RuntimeException e) {
            sandbox.close();
            throw e;
        } finally {
            clock.release();
        }
        return sandbox;
    }

    private static void seed(PayhawkSandbox sandbox, SeedClock clock) {
        clock.pin(Instant.parse("2026-01-05T09:00:00Z"));
        sandbox.account().createSupplier("Lufthansa", new BankAccountDetails("Deutsche Lufthansa AG",
                "DE89370400440532013000", "COBADEFFXXX", "EUR"));

        clock.pin(Instant.parse("2026-01-08T07:42:10Z"));
        String flight = sandbox.account().createCardExpense(CardPurchase.of("Lufthansa", new BigDecimal("420.00"), "EUR")
                .withTitle("Flight MUC-LHR client workshop").withCategory("Travel", "6100")
                .withTax(new BigDecimal("0.00")));
        sandbox.account().reviewExpense(flight);
        sandbox.account().settlePayment(flight);

        clock.pin(Instant.parse("2026-01-12T21:15:00Z"));
        String hotel = sandbox.account().createCardExpense(CardPurchase.of("Hilton Berlin", new BigDecimal("312.50"), "EUR")
                .withTitle("Hotel, 2 nights, Berlin sales kick-off").withCategory("Accommodation", "6110")
                .withTax(new BigDecimal("20.44")));
        sandbox.account().reviewExpense(hotel);
        sandbox.account().settlePayment(hotel);

        clock.pin(Instant.parse("2026-01-19T12:00:00Z"));
        String cloud = sandbox.account().createCardExpense(CardPurchase.of("Amazon Web Services", new BigDecimal("129.99"), "USD")
                .withFxRate(USD_RATE).withTitle("AWS January usage").withCategory("Software", "6500"));
        sandbox.account().reviewExpense(cloud);

        clock.pin(Instant.parse("2026-01-27T18:30:00Z"));
        sandbox.account().createCardExpense(CardPurchase.of("Uber", new BigDecimal("23.40"), "EUR")
                .withTitle("Taxi to the airport").withCategory("Travel", "6100"));

        clock.pin(Instant.parse("2026-02-03T06:55:00Z"));
        String returnFlight = sandbox.account().createCardExpense(CardPurchase.of("Lufthansa", new BigDecimal("189.00"), "EUR")
                .withTitle("Flight LHR-MUC").withCategory("Travel", "6100"));
        sandbox.account().reviewExpense(returnFlight);

        clock.pin(Instant.parse("2026-02-10T10:20:00Z"));
        sandbox.account().createCardExpense(CardPurchase.of("Slack Technologies", new BigDecimal("87.50"), "USD")
                .withFxRate(USD_RATE).withTitle("Slack Pro, February").withCategory("Software", "6500"));
    }
}
