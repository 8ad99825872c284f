package io.github.payhawk4j.webhooks.reliability;

import io.github.payhawk4j.json.PayhawkJson;
import io.github.payhawk4j.webhooks.WebhookDispatcher;
import io.github.payhawk4j.webhooks.testing.WebhookSigner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayOutputStream;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Validly signed deliveries carrying a 10 MB number or string: refused 413 by the default 1 MiB body limit
 * (the filter without reading a body whose {@code Content-Length} is too large, and after at most the limit of a
 * streamed one); with the limit raised they reach the parser, whose JSON limits refuse them 400. Never an
 * {@link OutOfMemoryError} or a handler call.
 */
class OversizedDeliveryTest {

    private static final String PATH = "/payhawk/webhooks";
    private static final int TEN_MB = 10_000_000;
    private static final int RAISED_LIMIT = 32 * 1024 * 1024;

    private static final WebhookSigner SIGNER = WebhookSigner.generate();
    private static final ValidDeliveries SIGNING = new ValidDeliveries(SIGNER, new Random(1));

    private final AtomicInteger handlerCalls = new AtomicInteger();

    static Stream<Arguments> hugeBodies() {
        return Stream.of(
                Arguments.of("a 10 MB amount", payload("{\"expenseId\":\"1\",\"amount\":1" + "0".repeat(TEN_MB) + "}")),
                Arguments.of("a 10 MB fraction", payload("{\"expenseId\":\"1\",\"amount\":0." + "1".repeat(TEN_MB) + "}")),
                Arguments.of("a 10 MB id number", payload("{\"expenseId\":" + "7".repeat(TEN_MB) + "}")),
                Arguments.of("a string past the 10 MiB limit", payload("{\"expenseId\":\"1\",\"note\":\""
                        + "x".repeat(PayhawkJson.MAX_STRING_LENGTH + 1) + "\"}")),
                Arguments.of("a delivery id past the 10 MiB limit", ValidDeliveries.envelope(
                        "d".repeat(PayhawkJson.MAX_STRING_LENGTH + 1), "expense.created", "{}")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hugeBodies")
    void theDefaultLimitRefusesAHugeSignedBodyWith413(String description, String body) {
        SignedRequest signed = sign(body);
        WebhookDispatcher dispatcher = TrustingDispatcher.counting(SIGNER, handlerCalls).build();

        assertThat(dispatcher.handle(PATH, signed.headers(), signed.body()).status()).isEqualTo(413);
        assertThat(handlerCalls).hasValue(0);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hugeBodies")
    void withTheLimitRaisedTheJsonLimitsRefuseAHugeSignedBodyWith400(String description, String body) {
        SignedRequest signed = sign(body);
        WebhookDispatcher dispatcher = TrustingDispatcher.counting(SIGNER, handlerCalls).maxBodyBytes(RAISED_LIMIT).build();

        var response = dispatcher.handle(PATH, signed.headers(), signed.body());

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.body()).contains("invalid_payload");
        assertThat(handlerCalls).hasValue(0);
    }

    /**
     * Over HTTP the client sends the head and at most one byte more than the limit, then waits: the filter has to
     * answer without the rest of the body. (A client that sends all 10 MB races the server's close: the server
     * answers 413 with bytes unread, its kernel resets the connection, and the answer may be lost in transit.)
     */
    @Test
    void theFilterRefusesHugeBodiesWith413WhetherTheirLengthIsDeclaredOrStreamed() throws Exception {
        SignedRequest signed = sign(payload("{\"expenseId\":\"1\",\"note\":\"" + "x".repeat(TEN_MB) + "\"}"));
        WebhookDispatcher dispatcher = TrustingDispatcher.counting(SIGNER, handlerCalls).build();
        int overLimit = dispatcher.maxBodyBytes() + 1;
        long heapBefore = usedHeapAfterGc();

        try (WebhookServer server = WebhookServer.start(dispatcher)) {
            WebhookServer.RawResponse declared = server.sendAndStop(head(signed, "Content-Length: " + signed.body().length),
                    new byte[0]);
            byte[] chunkSize = (Integer.toHexString(signed.body().length) + "\r\n").getBytes(StandardCharsets.US_ASCII);
            ByteArrayOutputStream oneChunkCutShort = new ByteArrayOutputStream();
            oneChunkCutShort.write(chunkSize);
            oneChunkCutShort.write(signed.body(), 0, overLimit);
            WebhookServer.RawResponse streamed = server.sendAndStop(head(signed, "Transfer-Encoding: chunked"),
                    oneChunkCutShort.toByteArray());

            assertThat(declared.status()).as("refused by its Content-Length, no body sent").isEqualTo(413);
            assertThat(streamed.status()).as("refused one byte past the limit, 10 MB announced").isEqualTo(413);
            assertThat(streamed.body()).contains("body_too_large");
        }
        assertThat(handlerCalls).hasValue(0);
        assertThat(usedHeapAfterGc() - heapBefore).as("heap left behind").isLessThan(16L * 1024 * 1024);
    }

    private static String head(SignedRequest signed, String framing) {
        StringBuilder head = new StringBuilder("POST " + PATH + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + framing);
        signed.headers().forEach((name, values) -> values.forEach(value -> head.append("\r\n").append(name).append(": ").append(value)));
        return head.toString();
    }

    private static String payload(String payloadJson) {
        return ValidDeliveries.envelope("dlv_huge", "expense.created", payloadJson);
    }

    private static SignedRequest sign(String body) {
        return SIGNING.sign(PATH, ValidDeliveries.NOW_TEXT, body.getBytes(StandardCharsets.UTF_8));
    }

    private static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
    }
}
