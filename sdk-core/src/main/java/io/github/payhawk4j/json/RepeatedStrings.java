package io.github.payhawk4j.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;

import java.io.IOException;
import java.util.Arrays;

/**
 * The short string values of one read, each kept once: a page of expenses repeats its currencies, statuses,
 * categories, suppliers, people and custom field labels from record to record, and a string read again is
 * handed out as the instance read before instead of a new copy. Bounded (a fixed table; a value that meets
 * another in its slot replaces it), and dropped with the read, so nothing outlives one response.
 */
final class RepeatedStrings {

    private static final int SLOT_BITS = 10;
    private static final int SLOTS = 1 << SLOT_BITS;
    /** Longer values (notes, URLs) are rarely repeated; they are read as they are. */
    private static final int LONGEST = 48;

    private final String[] slots = new String[SLOTS];
    /** The characters of {@code slots[i]}, compared in one (vectorized) {@code Arrays.equals}. */
    private final char[][] slotChars = new char[SLOTS][];

    private RepeatedStrings() {
    }

    /** The table of the read {@code context} belongs to. */
    static RepeatedStrings of(DeserializationContext context) {
        Object table = context.getAttribute(RepeatedStrings.class);
        if (table == null) {
            table = new RepeatedStrings();
            context.setAttribute(RepeatedStrings.class, table);
        }
        return (RepeatedStrings) table;
    }

    /** The parser's current string value; the instance seen before if it was. */
    String text(JsonParser parser) throws IOException {
        int length = parser.getTextLength();
        if (length > LONGEST) {
            return parser.getText();
        }
        char[] chars = parser.getTextCharacters();
        int offset = parser.getTextOffset();
        int end = offset + length;
        // The slot is chosen by the length and seven characters spread over the value (both ends, the quarters and
        // the middle), not all of them: a value that shares those with another only takes its slot, it is still
        // compared in full below.
        int hash = length;
        if (length > 0) {
            int last = end - 1;
            hash = 31 * hash + chars[offset];
            hash = 31 * hash + chars[last];
            hash = 31 * hash + chars[offset + (length >> 1)];
            hash = 31 * hash + chars[offset + (length >> 2)];
            hash = 31 * hash + chars[last - (length >> 2)];
            hash = 31 * hash + chars[offset + Math.min(1, last - offset)];
            hash = 31 * hash + chars[last - Math.min(1, last - offset)];
        }
        int slot = (hash * 0x9E3779B9) >>> (Integer.SIZE - SLOT_BITS);
        char[] known = slotChars[slot];
        if (known != null && Arrays.equals(known, 0, known.length, chars, offset, end)) {
            return slots[slot];
        }
        String text = new String(chars, offset, length);
        slots[slot] = text;
        slotChars[slot] = Arrays.copyOfRange(chars, offset, end);
        return text;
    }
}
