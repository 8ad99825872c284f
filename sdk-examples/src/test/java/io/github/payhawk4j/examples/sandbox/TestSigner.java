package io.github.payhawk4j.examples.sandbox;

import io.github.payhawk4j.webhooks.testing.WebhookSigner;

/** One RSA key for the whole test run, so that not every sandbox spends time generating its own. */
final class TestSigner {

    static final WebhookSigner SHARED = WebhookSigner.generate(2048);

    private TestSigner() {
    }

    /** A sandbox builder with the shared key, no rate limit and quick delivery retries. */
    static PayhawkSandbox.Builder quickSandbox() {
        return PayhawkSandbox.builder()
                .signer(SHARED)
                .withoutRateLimit()
                .deliveryBackoff(java.time.Duration.ofMillis(20), java.time.Duration.ofMillis(100))
                .deliveryTimeout(java.time.Duration.ofSeconds(2));
    }
}
