package io.github.payhawk4j.webhooks.reliability;

import io.github.payhawk4j.webhooks.WebhookDispatcher;
import io.github.payhawk4j.webhooks.WebhookVerifier;
import io.github.payhawk4j.webhooks.event.WebhookEvent;
import io.github.payhawk4j.webhooks.key.FixedPublicKeySource;
import io.github.payhawk4j.webhooks.testing.WebhookSigner;

import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A dispatcher builder trusting one signer, with the verifier's clock at {@link ValidDeliveries#NOW} and every
 * event, handled or not, counted.
 */
final class TrustingDispatcher {

    private TrustingDispatcher() {
    }

    /** A builder whose verifier trusts {@code signer} and whose handlers count every event in {@code handlerCalls}. */
    static WebhookDispatcher.Builder counting(WebhookSigner signer, AtomicInteger handlerCalls) {
        return WebhookDispatcher.builder()
                .verifier(WebhookVerifier.builder()
                        .publicKeySource(FixedPublicKeySource.of((RSAPublicKey) signer.publicKey()))
                        .clock(Clock.fixed(ValidDeliveries.NOW, ZoneOffset.UTC))
                        .build())
                .on(WebhookEvent.class, (event, context) -> handlerCalls.incrementAndGet())
                .onUnhandled((event, context) -> handlerCalls.incrementAndGet());
    }
}
