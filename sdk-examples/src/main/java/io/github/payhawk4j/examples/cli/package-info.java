/**
 * Small command-line programs on the SDK, each runnable against Payhawk or, with {@code --sandbox}, against a
 * seeded local {@link io.github.payhawk4j.sandbox.PayhawkSandbox}: {@link
 * io.github.payhawk4j.examples.cli.ListExpenses}, {@link io.github.payhawk4j.examples.cli.ManageSubscriptions}
 * and {@link io.github.payhawk4j.examples.cli.WebhookInspector}. See docs/examples.md for the commands.
 */
package io.github.payhawk4j.examples.cli;
