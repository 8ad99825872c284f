/**
 * A local Payhawk sandbox: {@link io.github.payhawk4j.sandbox.PayhawkSandbox} serves the
 * Payhawk API v3 on 127.0.0.1 and sends signed webhook deliveries, for users' integration tests
 * (add {@code payhawk-sdk-testing} with test scope) and the demo.
 *
 * <p>Where things are: {@code PayhawkSandbox} (start, connection details, accounts, deliveries) and {@code SandboxAccount} (one account's data and operations) are the
 * public surface, with their inputs {@code CardPurchase} and {@code BankAccountDetails} and the
 * delivery views {@code DeliveryRecord}, {@code DeliveryAttempt}, {@code DeliveryStatus},
 * {@code DeliveryStatistics}. Behind them: {@code SandboxServer} and {@code ApiGateway} (HTTP, auth,
 * {@code PerKeyRateLimit}, errors), {@code Router} and the {@code ...Endpoints} classes, the
 * stores ({@code ExpenseStore}, {@code DocumentStore}, {@code SubscriptionRegistry}), the query
 * language ({@code DocumentFilter}, {@code ExpenseOrdering}, {@code PageRequest}) and the delivery
 * pipeline ({@code EventPublisher}, {@code DeliveryQueue}, {@code WebhookDeliverer}, {@code DeliveryLog}).
 */
package io.github.payhawk4j.sandbox;
