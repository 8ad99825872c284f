package io.github.payhawk4j.webhooks;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Reads {@code X-Payhawk-Timestamp}. Payhawk writes {@code 2026-11-02T10:15:30.123Z}; that exact
 * shape is read by hand because it is on every request's path; anything else, and anything the
 * fast path does not accept, is left to {@link Instant#parse}, so the result always matches it.
 */
final class DeliveryTimestamp {

    private static final int PAYHAWK_FORM_LENGTH = "2026-11-02T10:15:30.123Z".length();

    private DeliveryTimestamp() {
    }

    /** The instant {@code text} denotes; throws {@link DateTimeException} if it is not an ISO-8601 instant. */
    static Instant parse(String text) {
        if (text.length() == PAYHAWK_FORM_LENGTH
                && text.charAt(4) == '-' && text.charAt(7) == '-' && text.charAt(10) == 'T'
                && text.charAt(13) == ':' && text.charAt(16) == ':' && text.charAt(19) == '.'
                && text.charAt(23) == 'Z') {
            try {
                return LocalDateTime.of(
                        digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10),
                        digits(text, 11, 13), digits(text, 14, 16), digits(text, 17, 19),
                        digits(text, 20, 23) * 1_000_000).toInstant(ZoneOffset.UTC);
            } catch (DateTimeException e) {
                // 24:00, a leap second or a bad digit: let Instant.parse decide, so both readings agree.
            }
        }
        return Instant.parse(text);
    }

    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                throw new DateTimeException("not a digit at position " + i);
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
