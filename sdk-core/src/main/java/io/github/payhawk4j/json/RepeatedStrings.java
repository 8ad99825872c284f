package io.github.payhawk4j.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;

import java.io.IOException;

/**
 * The short string values of one read, each kept once: a page of expenses repeats its currencies, statuses,
 * categories, suppliers, people and custom field labels from record to record, and a string read again is
 * handed out as the instance read before instead of a new copy. Bounded (a table of at most 1,024 slots; a value
 * that meets another in its slot replaces it), and dropped with the read, so nothing outlives one response.
 *
 * <p>The table starts small, sized for the values of one record, and grows once a read has stored more values
 * than it has slots (a page); a read of one record, such as {@code get(id)}, pays for no more than that.
 */
final class RepeatedStrings {

    /** Slots of a new table: one record's short values (an expense has about a hundred) fit without a large table. */
    private static final int FIRST_SLOT_BITS = 7;
    /** Slots of a grown table, for a page of records. */
    private static final int GROWN_SLOT_BITS = 10;
    /** Longer values (notes, URLs) are rarely repeated; they are read as they are. */
    private static final int LONGEST = 48;

    private String[] slots = new String[1 << FIRST_SLOT_BITS];
    private int slotBits = FIRST_SLOT_BITS;
    /** Values stored in the table as it is now; past its number of slots, it grows. */
    private int stored;

    RepeatedStrings() {
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
        hash *= 0x9E3779B9;
        int slot = hash >>> (Integer.SIZE - slotBits);
        String known = slots[slot];
        if (known != null && sameText(known, chars, offset, length)) {
            return known;
        }
        String text = new String(chars, offset, length);
        if (++stored > slots.length && slotBits < GROWN_SLOT_BITS) {
            // A page: values stored so far are dropped (the next one read of each is kept instead).
            slotBits = GROWN_SLOT_BITS;
            slots = new String[1 << GROWN_SLOT_BITS];
            stored = 1;
            slot = hash >>> (Integer.SIZE - slotBits);
        }
        slots[slot] = text;
        return text;
    }

    private static boolean sameText(String known, char[] chars, int offset, int length) {
        if (known.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (known.charAt(i) != chars[offset + i]) {
                return false;
            }
        }
        return true;
    }
}
