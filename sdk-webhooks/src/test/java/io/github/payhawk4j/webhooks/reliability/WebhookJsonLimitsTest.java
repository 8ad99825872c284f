package io.github.payhawk4j.webhooks.reliability;

import io.github.payhawk4j.json.PayhawkJson;
import io.github.payhawk4j.webhooks.WebhookDispatcher;
import io.github.payhawk4j.webhooks.WebhookResponse;
import io.github.payhawk4j.webhooks.testing.WebhookSigner;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Webhook bodies are read under exactly {@link PayhawkJson}'s {@code StreamReadConstraints} (nesting
 * {@value PayhawkJson#MAX_NESTING_DEPTH}, numbers of {@value PayhawkJson#MAX_NUMBER_LENGTH} characters, strings
 * of {@value PayhawkJson#MAX_STRING_LENGTH} characters), not Jackson's far looser defaults: a validly signed
 * delivery right at each limit is processed, one step past it is refused 400.
 */
class WebhookJsonLimitsTest {

    private static final String PATH = "/payhawk/webhooks";
    private static final WebhookSigner SIGNER = WebhookSigner.generate();
    private static final ValidDeliveries SIGNING = new ValidDeliveries(SIGNER, new Random(2));
    /** The envelope object and the payload object are two levels already. */
    private static final int ENVELOPE_LEVELS = 2;

    static Stream<Arguments> limits() {
        return Stream.of(
                Arguments.of("nesting", nested(PayhawkJson.MAX_NESTING_DEPTH), nested(PayhawkJson.MAX_NESTING_DEPTH + 1)),
                Arguments.of("integer length", "{\"expenseId\":\"1\",\"amount\":" + "9".repeat(PayhawkJson.MAX_NUMBER_LENGTH) + "}",
                        "{\"expenseId\":\"1\",\"amount\":" + "9".repeat(PayhawkJson.MAX_NUMBER_LENGTH + 1) + "}"),
                Arguments.of("decimal length", "{\"expenseId\":\"1\",\"amount\":0." + "5".repeat(PayhawkJson.MAX_NUMBER_LENGTH - 2) + "}",
                        "{\"expenseId\":\"1\",\"amount\":0." + "5".repeat(PayhawkJson.MAX_NUMBER_LENGTH) + "}"),
                Arguments.of("string length", "{\"expenseId\":\"1\",\"note\":\"" + "x".repeat(PayhawkJson.MAX_STRING_LENGTH) + "\"}",
                        "{\"expenseId\":\"1\",\"note\":\"" + "x".repeat(PayhawkJson.MAX_STRING_LENGTH + 1) + "\"}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("limits")
    void aSignedDeliveryAtTheLimitIsProcessedAndOnePastItIsRefused(String limit, String atLimit, String pastLimit) {
        AtomicInteger handlerCalls = new AtomicInteger();
        WebhookDispatcher dispatcher = TrustingDispatcher.counting(SIGNER, handlerCalls)
                .maxBodyBytes(PayhawkJson.MAX_STRING_LENGTH + 1024)
                .build();

        WebhookResponse accepted = send(dispatcher, "dlv_at_limit", atLimit);
        WebhookResponse refused = send(dispatcher, "dlv_past_limit", pastLimit);

        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(handlerCalls).hasValue(1);
    }

    /** A payload whose deepest array makes the whole body {@code depth} levels deep. */
    private static String nested(int depth) {
        int arrays = depth - ENVELOPE_LEVELS;
        return "{\"expenseId\":\"1\",\"lines\":" + "[".repeat(arrays) + "]".repeat(arrays) + "}";
    }

    private static WebhookResponse send(WebhookDispatcher dispatcher, String deliveryId, String payload) {
        byte[] body = ValidDeliveries.envelope(deliveryId, "expense.created", payload).getBytes(StandardCharsets.UTF_8);
        SignedRequest signed = SIGNING.sign(PATH, ValidDeliveries.NOW_TEXT, body);
        return dispatcher.handle(signed.pathAndQuery(), signed.headers(), signed.body());
    }
}
