package io.github.payhawk4j.webhooks.internal;

/**
 * Untrusted text (a header, a path, a key type, a message quoting them) made safe to put in an exception message
 * or a log line: control characters become {@code ?}, so a request cannot split or forge log lines, and long text
 * is shortened. Internal to the SDK: not exported, not part of its API.
 */
public final class PrintableText {

    private PrintableText() {
    }

    /** {@code text} with every control character replaced by {@code ?}; {@code null} stays {@code null}. */
    public static String of(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder safe = new StringBuilder(text.length());
        text.codePoints().forEach(c -> safe.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        return safe.toString();
    }

    /** Like {@link #of(String)}, shortened to {@code maxLength} characters plus {@code ...} if it is longer. */
    public static String of(String text, int maxLength) {
        if (text == null || text.length() <= maxLength) {
            return of(text);
        }
        return of(text.substring(0, maxLength)) + "...";
    }
}
