package io.github.payhawk4j.webhooks;

import io.github.payhawk4j.webhooks.testing.WebhookSigner;
import org.junit.jupiter.api.Test;

import java.time.DateTimeException;
import java.time.Instant;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The verifier reads Payhawk's timestamp shape by hand (it is on every request's path); it must
 * agree with {@link Instant#parse} on every input, accepted or not.
 */
class WebhookVerifierTimestampTest {

    @Test
    void readsPayhawksShapeExactlyAsInstantParseDoes() {
        Random random = new Random(20261102);
        for (int i = 0; i < 20_000; i++) {
            Instant instant = Instant.ofEpochMilli(random.nextLong() % 253_402_300_799_000L);
            if (instant.isBefore(Instant.EPOCH.minusSeconds(62_135_596_800L))) {
                continue;
            }
            String text = WebhookSigner.formatTimestamp(instant);
            assertThat(DeliveryTimestamp.parse(text)).as(text).isEqualTo(instant).isEqualTo(Instant.parse(text));
        }
    }

    @Test
    void agreesWithInstantParseOnEveryOneCharacterChange() {
        String sample = "2026-02-28T23:59:59.999Z";
        for (int i = 0; i < sample.length(); i++) {
            for (char c = 0x20; c < 0x7f; c++) {
                String changed = sample.substring(0, i) + c + sample.substring(i + 1);
                assertThat(outcome(() -> DeliveryTimestamp.parse(changed))).as(changed)
                        .isEqualTo(outcome(() -> Instant.parse(changed)));
            }
        }
    }

    @Test
    void agreesWithInstantParseOnCalendarEdges() {
        for (String text : new String[] {"2028-02-29T12:00:00.000Z", "2026-02-29T12:00:00.000Z", "2026-04-31T12:00:00.000Z",
                "2026-12-31T24:00:00.000Z", "2026-06-30T23:59:60.000Z", "0000-01-01T00:00:00.000Z", "9999-12-31T23:59:59.999Z",
                "2026-00-10T00:00:00.000Z", "2026-11-02T10:15:30.123z", "2026-11-02t10:15:30.123Z"}) {
            assertThat(outcome(() -> DeliveryTimestamp.parse(text))).as(text).isEqualTo(outcome(() -> Instant.parse(text)));
        }
    }

    private interface Parse {
        Instant run();
    }

    private static String outcome(Parse parse) {
        try {
            return parse.run().toString();
        } catch (DateTimeException e) {
            return "rejected";
        }
    }
}
