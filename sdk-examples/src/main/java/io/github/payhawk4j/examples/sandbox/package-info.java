/**
 * A local Payhawk sandbox: {@link io.github.payhawk4j.examples.sandbox.PayhawkSandbox} serves the
 * Payhawk API v3 on 127.0.0.1 and sends signed webhook deliveries, for the demo and for users'
 * integration tests.
 *
 * <p>Where things are: {@code PayhawkSandbox} (start, connection details, business operations on the
 * default account, deliveries) and {@code SandboxAccount} (one account's data and operations) are the
 * public surface, with their inputs {@code CardPurchase} and {@code BankAccountDetails} and the
 * delivery views {@code DeliveryRecord}, {@code DeliveryAttempt}, {@code DeliveryStatus},
 * {@code DeliveryStatistics}. Behind them: {@code SandboxServer} and {@code ApiGateway} (HTTP, auth,
 * {@code SlidingWindowLimiter}, errors), {@code Router} and the {@code ...Endpoints} classes, the
 * stores ({@code ExpenseStore}, {@code DocumentStore}, {@code SubscriptionRegistry}), the query
 * language ({@code DocumentFilter}, {@code ExpenseOrdering}, {@code PageRequest}) and the delivery
 * pipeline ({@code EventPublisher}, {@code DeliveryQueue}, {@code WebhookDeliverer}, {@code DeliveryLog}).
 */
package io.github.payhawk4j.examples.sandbox;
