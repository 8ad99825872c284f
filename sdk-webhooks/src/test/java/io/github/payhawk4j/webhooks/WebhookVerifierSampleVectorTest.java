package io.github.payhawk4j.webhooks;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.payhawk4j.json.PayhawkJson;
import io.github.payhawk4j.webhooks.WebhookVerificationException.Reason;
import io.github.payhawk4j.webhooks.event.ExpenseReviewed;
import io.github.payhawk4j.webhooks.event.WebhookEvent;
import io.github.payhawk4j.webhooks.key.FixedPublicKeySource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

/**
 * The delivery in {@code vectors/} (a copy of the shared sample, signed with a throwaway key) verifies,
 * and every single-byte change of its timestamp, path, body or signature is rejected.
 */
class WebhookVerifierSampleVectorTest {

    private static final String BASE64_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=";

    private static String timestamp;
    private static String signature;
    private static String path;
    private static byte[] body;
    private static WebhookVerifier verifier;

    @BeforeAll
    static void loadSample() throws IOException {
        JsonNode sample;
        try (InputStream in = WebhookVerifierSampleVectorTest.class.getResourceAsStream("/vectors/sample-delivery.json")) {
            sample = PayhawkJson.newObjectMapper().readTree(in);
        }
        timestamp = sample.get("headers").get(WebhookHeaders.TIMESTAMP).textValue();
        signature = sample.get("headers").get(WebhookHeaders.SIGNATURE).textValue();
        path = sample.get("pathAndQuery").textValue();
        body = sample.get("body").textValue().getBytes(StandardCharsets.UTF_8);
        String keyPem;
        try (InputStream in = WebhookVerifierSampleVectorTest.class.getResourceAsStream("/vectors/" + sample.get("publicKeyFile").textValue())) {
            keyPem = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        verifier = WebhookVerifier.builder()
                .publicKeySource(FixedPublicKeySource.parse(keyPem))
                .clock(Clock.fixed(Instant.parse(timestamp), ZoneOffset.UTC))
                .build();
        assertThat(sample.get("stringToSign").textValue())
                .isEqualTo(timestamp + ":" + path + ":" + new String(body, StandardCharsets.UTF_8));
    }

    private static WebhookEvent verify(String timestampValue, String pathAndQuery, byte[] bodyBytes, String signatureValue) {
        return verifier.verify(pathAndQuery, Map.of(
                WebhookHeaders.TIMESTAMP, List.of(timestampValue),
                WebhookHeaders.SIGNATURE, List.of(signatureValue)), bodyBytes);
    }

    @Test
    void theSampleDeliveryVerifiesAndParses() {
        WebhookEvent event = verify(timestamp, path, body, signature);

        assertThat(event).isInstanceOfSatisfying(ExpenseReviewed.class, reviewed -> {
            assertThat(reviewed.deliveryId()).isEqualTo("8812");
            assertThat(reviewed.accountId()).isEqualTo("acme_ltd_5f2c");
            assertThat(reviewed.expenseId()).isEqualTo("1207");
            assertThat(reviewed.timestamp()).isEqualTo(Instant.parse("2026-11-02T10:15:30.123Z"));
        });
    }

    @Test
    void everyChangeOfOneTimestampCharacterIsRejected() {
        int rejected = 0;
        for (int i = 0; i < timestamp.length(); i++) {
            for (char c : candidateCharacters()) {
                if (c == timestamp.charAt(i)) {
                    continue;
                }
                String changed = timestamp.substring(0, i) + c + timestamp.substring(i + 1);
                assertRejected(() -> verify(changed, path, body, signature), "timestamp " + changed);
                rejected++;
            }
        }
        assertThat(rejected).isEqualTo(timestamp.length() * (candidateCharacters().length - 1));
    }

    @Test
    void aTimestampChangeThatStaysReadableAndInToleranceIsASignatureMismatch() {
        for (String changed : List.of("2026-11-02T10:15:30.124Z", "2026-11-02T10:15:31.123Z", "2026-11-02T10:16:30.123Z",
                "2026-11-02T10:15:30.123+00:00", "2026-11-02T10:15:30.12300Z")) {
            assertThatThrownBy(() -> verify(changed, path, body, signature))
                    .isInstanceOfSatisfying(WebhookVerificationException.class,
                            e -> assertThat(e.reason()).as(changed).isEqualTo(Reason.SIGNATURE_MISMATCH));
        }
    }

    @Test
    void everyChangeOfOnePathCharacterIsRejected() {
        for (int i = 0; i < path.length(); i++) {
            for (char c : candidateCharacters()) {
                if (c == path.charAt(i)) {
                    continue;
                }
                String changed = path.substring(0, i) + c + path.substring(i + 1);
                assertRejectedAsMismatch(() -> verify(timestamp, changed, body, signature), "path " + changed);
            }
        }
        assertRejectedAsMismatch(() -> verify(timestamp, "/payhawk/webhooks", body, signature), "path without query");
        assertRejectedAsMismatch(() -> verify(timestamp, "https://example.com" + path, body, signature), "full URL");
    }

    @Test
    void everyChangeOfOneBodyByteIsRejected() {
        for (int i = 0; i < body.length; i++) {
            for (int value = 0; value < 256; value++) {
                if ((byte) value == body[i]) {
                    continue;
                }
                byte[] changed = body.clone();
                changed[i] = (byte) value;
                int position = i;
                assertRejectedAsMismatch(() -> verify(timestamp, path, changed, signature), "body byte " + position + " = " + value);
            }
        }
        assertRejectedAsMismatch(() -> verify(timestamp, path, Arrays.copyOf(body, body.length - 1), signature), "body cut by one byte");
        assertRejectedAsMismatch(() -> verify(timestamp, path, Arrays.copyOf(body, body.length + 1), signature), "body grown by one byte");
        byte[] reserialized = new String(body, StandardCharsets.UTF_8).replace(",", ", ").getBytes(StandardCharsets.UTF_8);
        assertRejectedAsMismatch(() -> verify(timestamp, path, reserialized, signature), "re-serialized body");
    }

    @Test
    void everyChangeOfOneDecodedSignatureByteIsRejected() {
        byte[] decoded = Base64.getDecoder().decode(signature);
        for (int i = 0; i < decoded.length; i++) {
            for (int value = 0; value < 256; value++) {
                if ((byte) value == decoded[i]) {
                    continue;
                }
                byte[] changed = decoded.clone();
                changed[i] = (byte) value;
                String reencoded = Base64.getEncoder().encodeToString(changed);
                int position = i;
                assertRejectedAsMismatch(() -> verify(timestamp, path, body, reencoded), "signature byte " + position + " = " + value);
            }
        }
    }

    /**
     * Every decoded byte was changed to every other value above; here each base64 character is changed
     * in each of its six bits, to padding, and to characters outside the alphabet.
     */
    @Test
    void everyChangeOfOneSignatureCharacterIsRejected() {
        for (int i = 0; i < signature.length(); i++) {
            char original = signature.charAt(i);
            StringBuilder replacements = new StringBuilder("= .-_*\u00e9");
            int sextet = BASE64_ALPHABET.indexOf(original);
            if (sextet >= 0 && sextet < 64) {
                for (int bit = 0; bit < 6; bit++) {
                    replacements.append(BASE64_ALPHABET.charAt(sextet ^ (1 << bit)));
                }
            } else {
                replacements.append("AQw+/");
            }
            for (char c : replacements.toString().toCharArray()) {
                if (c == original) {
                    continue;
                }
                String changed = signature.substring(0, i) + c + signature.substring(i + 1);
                int position = i;
                assertRejected(() -> verify(timestamp, path, body, changed), "signature character " + position + " = " + c);
            }
        }
    }

    @Test
    void aChangeOfTheLastCharacterThatOnlyTouchesSpareBitsIsRejectedAsMalformed() {
        // "...ZQ==": Q carries 2 bits of the last byte and 4 spare bits; R differs only in a spare bit.
        assertThat(signature).endsWith("Q==");
        String spareBitsChanged = signature.substring(0, signature.length() - 3) + "R==";
        assertThat(Base64.getDecoder().decode(spareBitsChanged)).isEqualTo(Base64.getDecoder().decode(signature));

        assertThatThrownBy(() -> verify(timestamp, path, body, spareBitsChanged))
                .isInstanceOfSatisfying(WebhookVerificationException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.MALFORMED_SIGNATURE));
    }

