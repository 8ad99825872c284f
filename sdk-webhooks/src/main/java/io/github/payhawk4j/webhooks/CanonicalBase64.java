package io.github.payhawk4j.webhooks;

import java.util.Base64;

/**
 * Strict decoding of the signature header: only the canonical text of a byte sequence is accepted, the
 * padded standard base64 that {@code Base64.getEncoder()} writes (as in the sample delivery). The JDK decoder is
 * lenient twice over: it accepts missing padding ({@code Zg} for {@code Zg==}) and ignores the unused low bits
 * of the last character ({@code ZQ==} and {@code ZR==} both decode to one byte). This one refuses both, so
 * that no two different header values verify as the same signature.
 */
final class CanonicalBase64 {

    private CanonicalBase64() {
    }

    /** Decodes padded standard-alphabet base64; throws {@link IllegalArgumentException} for any other text. */
    static byte[] decode(String text) {
        if (text.length() % 4 != 0) {
            throw new IllegalArgumentException("base64 text without its padding: " + text.length()
                    + " characters is not a multiple of 4");
        }
        byte[] decoded = Base64.getDecoder().decode(text);
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == '=') {
            end--;
        }
        int charsInLastGroup = end % 4;
        if (charsInLastGroup != 0) {
            // 2 characters carry 1 byte (4 spare bits), 3 carry 2 bytes (2 spare bits).
            int spareBitsMask = charsInLastGroup == 2 ? 0x0f : 0x03;
            if ((sextet(text.charAt(end - 1)) & spareBitsMask) != 0) {
                throw new IllegalArgumentException("the last base64 character has non-zero spare bits");
            }
        }
        return decoded;
    }

    private static int sextet(char c) {
        if (c >= 'A' && c <= 'Z') {
            return c - 'A';
        }
        if (c >= 'a' && c <= 'z') {
            return c - 'a' + 26;
        }
        if (c >= '0' && c <= '9') {
            return c - '0' + 52;
        }
        return c == '+' ? 62 : 63;
    }
}
