package io.github.payhawk4j.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;

import java.io.IOException;

/**
 * The short string values of one read, each kept once: a page of expenses repeats its currencies, statuses,
 * categories, suppliers, people and custom field labels from record to record, and a string read again is
 * handed out as the instance read before instead of a new copy. Bounded (a fixed table; a value that meets
 * another in its slot replaces it), and dropped with the read, so nothing outlives one response.
 */
final class RepeatedStrings {

    private static final int SLOTS = 1024;
    /** Longer values (notes, URLs) are rarely repeated; they are read as they are. */
    private static final int LONGEST = 48;

    private final String[] slots = new String[SLOTS];

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
        int hash = 0;
        for (int i = offset; i < offset + length; i++) {
            hash = 31 * hash + chars[i];
        }
        int slot = (hash ^ (hash >>> 16)) & (SLOTS - 1);
        String known = slots[slot];
        if (known != null && known.length() == length && sameChars(known, chars, offset)) {
            return known;
        }
        String text = new String(chars, offset, length);
        slots[slot] = text;
        return text;
    }

    private static boolean sameChars(String known, char[] chars, int offset) {
        for (int i = 0; i < known.length(); i++) {
            if (known.charAt(i) != chars[offset + i]) {
                return false;
            }
        }
        return true;
    }
}