    @Test
    void theSampleIsRejectedWithoutItsPaddingOrWithAnyExtraCharacter() {
        // Unpadded base64 decodes to the same bytes, but it is not the text Payhawk sent: not canonical.
        assertRejected(() -> verify(timestamp, path, body, signature.substring(0, signature.length() - 2)),
                "padding removed");
        assertRejected(() -> verify(timestamp, path, body, signature.substring(0, signature.length() - 1)),
                "half the padding removed");
        assertRejected(() -> verify(timestamp, path, body, signature + "="), "extra padding");
        assertRejected(() -> verify(timestamp, path, body, signature + "A"), "extra character");
        assertRejected(() -> verify(timestamp, path, body, " " + signature), "leading space");
    }

    /** Every base64 character, printable ASCII, and a few that change the UTF-8 length. */
    private static char[] candidateCharacters() {
        StringBuilder candidates = new StringBuilder(BASE64_ALPHABET);
        for (char c = 0x20; c < 0x7f; c++) {
            if (BASE64_ALPHABET.indexOf(c) < 0) {
                candidates.append(c);
            }
        }
        return candidates.append('\u0000').append('\t').append('\u00e9').append('\u2013').append('\uff10').toString().toCharArray();
    }

    private static void assertRejected(Runnable verification, String change) {
        try {
            verification.run();
        } catch (WebhookVerificationException expected) {
            return;
        }
        fail("accepted a delivery with a changed " + change);
    }

    private static void assertRejectedAsMismatch(Runnable verification, String change) {
        try {
            verification.run();
        } catch (WebhookVerificationException expected) {
            if (expected.reason() != Reason.SIGNATURE_MISMATCH) {
                fail("rejected a changed " + change + " for " + expected.reason() + " instead of a signature mismatch");
            }
            return;
        }
        fail("accepted a delivery with a changed " + change);
    }
}
