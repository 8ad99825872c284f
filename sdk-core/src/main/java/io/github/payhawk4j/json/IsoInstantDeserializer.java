package io.github.payhawk4j.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;

import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Reads an {@link Instant} from an RFC 3339 date-time string.
 *
 * <p>The form Payhawk writes, {@code 2024-06-09T04:48:23.193Z} (UTC, zero to nine fraction digits), is read
 * by hand: the JDK's formatter-based parsing builds a formatter, a parse context and a field map per value, and
 * an expense has a dozen instants, so this is a fifth of the time of reading a page of expenses. Other strings
 * with a four-digit year go to Jackson's own {@link InstantDeserializer#INSTANT}, which then decides exactly as
 * it would alone, with two differences where Jackson alone is wrong for an API:
 * <ul>
 *   <li>more than nine fraction digits (RFC 3339 sets no limit) are read, truncated to nanoseconds: digits
 *       after the ninth are dropped, never rounded up, so a value stays in its second, day and year;</li>
 *   <li>numbers (which Jackson reads as epoch seconds, {@code 1e1000000000} becoming 1970-01-01) and years
 *       that are not four digits ({@code +300000000-01-01T00:00:00Z}) are refused.</li>
 * </ul>
 */
final class IsoInstantDeserializer extends StdScalarDeserializer<Instant> {

    private static final long serialVersionUID = 1L;
    private static final int SHORTEST = "2024-06-09T04:48:23Z".length();
    private static final int LONGEST = "2024-06-09T04:48:23.123456789Z".length();
    private static final long SECONDS_PER_DAY = 86_400L;

    IsoInstantDeserializer() {
        super(Instant.class);
    }

    @Override
    public Instant deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (!parser.hasToken(JsonToken.VALUE_STRING)) {
            return (Instant) context.handleUnexpectedToken(Instant.class, parser.currentToken(), parser,
                    "a date-time must be an RFC 3339 string such as \"2024-06-09T04:48:23.193Z\", not %s",
                    parser.currentToken());
        }
        Instant instant = parseUtc(parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength());
        if (instant != null) {
            return instant;
        }
        String text = parser.getText();
        String trimmed = text.trim();
        if (trimmed.isEmpty()) {
            // Jackson's coercion rules decide what an empty string is (by default null).
            return InstantDeserializer.INSTANT.deserialize(parser, context);
        }
        if (!hasFourDigitYear(trimmed)) {
            throw context.weirdStringException(text, Instant.class,
                    "not an RFC 3339 date-time (which has a four-digit year, e.g. 2024-06-09T04:48:23.193Z)");
        }
        String nanos = withNineFractionDigitsAtMost(trimmed);
        if (nanos.equals(trimmed)) {
            return InstantDeserializer.INSTANT.deserialize(parser, context);
        }
        instant = parseUtc(nanos);
        if (instant != null) {
            return instant;
        }
        try {
            return DateTimeFormatter.ISO_INSTANT.parse(nanos, Instant::from);
        } catch (DateTimeException e) {
            throw context.weirdStringException(text, Instant.class, "not an RFC 3339 date-time: " + e.getMessage());
        }
    }

    private static boolean hasFourDigitYear(String text) {
        return text.length() > 4 && text.charAt(4) == '-' && digits(text, 0, 4) >= 0;
    }

    /** {@code text} with the digits of its seconds fraction after the ninth dropped. */
    static String withNineFractionDigitsAtMost(String text) {
        int point = "2024-06-09T04:48:23".length();
        if (text.length() <= point || text.charAt(point) != '.') {
            return text;
        }
        int end = point + 1;
        while (end < text.length() && text.charAt(end) >= '0' && text.charAt(end) <= '9') {
            end++;
        }
        return end - point - 1 <= 9 ? text : text.substring(0, point + 10) + text.substring(end);
    }

    /** The instant {@code text} denotes if it has the exact UTC form above and a valid date and time; otherwise null. */
    static Instant parseUtc(String text) {
        return parseUtc(text.toCharArray(), 0, text.length());
    }

    /**
     * As {@link #parseUtc(String)}, for the text in {@code chars[offset, offset + length)} (the parser's buffer, so
     * the common case makes no string).
     */
    static Instant parseUtc(char[] chars, int offset, int length) {
        if (length < SHORTEST || length > LONGEST || length == SHORTEST + 1
                || chars[offset + 4] != '-' || chars[offset + 7] != '-' || chars[offset + 10] != 'T'
                || chars[offset + 13] != ':' || chars[offset + 16] != ':' || chars[offset + length - 1] != 'Z'
                || (length > SHORTEST && chars[offset + 19] != '.')) {
            return null;
        }
        int year = digits(chars, offset, 0, 4);
        int month = digits(chars, offset, 5, 7);
        int day = digits(chars, offset, 8, 10);
        int hour = digits(chars, offset, 11, 13);
        int minute = digits(chars, offset, 14, 16);
        int second = digits(chars, offset, 17, 19);
        int nanos = 0;
        if (length > SHORTEST) {
            int fraction = digits(chars, offset, 20, length - 1);
            if (fraction < 0) {
                return null;
            }
            nanos = fraction;
            for (int i = length - 1 - 20; i < 9; i++) {
                nanos *= 10;
            }
        }
        if ((year | month | day | hour | minute | second) < 0 || hour > 23 || minute > 59 || second > 59) {
            // 24:00 or a leap second, which the JDK's parser resolves in its own way (or refuses).
            return null;
        }
        long epochDay;
        try {
            // Refuses what LocalDateTime.of refuses of a date: month 13, February 30, ...
            epochDay = LocalDate.of(year, month, day).toEpochDay();
        } catch (DateTimeException outOfRange) {
            return null;
        }
        return Instant.ofEpochSecond(epochDay * SECONDS_PER_DAY + hour * 3600L + minute * 60L + second, nanos);
    }

    /** The decimal number in {@code chars[offset + from, offset + to)}, or -1 if a character is not an ASCII digit. */
    private static int digits(char[] chars, int offset, int from, int to) {
        int value = 0;
        for (int i = offset + from; i < offset + to; i++) {
            char c = chars[i];
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /** The decimal number in {@code text[from, to)}, or -1 if a character is not an ASCII digit. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
